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

    /// One line of safe text: newlines and tabs become spaces, other controls placeholders.
    public static func oneLine(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            if s == "\n" || s == "\r" { out += " "; continue }
            if let p = placeholder(for: s) { out += p } else { out.unicodeScalars.append(s) }
        }
        return out
    }
}
