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
    /// One that cannot be opened is kept, so that the loader names it and says why.
    static func isFeedFile(_ path: String, name: String) -> Bool {
        guard name.lowercased().hasSuffix(".xml") else { return true }
        guard let handle = FileHandle(forReadingAtPath: path) else { return true }
        defer { try? handle.close() }
        return FeedSniffer.isFeed(Array(handle.readData(ofLength: 8192)))
    }

    private mutating func visit(_ folder: String, relative: String, depth: Int) {
        guard depth < 64 else { warnings.append("\(folder): folders nested too deep; not searched"); return }
        guard let entries = FolderWalk.entries(of: folder) else {
            warnings.append("\(folder): cannot read this folder; skipped")
            return
        }
        var subfolders: [(String, String)] = []
        // Hidden files, and the review file and reports nkreader itself writes beside the articles.
        for entry in entries where !entry.name.hasPrefix(".") && !ReviewLocation.isOwnFile(entry.name) {
            let name = entry.name
            if name == FolderWalk.notUTF8 { skipped["names not in UTF-8", default: 0] += 1; continue }
            let path = folder.isEmpty ? name : folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            // The folder's own listing says what a plain file is: no stat for each of 100,000 articles.
            let kind = entry.isRegularFile ? .file : FileKind.of(path)
            switch kind {
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

    /// Where a directory entry's name begins: read in place, not copied out of its tuple.
    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!

    /// Stands for a name that is not UTF-8: a slash is in no file name.
    private static let notUTF8 = "/"

    private struct Entry {
        var name: String
        /// What the listing says (d_type); false when it does not say, so the caller stats.
        var isRegularFile: Bool
    }

    /// The names in a folder, sorted, with what the listing says of each; nil when the folder
    /// cannot be read. readdir rather than FileManager: on 100,000 files the difference is most
    /// of the reader's first frame.
    private static func entries(of folder: String) -> [Entry]? {
        guard let dir = opendir(folder.isEmpty ? "." : folder) else { return nil }
        defer { closedir(dir) }
        var out: [Entry] = []
        while let e = readdir(dir) {
            // A name that is not UTF-8 could not be opened again from a String: it is counted
            // with the files that are not articles.
            let bytes = UnsafeRawPointer(e).advanced(by: FolderWalk.nameOffset).assumingMemoryBound(to: UInt8.self)
            let name = String(validating: UnsafeBufferPointer(start: bytes, count: strlen(bytes)), as: UTF8.self) ?? FolderWalk.notUTF8
            if name == "." || name == ".." { continue }
            out.append(Entry(name: name, isRegularFile: e.pointee.d_type == UInt8(DT_REG)))
        }
        out.sort { $0.name < $1.name }
        return out
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
