/// An article's scalars, addressable by scalar offset, in about one byte per scalar for text that
/// is mostly ASCII (an array of `Unicode.Scalar` takes four), and where its lines break, so that
/// the line around an offset is found by a binary search instead of a walk.
struct ScalarText {
    /// ASCII scalars as they are; `wideMark` where a scalar found in `wide` stands.
    private let narrow: [UInt8]
    private let wide: [Int: Unicode.Scalar]
    /// For text that is mostly not ASCII, where a dictionary would cost more than the scalars.
    private let full: [Unicode.Scalar]
    /// Offsets of every "\n" and "\r", in order.
    let lineBreaks: [Int]
    let count: Int

    private static let wideMark: UInt8 = 0x80

    init(_ text: String) {
        let utf8 = text.utf8
        // A scalar starts at every byte that is not a continuation byte; non-ASCII scalars take 2–4.
        let nonASCII = utf8.reduce(0) { $0 + ($1 >= 0xC0 ? 1 : 0) }
        var breaks: [Int] = []
        if nonASCII * 16 > utf8.count {
            full = Array(text.unicodeScalars)
            narrow = []
            wide = [:]
            for (i, s) in full.enumerated() where s == "\n" || s == "\r" { breaks.append(i) }
        } else {
            var narrow: [UInt8] = []
            narrow.reserveCapacity(utf8.count)
            var wide: [Int: Unicode.Scalar] = [:]
            for s in text.unicodeScalars {
                if s.isASCII {
                    if s == "\n" || s == "\r" { breaks.append(narrow.count) }
                    narrow.append(UInt8(s.value))
                } else {
                    wide[narrow.count] = s
                    narrow.append(ScalarText.wideMark)
                }
            }
            self.narrow = narrow
            self.wide = wide
            full = []
        }
        lineBreaks = breaks
        count = full.isEmpty ? narrow.count : full.count
    }

    @inline(__always) subscript(i: Int) -> Unicode.Scalar {
        if !full.isEmpty { return full[i] }
        let b = narrow[i]
        return b < ScalarText.wideMark ? Unicode.Scalar(b) : wide[i] ?? "\u{FFFD}"
    }

    subscript(r: Range<Int>) -> LazyMapSequence<Range<Int>, Unicode.Scalar> {
        r.lazy.map { self[$0] }
    }

    /// The first line break at or after `offset`, or `count` when there is none.
    func nextBreak(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = lineBreaks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lineBreaks[mid] < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < lineBreaks.count ? lineBreaks[lo] : count
    }

    /// One past the last line break before `offset`, or 0 when there is none.
    func lineStart(before offset: Int) -> Int {
        var lo = 0, hi = lineBreaks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lineBreaks[mid] < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? lineBreaks[lo - 1] + 1 : 0
    }
}
