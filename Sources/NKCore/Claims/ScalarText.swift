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
            var text = text   // shares storage; `withUTF8` copies only a non-contiguous string
            full = text.withUTF8(ScalarText.decode)
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

extension ScalarText {
    /// The scalars of valid UTF-8 (as every string holds), decoded in one pass over the bytes:
    /// far cheaper than counting and copying the string's scalar view.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        var count = 0
        for b in bytes where b & 0xC0 != 0x80 { count += 1 }
        return [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, initialized in
            var i = 0
            var k = 0
            while i < bytes.count {
                let lead = UInt32(bytes[i])
                let (length, bits): (Int, UInt32) = lead < 0x80 ? (1, lead) : lead < 0xE0 ? (2, lead & 0x1F) : lead < 0xF0 ? (3, lead & 0x0F) : (4, lead & 0x07)
                var value = bits
                for j in 1..<length { value = value << 6 | UInt32(bytes[i + j] & 0x3F) }
                out[k] = Unicode.Scalar(value)!
                k += 1
                i += length
            }
            initialized = k
        }
    }
}
