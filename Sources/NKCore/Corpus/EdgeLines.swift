/// Non-blank lines read from one end of a text, cut as they are read: metadata reads only the
/// top and the foot of an article, and stops early, so its middle is never cut into lines.
/// Lines break as `TextLines` breaks them (at "\n", "\r" and "\r\n"); blank lines (empty or all
/// whitespace) are skipped.
struct EdgeLines: Sequence {
    struct Line {
        var text: Substring
        /// The line's length in Unicode scalars.
        var scalarCount: Int
    }

    let text: String
    /// From the last line towards the first, instead of from the first.
    let fromEnd: Bool

    /// The lines from the start: iterate as far as needed.
    static func leading(_ text: String) -> EdgeLines { EdgeLines(text: text, fromEnd: false) }

    /// The last `count` non-blank lines, in order.
    static func trailing(_ text: String, count: Int) -> [Line] {
        Array(EdgeLines(text: text, fromEnd: true).prefix(count)).reversed()
    }

    func makeIterator() -> Iterator { Iterator(text: text, fromEnd: fromEnd) }

    struct Iterator: IteratorProtocol {
        let text: String
        let fromEnd: Bool
        /// The byte offset reading resumes at: the next line's start (or, from the end, the end
        /// of the line before the last one read).
        var offset: Int

        init(text: String, fromEnd: Bool) {
            self.text = text
            self.fromEnd = fromEnd
            offset = fromEnd ? text.utf8.count : 0
        }

        mutating func next() -> Line? {
            var text = self.text   // shares storage; `withUTF8` copies only a non-contiguous string
            while let span = text.withUTF8({ fromEnd ? Self.span(before: offset, in: $0) : Self.span(from: offset, in: $0) }) {
                offset = fromEnd ? span.bytes.lowerBound - 1 : span.bytes.upperBound + 1
                if let line = line(span) { return line }
            }
            return nil
        }

        /// The line over `span`, or nil when it is blank.
        private func line(_ span: Span) -> Line? {
            guard span.maybeNonBlank else { return nil }
            let utf8 = text.utf8
            let s = text[utf8.index(utf8.startIndex, offsetBy: span.bytes.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: span.bytes.upperBound)]
            if !span.surelyNonBlank && !s.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) { return nil }
            return Line(text: s, scalarCount: span.scalarCount)
        }

        /// A run of bytes between line breaks.
        private struct Span {
            var bytes: Range<Int>
            var scalarCount: Int
            /// Not ASCII whitespace only.
            var maybeNonBlank: Bool
            /// Its first byte other than ASCII whitespace is ASCII: it holds a scalar that is no
            /// whitespace. Otherwise blankness is left to the scalars' properties.
            var surelyNonBlank: Bool
        }

        private static func span(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Span? {
            guard start < bytes.count else { return nil }
            var end = start
            while end < bytes.count && !isBreak(bytes[end]) { end += 1 }
            return span(bytes, start..<end)
        }

        private static func span(before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Span? {
            guard end > 0 else { return nil }
            var start = end
            while start > 0 && !isBreak(bytes[start - 1]) { start -= 1 }
            return span(bytes, start..<end)
        }

        private static func span(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Span {
            var scalars = 0
            // A scalar starts at every byte that is not a continuation byte.
            for i in range where bytes[i] & 0xC0 != 0x80 { scalars += 1 }
            let first = range.first { !isASCIIWhitespace(bytes[$0]) }.map { bytes[$0] }
            return Span(bytes: range, scalarCount: scalars, maybeNonBlank: first != nil, surelyNonBlank: first.map { $0 < 0x80 } ?? false)
        }

        private static func isBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

        /// The ASCII scalars whose Unicode property is White_Space.
        private static func isASCIIWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
    }
}
