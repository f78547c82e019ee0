/// Byte-level view of UTF-8 text with the token rules every extractor stage shares.
///
/// The extractor works on UTF-8 bytes rather than `Character`s: grapheme breaking is far too
/// slow for tens of megabytes, and every rule it needs is expressible on scalars.
struct TextBytes {
    let bytes: [UInt8]

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    var count: Int { bytes.count }

    @inline(__always) func byte(_ i: Int) -> UInt8 { i >= 0 && i < bytes.count ? bytes[i] : 0 }

    @inline(__always) func isDigit(_ i: Int) -> Bool {
        let b = byte(i)
        return b >= 0x30 && b <= 0x39
    }

    @inline(__always) func isASCIILetter(_ i: Int) -> Bool {
        let b = byte(i) | 0x20
        return b >= 0x61 && b <= 0x7A
    }

    /// The scalar starting at byte `i` and its length in bytes; invalid bytes read as U+FFFD.
    func scalar(at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = byte(i)
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let len: Int
        var v: UInt32
        switch b0 {
        case 0xC0...0xDF: len = 2; v = UInt32(b0 & 0x1F)
        case 0xE0...0xEF: len = 3; v = UInt32(b0 & 0x0F)
        case 0xF0...0xF7: len = 4; v = UInt32(b0 & 0x07)
        default: return ("\u{FFFD}", 1)
        }
        guard i + len <= bytes.count else { return ("\u{FFFD}", 1) }
        for k in 1..<len {
            let c = bytes[i + k]
            guard c & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            v = (v << 6) | UInt32(c & 0x3F)
        }
        return (Unicode.Scalar(v) ?? "\u{FFFD}", len)
    }

    /// Start of the scalar that ends just before byte `i`.
    func scalarStart(before i: Int) -> Int {
        var j = i - 1
        while j > 0 && bytes[j] & 0xC0 == 0x80 && i - j < 4 { j -= 1 }
        return j
    }

    /// Length of the horizontal space at `i` (0 if none). Newlines are not space: they end figures.
    func spaceLength(at i: Int) -> Int {
        let b = byte(i)
        if b == 0x20 || b == 0x09 { return 1 }
        if b < 0x80 { return 0 }
        let (s, len) = scalar(at: i)
        switch s.value {
        case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return len
        default: return 0
        }
    }

    @inline(__always) func isNewline(_ i: Int) -> Bool {
        let b = byte(i)
        return b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B
    }

    /// True when the scalar at `i` is a letter (ASCII or not) that belongs inside a word.
    func isWordScalar(at i: Int) -> Bool {
        let b = byte(i)
        if b < 0x80 { return isASCIILetter(i) }
        return TextBytes.isWordScalar(scalar(at: i).0)
    }

    /// A non-ASCII scalar that belongs inside a word: a letter, not punctuation.
    @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        // General punctuation (curly quotes, dashes) is the common non-ASCII case in news text.
        if s.value >= 0x2000 && s.value <= 0x206F { return false }
        return s.properties.isAlphabetic
    }

    func string(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[max(0, start)..<min(end, bytes.count)], as: UTF8.self)
    }
}
