/// The program that opens a request, from the environment, as less's `v` and git pick an editor:
/// a text file in $VISUAL, else $EDITOR, at its line (`+N`, which vi, vim, nano, emacs and less
/// take), else in $PAGER, else `less +N`; a document or web address with `xdg-open`. Pure: the
/// environment and the programs on PATH are given, so that tests can ask.
public enum OpenCommand {
    public enum Plan: Equatable, Sendable {
        /// The arguments to run. The reader leaves the screen to it and waits: an editor, a
        /// pager or a text browser draws in the terminal.
        case run([String])
        /// Nothing can open it: why, for the status line.
        case impossible(String)
    }

    /// `find` gives a program's path on PATH, nil when it is not there.
    public static func plan(_ request: OpenRequest, environment: [String: String], find: (String) -> String?) -> Plan {
        switch request {
        case .textFile(let path, let line):
            let file = safeArgument(path)
            // A user's $EDITOR may hold arguments ("code -w"): the shell splits it, as git does;
            // the file goes in as an argument, never into the command text.
            for variable in ["VISUAL", "EDITOR", "PAGER"] {
                if let program = environment[variable], !program.trimmingCharacters(in: .whitespaces).isEmpty {
                    return .run(["/bin/sh", "-c", program + " \"$@\"", "sh", "+\(line)", file])
                }
            }
            if let less = find("less") { return .run([less, "+\(line)", file]) }
            return .impossible("Nothing to open \(path):\(line) with: set $EDITOR (or $PAGER), or install less.")
        case .document(let path):
            guard let opener = find("xdg-open") else {
                return .impossible("No xdg-open to open \(path) with (Debian: xdg-utils).")
            }
            return .run([opener, safeArgument(path)])
        case .webAddress(let url):
            guard let opener = find("xdg-open") else {
                return .impossible("No xdg-open to open \(url) with (Debian: xdg-utils).")
            }
            return .run([opener, url])
        }
    }

    /// A file name that starts like an option (`-rf`, `+cmd`) is given as `./-rf`.
    static func safeArgument(_ path: String) -> String {
        path.hasPrefix("-") || path.hasPrefix("+") ? "./" + path : path
    }
}
