import Foundation

/// The articles in a folder and its subfolders: each folder's files sorted by name, then its
/// subfolders. Hidden files and folders are left out; other skipped files are counted by kind;
/// a broken symbolic link or a loop is named in one line and skipped.
struct FolderWalk {
    struct File: Sendable { var path: String; var relative: String }
    var files: [File] = []
    var warnings: [String] = []
    private var skipped: [String: Int] = [:]
    private var visited: Set<FileIdentity> = []

    static func walk(_ folder: String) -> FolderWalk {
        var walk = FolderWalk()
        if let id = FileIdentity(path: folder) { walk.visited.insert(id) }
        walk.visit(folder, relative: "", depth: 0)
        if !walk.skipped.isEmpty {
            let total = walk.skipped.values.reduce(0, +)
            let kinds = walk.skipped.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.value) \($0.key)" }
            walk.warnings.append("\(folder): skipped \(total) file\(total == 1 ? "" : "s") (not articles): \(kinds.joined(separator: ", "))")
        }
        return walk
    }

    /// `.rss` and `.atom` files are feeds; an `.xml` file is one only when its first element says so.
    static func isFeedFile(_ path: String, name: String) -> Bool {
        guard name.lowercased().hasSuffix(".xml") else { return true }
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return FeedSniffer.isFeed(Array(handle.readData(ofLength: 8192)))
    }

    private mutating func visit(_ folder: String, relative: String, depth: Int) {
        guard depth < 64 else { warnings.append("\(folder): folders nested too deep; not searched"); return }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted() } catch {
            warnings.append("\(folder): cannot read this folder; skipped")
            return
        }
        var subfolders: [(String, String)] = []
        // Hidden files, and the review file and reports nkreader itself writes beside the articles.
        for name in names where !name.hasPrefix(".") && !ReviewLocation.isOwnFile(name) {
            let path = (folder as NSString).appendingPathComponent(name)
            let rel = relative.isEmpty ? name : relative + "/" + name
            switch FileKind.of(path) {
            case .missing(let reason):
                warnings.append("\(path): \(reason); skipped")
            case .folder(let id):
                if visited.contains(id) { warnings.append("\(path): symbolic link loop (a folder that contains itself); skipped"); continue }
                visited.insert(id)
                subfolders.append((path, rel))
            case .file:
                if let format = InputFormat(fileName: name), format != .feed || FolderWalk.isFeedFile(path, name: name) {
                    files.append(File(path: path, relative: rel))
                }
                else if name != MetadataFiles.fileName {
                    let ext = (name as NSString).pathExtension.lowercased()
                    skipped[ext.isEmpty ? "without extension" : "." + ext, default: 0] += 1
                }
            case .other:
                skipped["special files", default: 0] += 1
            }
        }
        for (path, rel) in subfolders { visit(path, relative: rel, depth: depth + 1) }
    }
}

/// A device and inode: the same folder reached twice through links is the same identity.
struct FileIdentity: Hashable, Sendable {
    let device: UInt64, inode: UInt64
    init?(path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        device = UInt64(st.st_dev); inode = UInt64(st.st_ino)
    }
}

/// What a path is once its links are followed, with the reason when there is nothing there.
enum FileKind {
    case file, folder(FileIdentity), other
    case missing(String)

    static func of(_ path: String) -> FileKind {
        var st = stat()
        guard lstat(path, &st) == 0 else { return .missing("no such file or directory") }
        if st.st_mode & S_IFMT == S_IFLNK {
            guard stat(path, &st) == 0 else {
                return .missing(errno == ELOOP ? "symbolic link loop" : "broken symbolic link (its target is missing)")
            }
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return FileIdentity(path: path).map { .folder($0) } ?? .missing("cannot read this folder")
        default: return .other
        }
    }
}
