import Foundation

/// A problem that stops loading: a missing path, an unreadable file, a folder with no articles.
public struct CorpusError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Reads articles from files, folders (every `*.txt` and `*.md`, sorted by name) and stdin (`-`).
public struct CorpusLoader: Sendable {
    public static let articleExtensions: Set<String> = ["txt", "md"]
    /// Larger files are refused rather than read: offsets and memory stay bounded.
    public static let maxFileSize = 1 << 30

    public var readStandardInput: @Sendable () -> [UInt8]

    public init(readStandardInput: @escaping @Sendable () -> [UInt8] = { Array(FileHandle.standardInput.readDataToEndOfFile()) }) {
        self.readStandardInput = readStandardInput
    }

    /// Loads every path in order. Warnings (invalid UTF-8, skipped files) are returned, not printed.
    public func load(_ paths: [String]) throws -> (articles: [Article], warnings: [String]) {
        var articles: [Article] = []
        let warnings = try forEachBatch(paths, size: Int.max) { articles += $0 }
        return (articles, warnings)
    }

    /// Loads the articles a batch at a time, so a caller that keeps only results (claims) never
    /// holds a whole large corpus in memory. Every path is checked before the first batch.
    public func forEachBatch(_ paths: [String], size: Int, _ body: ([Article]) throws -> Void) throws -> [String] {
        var warnings: [String] = []
        var sources: [String] = []
        for path in paths {
            if path == "-" { sources.append(path); continue }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CorpusError("\(path): no such file or directory")
            }
            if isDirectory.boolValue {
                let files = try articleFiles(in: path)
                guard !files.isEmpty else { throw CorpusError("\(path): no articles (*.txt or *.md) in this folder") }
                sources += files
            } else {
                guard FileManager.default.isReadableFile(atPath: path) else { throw CorpusError("\(path): permission denied") }
                sources.append(path)
            }
        }
        var start = 0
        while start < sources.count {
            let end = min(sources.count, start + max(1, size))
            var batch: [Article] = []
            for path in sources[start..<end] {
                if path == "-" {
                    let decoded = TextDecoding.decode(readStandardInput())
                    if let w = decoded.warning { warnings.append("<stdin>: \(w)") }
                    batch.append(Article(id: "-", path: "-", text: decoded.text))
                } else {
                    batch.append(try loadFile(path, warnings: &warnings))
                }
            }
            MetadataFiles.apply(to: &batch, warnings: &warnings)
            try body(batch)
            start = end
        }
        return warnings
    }

    func articleFiles(in folder: String) throws -> [String] {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder) } catch {
            throw CorpusError("\(folder): cannot read this folder")
        }
        return names
            .filter { !$0.hasPrefix(".") && CorpusLoader.articleExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
            .sorted()
            .map { (folder as NSString).appendingPathComponent($0) }
            .filter { var d: ObjCBool = false; return FileManager.default.fileExists(atPath: $0, isDirectory: &d) && !d.boolValue }
    }

    func loadFile(_ path: String, warnings: inout [String]) throws -> Article {
        guard FileManager.default.isReadableFile(atPath: path) else { throw CorpusError("\(path): permission denied") }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= CorpusLoader.maxFileSize else {
            throw CorpusError("\(path): file is larger than \(CorpusLoader.maxFileSize >> 20) MiB")
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw CorpusError("\(path): cannot read this file") }
        let decoded = TextDecoding.decode(Array(data))
        if let w = decoded.warning { warnings.append("\(path): \(w)") }
        let name = (path as NSString).lastPathComponent
        let id = (name as NSString).deletingPathExtension
        return Article(id: id.isEmpty ? name : id, path: path, text: decoded.text)
    }
}
