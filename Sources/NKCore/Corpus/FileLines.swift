/// Where the lines of a file are in the text read from it, when the two differ: a Markdown
/// file's front matter is not part of its text and a paragraph's lines are joined into one, yet
/// an editor opened at a claim's line counts the file's lines. A file line ends at each of the
/// text's line breaks and at each join; only the joins are kept (4 bytes each, a file of
/// nothing but line breaks costs nothing).
public struct FileLines: Sendable, Equatable {
    /// The file's line that the text's first line is on (after front matter).
    public var firstLine: Int
    /// The scalar offsets in the text where a line break of the file became a space, ascending.
    public var joins: [UInt32]

    public init(firstLine: Int = 1, joins: [UInt32] = []) {
        self.firstLine = firstLine
        self.joins = joins
    }

    /// The 1-based file line holding the text's scalar `offset`; `lines` indexes the text.
    public func line(ofScalar offset: Int, lines: LineIndex) -> Int {
        // Joins at or before the offset: each ended a file line.
        var lo = 0, hi = joins.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(joins[mid]) <= offset { lo = mid + 1 } else { hi = mid }
        }
        return firstLine - 1 + lines.line(ofScalar: offset) + lo
    }
}
