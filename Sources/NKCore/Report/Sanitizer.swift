/// Makes untrusted article text safe to print: no control characters, escape sequences or bidi
/// overrides reach a terminal; each becomes a visible placeholder.
public enum Sanitizer {
    /// The visible stand-in for an unprintable scalar, or nil if the scalar is safe as is.
    public static func placeholder(for s: Unicode.Scalar) -> String? {
        switch s.value {
        case 0x09: return " "
        case 0x00...0x1F: return "^" + String(Unicode.Scalar(UInt8(s.value + 0x40)))
        case 0x7F: return "^?"
        case 0x80...0x9F: return "\u{FFFD}"
        // Bidi embeddings, overrides and isolates can reorder what follows them on screen.
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return "\u{FFFD}"
        default: return nil
        }
    }

    /// True when no byte of `text` can start a control character, a C1 control or a bidi control:
    /// the common case, decided without decoding.
    public static func isPlain(_ text: String) -> Bool {
        // On the contiguous bytes of a native string: the UTF-8 view's iterator costs far more.
        if let plain = text.utf8.withContiguousStorageIfAvailable(isPlain) { return plain }
        return isPlain(text.utf8)
    }

    private static func isPlain<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for b in bytes {
            if b < 0x20 || b == 0x7F { return false }
            if previous == 0xC2 && b >= 0x80 && b <= 0x9F { return false }
            // U+200E/F, U+202A–E, U+2066–9 are E2 80 8E–8F, E2 80 AA–AE, E2 81 A6–A9.
            if beforePrevious == 0xE2 && previous == 0x80 && ((0x8E...0x8F).contains(b) || (0xAA...0xAE).contains(b)) { return false }
            if beforePrevious == 0xE2 && previous == 0x81 && (0xA6...0xA9).contains(b) { return false }
            if previous == 0xD8 && b == 0x9C { return false }   // U+061C
            beforePrevious = previous
            previous = b
        }
        return true
    }

    /// One line of safe text: newlines and tabs become spaces, other controls placeholders.
    public static func oneLine(_ text: String) -> String {
        if isPlain(text) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            if s == "\n" || s == "\r" { out += " "; continue }
            if let p = placeholder(for: s) { out += p } else { out.unicodeScalars.append(s) }
        }
        return out
    }
}
