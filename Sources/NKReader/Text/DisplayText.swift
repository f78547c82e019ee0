import NKCore

/// Turns untrusted text into graphemes safe to put on a terminal: control characters become
/// visible placeholders (`^[`), bidi controls and C1 controls a replacement character, zero-width
/// characters vanish, tabs become spaces, and each cluster is kept to what one cell can hold.
public enum DisplayText {
    /// A grapheme as shown, with whether it is a placeholder for something unprintable.
    public struct Glyph: Equatable, Sendable {
        public var character: Character
        public var isPlaceholder: Bool
    }

    /// Scalars kept of one cluster: enough for any emoji sequence and a stack of accents, while
    /// a letter under 500 combining marks cannot blow up a cell.
    public static let maxScalarsPerCluster = 16

    public static func glyphs(_ ch: Character, joining: ClusterJoining = .unicode) -> [Glyph] {
        if ch == "\t" { return [Glyph(character: " ", isPlaceholder: false)] }
        var out: [Glyph] = []
        var clean = String.UnicodeScalarView()
        var kept = 0
        for s in ch.unicodeScalars {
            if let p = Sanitizer.placeholder(for: s) {
                out += p.map { Glyph(character: $0, isPlaceholder: true) }
            } else if DisplayWidth.of(s) == 0 && clean.isEmpty && s.properties.generalCategory == .format {
                continue   // a lone zero-width format character (ZWSP, BOM, ZWJ) shows nothing
            } else if kept < maxScalarsPerCluster {
                clean.append(s)
                kept += 1
            }
        }
        guard !clean.isEmpty else { return out }
        // A combining mark with nothing to sit on gets a space to carry it.
        if DisplayWidth.of(clean.first!) == 0 && !EmojiScalar.isRegionalIndicator(clean.first!) {
            clean.insert(" ", at: clean.startIndex)
        }
        let shown = ClusterPieces.split(clean, joining: joining).map { Glyph(character: $0, isPlaceholder: false) }
        return shown + out
    }

    /// A string with every grapheme made safe.
    public static func safe(_ s: String, joining: ClusterJoining = .unicode) -> [Character] {
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return Array(s) }
        return s.flatMap { glyphs($0, joining: joining).map(\.character) }
    }
}
