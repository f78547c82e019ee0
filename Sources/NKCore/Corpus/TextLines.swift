/// The lines of a text with their scalar ranges (line breaks excluded), found in one pass.
public struct TextLines: Sequence {
    public struct Line {
        public var text: Substring
        public var range: Range<Int>
    }

    private let lines: [Line]

    public init(_ text: String) {
        // One pass over the UTF-8 bytes: line breaks are ASCII, and a scalar starts at every
        // byte that is not a continuation byte.
        var lines: [Line] = []
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var startOffset = 0
        var offset = 0
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let b = utf8[i]
            if b == 0x0A || b == 0x0D {
                lines.append(Line(text: text[lineStart..<i], range: startOffset..<offset))
                var next = utf8.index(after: i)
                offset += 1
                if b == 0x0D, next != utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next); offset += 1 }
                i = next
                lineStart = i
                startOffset = offset
                continue
            }
            if b & 0xC0 != 0x80 { offset += 1 }
            i = utf8.index(after: i)
        }
        lines.append(Line(text: text[lineStart..<utf8.endIndex], range: startOffset..<offset))
        self.lines = lines
    }

    public func makeIterator() -> IndexingIterator<[Line]> { lines.makeIterator() }
}

extension StringProtocol {
    /// Whether it starts with a lower-case needle, ignoring ASCII case, without allocating.
    func hasPrefixLowercased(_ needle: String) -> Bool {
        var h = utf8.makeIterator()
        for n in needle.utf8 {
            guard var b = h.next() else { return false }
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            if b != n { return false }
        }
        return true
    }

    /// Whether it ends with a lower-case needle, ignoring ASCII case, without allocating.
    func hasSuffixLowercased(_ needle: String) -> Bool {
        let h = utf8, n = needle.utf8
        guard n.count <= h.count else { return false }
        for (a, b) in zip(h.suffix(n.count), n) where (a >= 0x41 && a <= 0x5A ? a | 0x20 : a) != b { return false }
        return true
    }

    /// Case-insensitive search for a lower-case needle, without allocating or bridging.
    func containsLowercased(_ needle: String) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ ASCIIFoldedSearch.contains($0, needle) }) { return found }
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
