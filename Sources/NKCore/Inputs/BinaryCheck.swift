/// Tells text from other bytes before any reader sees them: an image or an archive must never be
/// "analysed" for figures.
enum BinaryCheck {
    /// True when the first bytes of a file already make the whole binary, whatever follows: a
    /// NUL outside UTF-16. A device like /dev/zero is refused without being read to its limit.
    static func isSurelyBinary(_ start: UnsafeBufferPointer<UInt8>) -> Bool {
        if start.starts(with: [0xFF, 0xFE]) || start.starts(with: [0xFE, 0xFF]) { return false }
        return start.contains(0)
    }

    /// True for bytes that are no text in any encoding we read: NUL bytes outside UTF-16, or
    /// mostly control bytes and invalid UTF-8.
    static func isBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        if bytes.contains(0) { return true }
        // Nearly every article is valid UTF-8: then the only suspicious scalars are ASCII control
        // bytes, counted without decoding each scalar.
        let suspicious = controlBytesIfValidUTF8(bytes) ?? suspiciousScalars(bytes)
        // Latin-1 prose has a few invalid bytes per line; a binary has them everywhere.
        return suspicious > 16 && suspicious * 4 > bytes.count
    }

    /// Control scalars and invalid sequences, scalar by scalar.
    static func suspiciousScalars(_ bytes: [UInt8]) -> Int {
        var suspicious = 0
        var it = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s):
                if s.value < 0x20 && s.value != 0x09 && s.value != 0x0A && s.value != 0x0D && s.value != 0x0C && s.value != 0x1B {
                    suspicious += 1
                }
            case .emptyInput: break loop
            case .error: suspicious += 1
            }
        }
        return suspicious
    }

    /// The number of control bytes `isBinary` counts as suspicious, or nil when the bytes are not
    /// valid UTF-8 (every sequence well formed: no overlong form, surrogate or scalar past U+10FFFF).
    static func controlBytesIfValidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { p -> Int? in
            var controls = 0
            var i = 0
            while i < p.count {
                let b = p[i]
                if b < 0x80 {
                    if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { controls += 1 }
                    i += 1
                    continue
                }
                // The second byte's range depends on the first (Unicode table 3-7); the rest are 80...BF.
                let width: Int, low: UInt8, high: UInt8
                switch b {
                case 0xC2...0xDF: width = 2; low = 0x80; high = 0xBF
                case 0xE0: width = 3; low = 0xA0; high = 0xBF
                case 0xE1...0xEC, 0xEE...0xEF: width = 3; low = 0x80; high = 0xBF
                case 0xED: width = 3; low = 0x80; high = 0x9F
                case 0xF0: width = 4; low = 0x90; high = 0xBF
                case 0xF1...0xF3: width = 4; low = 0x80; high = 0xBF
                case 0xF4: width = 4; low = 0x80; high = 0x8F
                default: return nil
                }
                guard i + width <= p.count, p[i + 1] >= low && p[i + 1] <= high else { return nil }
                for k in 2..<width where p[i + k] & 0xC0 != 0x80 { return nil }
                i += width
            }
            return controls
        }
    }
}
