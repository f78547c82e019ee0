/// The lines of a text with their scalar ranges (line breaks excluded), found in one pass.
public struct TextLines: Sequence {
    public struct Line {
        public var text: Substring
        public var range: Range<Int>
    }

    private let lines: [Line]

    public init(_ text: String) {
        var lines: [Line] = []
        let scalars = text.unicodeScalars
        var lineStart = scalars.startIndex
        var offset = 0
        var startOffset = 0
        var i = scalars.startIndex
        while i != scalars.endIndex {
            let s = scalars[i]
            if s == "\n" || s == "\r" {
                lines.append(Line(text: Substring(scalars[lineStart..<i]), range: startOffset..<offset))
                var next = scalars.index(after: i)
                offset += 1
                if s == "\r", next != scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next); offset += 1 }
                i = next
                lineStart = i
                startOffset = offset
                continue
            }
            i = scalars.index(after: i)
            offset += 1
        }
        lines.append(Line(text: Substring(scalars[lineStart..<scalars.endIndex]), range: startOffset..<offset))
        self.lines = lines
    }

    public func makeIterator() -> IndexingIterator<[Line]> { lines.makeIterator() }
}

extension StringProtocol {
    /// Case-insensitive search for a lower-case needle, without allocating or bridging.
    func containsLowercased(_ needle: String) -> Bool {
        let n = needle.utf8
        guard let first = n.first else { return true }
        let h = utf8
        var i = h.startIndex
        while i != h.endIndex {
            var b = h[i]
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            if b == first {
                var hi = h.index(after: i)
                var ni = n.index(after: n.startIndex)
                while ni != n.endIndex && hi != h.endIndex {
                    var c = h[hi]
                    if c >= 0x41 && c <= 0x5A { c |= 0x20 }
                    if c != n[ni] { break }
                    hi = h.index(after: hi)
                    ni = n.index(after: ni)
                }
                if ni == n.endIndex { return true }
            }
            i = h.index(after: i)
        }
        return false
    }
}

extension StringProtocol {
    /// Without leading and trailing whitespace; native, so cheap on every line of a corpus.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
