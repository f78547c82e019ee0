/// Text from a converter or an archive, made plain: no control characters but tab and newline
/// (a form feed becomes a newline), so no escape sequence can reach a terminal through it.
enum PlainText {
    static func withoutControls(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 || $0 == 0x7F || $0 == 0xC2 }) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s.value {
            case 0x0C: out.append("\n")
            case 0x09, 0x0A: out.append(s)
            case 0x00...0x1F, 0x7F, 0x80...0x9F: continue
            default: out.append(s)
            }
        }
        return String(out)
    }
}
