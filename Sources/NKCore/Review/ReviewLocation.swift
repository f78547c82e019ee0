/// Where the review file of a set of articles lives.
public enum ReviewLocation {
    public static let fileName = "nkreader-review.json"
    /// `e` in the reader writes `nkreader-report.md` and `.html` beside the review file.
    public static let reportBaseName = "nkreader-report"

    /// Files nkreader reads or writes beside the articles, which folder walks must not read as articles.
    public static func isOwnFile(_ name: String) -> Bool {
        name == fileName || name == VocabularyLocation.fileName || name.hasPrefix(reportBaseName + ".")
    }

    /// What the location depends on outside the arguments.
    public struct Facts {
        public var environment: [String: String]
        public var isFolder: (String) -> Bool
        public var isWritableFolder: (String) -> Bool
        public var currentFolder: String

        public init(environment: [String: String], isFolder: @escaping (String) -> Bool,
                    isWritableFolder: @escaping (String) -> Bool, currentFolder: String) {
            self.environment = environment
            self.isFolder = isFolder
            self.isWritableFolder = isWritableFolder
            self.currentFolder = currentFolder
        }
    }

    /// `--review FILE` when given; for the bundled articles, the user's data folder (the
    /// installed copy is read-only); else `nkreader-review.json` in the first PATH's folder, or in
    /// the data folder under a name made from that folder's path when it cannot be written.
    public static func resolve(explicit: String?, paths: [String], bundled: Bool, facts: Facts) -> String {
        if let explicit { return explicit }
        let data = dataFolder(facts.environment)
        if bundled { return data + "/seeds-review.json" }
        let first = paths.first ?? "-"
        var folder = first == "-" ? facts.currentFolder : facts.isFolder(first) ? first : parent(first)
        if !folder.hasPrefix("/") { folder = facts.currentFolder + "/" + folder }
        folder = tidy(folder)
        if facts.isWritableFolder(folder) { return folder == "/" ? "/" + fileName : folder + "/" + fileName }
        let name = folder.split(separator: "/").joined(separator: "%")
        return data + "/reviews/" + (name.isEmpty ? "root" : name) + ".json"
    }

    /// `$XDG_DATA_HOME/nkreader`, else `~/.local/share/nkreader`.
    public static func dataFolder(_ environment: [String: String]) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return tidy(xdg) + "/nkreader" }
        return tidy(environment["HOME"] ?? "/tmp") + "/.local/share/nkreader"
    }

    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Drops "." parts, empty parts and a trailing slash.
    static func tidy(_ path: String) -> String {
        var parts: [Substring] = []
        for p in path.split(separator: "/") where p != "." {
            if p == "..", let last = parts.last, last != ".." { parts.removeLast() } else { parts.append(p) }
        }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }
}
