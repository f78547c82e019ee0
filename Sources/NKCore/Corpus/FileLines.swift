/// Where the lines of a file begin in the text read from it, when the two differ: a Markdown
/// file's front matter is not part of its text and a paragraph's lines are joined into one, yet
/// an editor opened at a claim's line counts the file's lines.
public struct FileLines: Sendable, Equatable {
    /// The file's line that `starts[0]` is on (after front matter).
    public var firstLine: Int
    /// The scalar offset in the text at which each file line, from `firstLine` on, begins;
    /// never decreasing.
    public var starts: [Int]

    public init(firstLine: Int = 1, starts: [Int] = []) {
        self.firstLine = firstLine
        self.starts = starts
    }

    /// The 1-based file line holding the text's scalar `offset`.
    public func line(ofScalar offset: Int) -> Int {
        // The last line starting at or before the offset.
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        return firstLine + max(0, lo - 1)
    }
}
