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
        // Latin-1 prose has a few invalid bytes per line; a binary has them everywhere.
        return suspicious > 16 && suspicious * 4 > bytes.count
    }
}
