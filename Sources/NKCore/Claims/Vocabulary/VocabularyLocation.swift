/// Where a user's vocabulary files are, in the order they are laid over the built-in one: the
/// user's own (`$XDG_CONFIG_HOME/nkreader/`), then the articles' folder's, then `--vocabulary FILE`.
/// A later file's words win.
public enum VocabularyLocation {
    public static let fileName = "nkreader-vocabulary.json"

    public struct Candidate: Equatable, Sendable {
        public var path: String
        /// Named by the user: missing is an error. Looked-up files are used when they exist.
        public var required: Bool
    }

    public static func candidates(explicit: String?, paths: [String], environment: [String: String],
                                  isFolder: (String) -> Bool) -> [Candidate] {
        var out = [Candidate(path: configFolder(environment) + "/" + fileName, required: false)]
        if let first = paths.first, first != "-" {
            let folder = isFolder(first) ? first : ReviewLocation.parent(first)
            out.append(Candidate(path: ReviewLocation.tidy(folder + "/" + fileName), required: false))
        }
        if let explicit { out.append(Candidate(path: explicit, required: true)) }
        // The same file found twice (the articles are in the config folder) is read once.
        var seen = Set<String>()
        return out.filter { seen.insert(ReviewLocation.tidy($0.path)).inserted || $0.required }
    }

    /// `$XDG_CONFIG_HOME/nkreader`, else `~/.config/nkreader`.
    public static func configFolder(_ environment: [String: String]) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return ReviewLocation.tidy(xdg) + "/nkreader" }
        return ReviewLocation.tidy(environment["HOME"] ?? "/tmp") + "/.config/nkreader"
    }
}
