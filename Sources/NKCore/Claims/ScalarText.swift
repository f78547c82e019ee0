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
        var text = text   // shares storage; `withUTF8` copies only a non-contiguous string
        let read = text.withUTF8(ScalarText.read)
        (narrow, wide, full, lineBreaks) = (read.narrow, read.wide, read.full, read.breaks)
        count = full.isEmpty ? narrow.count : full.count
    }

    /// The scalars of valid UTF-8 in one pass over its bytes: iterating a string's scalar view
    /// costs tens of instructions a byte, and this runs over every article.
    private static func read(_ bytes: UnsafeBufferPointer<UInt8>)
        -> (narrow: [UInt8], wide: [Int: Unicode.Scalar], full: [Unicode.Scalar], breaks: [Int]) {
        // A scalar starts at every byte that is not a continuation byte; non-ASCII scalars take 2–4.
        var nonASCII = 0
        for b in bytes where b >= 0xC0 { nonASCII += 1 }
        var breaks: [Int] = []
        if nonASCII * 16 > bytes.count {
            let full = decode(bytes)
            for (i, s) in full.enumerated() where s == "\n" || s == "\r" { breaks.append(i) }
            return ([], [:], full, breaks)
        }
        var narrow: [UInt8] = []
        narrow.reserveCapacity(bytes.count)
        var wide: [Int: Unicode.Scalar] = [:]
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0A || b == 0x0D { breaks.append(narrow.count) }
                narrow.append(b)
                i += 1
                continue
            }
            let (s, length) = scalar(bytes, at: i)
            wide[narrow.count] = s
            narrow.append(ScalarText.wideMark)
            i += length
        }
        return (narrow, wide, [], breaks)
    }

    @inline(__always) subscript(i: Int) -> Unicode.Scalar {
        if !full.isEmpty { return full[i] }
        let b = narrow[i]
        return b < ScalarText.wideMark ? Unicode.Scalar(b) : wide[i] ?? "\u{FFFD}"
    }

    /// `body` on the narrow bytes (ASCII scalars as themselves, 0x80 for any other), when the
    /// text is stored so; nil when it is stored as full scalars.
    func withNarrowBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        full.isEmpty ? narrow.withUnsafeBufferPointer(body) : nil
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
                let (s, length) = scalar(bytes, at: i)
                out[k] = s
                k += 1
                i += length
            }
            initialized = k
        }
    }

    /// The scalar whose lead byte is at `i` of valid UTF-8, and how many bytes it takes.
    @inline(__always) static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[i])
        let (length, bits): (Int, UInt32) = lead < 0x80 ? (1, lead) : lead < 0xE0 ? (2, lead & 0x1F) : lead < 0xF0 ? (3, lead & 0x0F) : (4, lead & 0x07)
        var value = bits
        for j in 1..<length { value = value << 6 | UInt32(bytes[i + j] & 0x3F) }
        return (Unicode.Scalar(value)!, length)
    }
}
