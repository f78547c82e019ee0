import Foundation

/// A problem that stops loading: a missing path, an unreadable file, a folder with no articles.
public struct CorpusError: Error, CustomStringConvertible, Sendable {
    public var description: String
    /// Warnings gathered before the problem (files refused and why), to print before it.
    public var warnings: [String]
    public init(_ description: String, warnings: [String] = []) {
        self.description = description
        self.warnings = warnings
    }
}

/// Reads articles from files, folders (searched recursively: each folder's articles sorted by
/// name, then its subfolders) and stdin (`-`). Each format has its reader in Inputs/: plain text,
/// Markdown, HTML, Word (.docx) and PDF; a file that is not text is refused with a warning.
public struct CorpusLoader: Sendable {
    public static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "xhtml", "docx", "pdf"]
    /// Larger files are refused rather than read: offsets and memory stay bounded.
    public static let maxFileSize = 1 << 30

    public var readStandardInput: @Sendable () -> [UInt8]
    /// How PDFs are read: pdftotext when it is installed.
    public var pdfReader: PDFReader

    public init(readStandardInput: @escaping @Sendable () -> [UInt8] = { Array(FileHandle.standardInput.readDataToEndOfFile()) },
                pdfReader: PDFReader = PDFReader()) {
        self.readStandardInput = readStandardInput
        self.pdfReader = pdfReader
    }

    /// Loads every path in order. Warnings (invalid UTF-8, skipped files) are returned, not printed.
    public func load(_ paths: [String]) throws -> (articles: [Article], warnings: [String]) {
        var articles: [Article] = []
        let warnings = try forEachBatch(paths, size: Int.max) { articles += $0 }
        return (articles, warnings)
    }

    /// Loads the articles a batch at a time, so a caller that keeps only results (claims) never
    /// holds a whole large corpus in memory. Every path is checked before the first batch.
    /// When no article at all could be read, throws with the warnings that say why.
    public func forEachBatch(_ paths: [String], size: Int, _ body: ([Article]) throws -> Void) throws -> [String] {
        let plan = try self.plan(paths)
        var warnings = plan.warnings
        var loaded = 0
        var start = 0
        while start < plan.count {
            let end = min(plan.count, start + max(1, size))
            let batch = try load(plan, start..<end, warnings: &warnings)
            loaded += batch.count
            try body(batch)
            start = end
        }
        try plan.checkSomethingLoaded(loaded, warnings: warnings)
        return warnings
    }

    /// Every file the paths name, with its id, before any is read: folders are walked, missing
    /// paths refused. Cheap next to reading the files, so a reader can show the first articles
    /// long before the last is read.
    public func plan(_ paths: [String]) throws -> CorpusPlan {
        var warnings: [String] = []
        var sources: [(path: String, relative: String)] = []
        for path in paths {
            if path == "-" { sources.append((path, path)); continue }
            switch FileKind.of(path) {
            case .missing(let reason) where reason == "no such file or directory":
                throw CorpusError("\(path): no such file or directory")
            case .missing(let reason):
                warnings.append("\(path): \(reason); skipped")
            case .folder:
                let walk = FolderWalk.walk(path)
                warnings += walk.warnings
                guard !walk.files.isEmpty else {
                    throw CorpusError("\(path): no articles (\(InputFormat.extensionsList)) in this folder or below", warnings: warnings)
                }
                sources += walk.files.map { ($0.path, $0.relative) }
            case .file, .other:
                guard FileManager.default.isReadableFile(atPath: path) else { throw CorpusError("\(path): permission denied") }
                sources.append((path, path))
            }
        }
        return CorpusPlan(paths: sources.map(\.path), ids: ArticleIDs.assign(sources), warnings: warnings)
    }

    /// Reads the plan's files in `range`, in order, with their metadata; files refused add a
    /// warning and are left out.
    public func load(_ plan: CorpusPlan, _ range: Range<Int>, warnings: inout [String]) throws -> [Article] {
        var batch: [Article] = []
        for i in range {
            let path = plan.paths[i]
            if path == "-" {
                let decoded = TextDecoding.decode(readStandardInput())
                if let w = decoded.warning { warnings.append("<stdin>: \(w)") }
                batch.append(Article(id: "-", path: "-", text: decoded.text))
            } else if var article = try loadFile(path, warnings: &warnings) {
                article.id = plan.ids[i]
                batch.append(article)
            }
        }
        MetadataFiles.apply(to: &batch, warnings: &warnings)
        return batch
    }

    /// Reads one file with the reader its format needs; nil (and a warning naming the file) when
    /// the file is refused: not text, a PDF without pdftotext, a damaged document.
    func loadFile(_ path: String, warnings: inout [String]) throws -> Article? {
        guard FileManager.default.isReadableFile(atPath: path) else { throw CorpusError("\(path): permission denied") }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= CorpusLoader.maxFileSize else {
            throw CorpusError("\(path): file is larger than \(CorpusLoader.maxFileSize >> 20) MiB")
        }
        let format = InputFormat(fileName: (path as NSString).lastPathComponent) ?? .text
        let document: ReadDocument
        do {
            document = try read(path, as: format)
        } catch let refusal as InputRefusal {
            warnings.append("\(path): \(refusal.reason)")
            return nil
        }
        if let w = document.warning { warnings.append("\(path): \(w)") }
        var article = Article(id: ArticleIDs.stem(path), path: path, text: document.text)
        article.documentMetadata = document.metadata
        article.documentMetadataIsUsers = document.metadataIsUsers
        return article
    }

    /// The format dispatch: archives and PDFs go to their readers as files, everything else is
    /// read as bytes, refused if it is not text, then decoded by its reader.
    private func read(_ path: String, as format: InputFormat) throws -> ReadDocument {
        switch format {
        case .pdf: return try pdfReader.read(path)
        case .docx: return try DocxReader.read(URL(fileURLWithPath: path))
        case .text, .markdown, .html: break
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw CorpusError("\(path): cannot read this file") }
        let bytes = Array(data)
        if BinaryCheck.isBinary(bytes) { throw InputRefusal("not a text file (binary data); skipped") }
        switch format {
        case .html: return HTMLReader.read(bytes)
        case .markdown:
            let decoded = TextDecoding.decode(bytes)
            var document = MarkdownReader.read(decoded.text)
            document.warning = [decoded.warning, document.warning].compactMap { $0 }.joined(separator: "; ").nilIfEmpty
            return document
        default:
            let decoded = TextDecoding.decode(bytes)
            return ReadDocument(text: decoded.text, warning: decoded.warning)
        }
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
