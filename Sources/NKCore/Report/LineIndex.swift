/// Maps scalar offsets to 1-based line numbers.
public struct LineIndex: Sendable {
    /// Scalar offset at which each line starts.
    public let lineStarts: [Int]

    public init(_ text: String) {
        var starts = [0]
        var i = 0
        for s in text.unicodeScalars {
            i += 1
            if s == "\n" { starts.append(i) }
        }
        lineStarts = starts
    }

    public func line(ofScalar offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }
}
