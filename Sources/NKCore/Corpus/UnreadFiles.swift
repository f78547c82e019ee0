/// Files a corpus names that could not be read (no permission, deleted while loading, too large,
/// an I/O error): each is one warning, the other files still load, and the command exits
/// non-zero at the end. Binary and special files are not among them: those are refused by design.
public enum UnreadFiles {
    private static let marker = ": cannot be read ("
    private static let ending = "); skipped"

    /// The one line that names the file and says why.
    static func warning(_ path: String, _ reason: String) -> String { path + marker + reason + ending }

    /// How many of the warnings are about a file that could not be read.
    public static func count(in warnings: [String]) -> Int {
        warnings.count { $0.hasSuffix(ending) && $0.contains(marker) }
    }
}
