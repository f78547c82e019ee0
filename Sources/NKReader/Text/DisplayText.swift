import NKCore

/// Turns untrusted text into graphemes safe to put on a terminal: control characters become
/// visible placeholders (`^[`), bidi controls and C1 controls a replacement character, zero-width
/// characters vanish, tabs become spaces.
public enum DisplayText {
    /// A grapheme as shown, with whether it is a placeholder for something unprintable.
    public struct Glyph: Equatable, Sendable {
        public var character: Character
        public var isPlaceholder: Bool
    }

    public static func glyphs(_ ch: Character) -> [Glyph] {
        if ch == "\t" { return [Glyph(character: " ", isPlaceholder: false)] }
        var out: [Glyph] = []
        var clean = String.UnicodeScalarView()
        for s in ch.unicodeScalars {
            if let p = Sanitizer.placeholder(for: s) {
                out += p.map { Glyph(character: $0, isPlaceholder: true) }
            } else if DisplayWidth.of(s) == 0 && clean.isEmpty && s.properties.generalCategory == .format {
                continue   // a lone zero-width format character (ZWSP, BOM) shows nothing
            } else {
                clean.append(s)
            }
        }
        if !clean.isEmpty {
            let c = Character(String(clean))
            // A combining mark with nothing to sit on gets a space to carry it.
            if DisplayWidth.of(c) == 0 { out.insert(Glyph(character: Character(" " + String(clean)), isPlaceholder: false), at: 0) }
            else { out.insert(Glyph(character: c, isPlaceholder: false), at: 0) }
        }
        return out
    }

    /// A string with every grapheme made safe.
    public static func safe(_ s: String) -> [Character] {
        if Sanitizer.isPlain(s) && !s.contains("\t") { return Array(s) }
        return s.flatMap { glyphs($0).map(\.character) }
    }
}
