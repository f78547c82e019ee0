import NKCore

/// Cuts a grapheme cluster into the glyphs the terminal will actually draw. Where the terminal
/// joins the cluster (most do), it stays whole; where it does not (tmux 3.3 and 👍🏽), each part
/// becomes its own glyph at its own width, so the screen model keeps the terminal's columns.
enum ClusterPieces {
    static func split(_ scalars: String.UnicodeScalarView, joining: ClusterJoining) -> [Character] {
        guard let first = scalars.first else { return [] }
        guard EmojiScalar.isEmojiBase(first), joining != .unicode else { return characters(scalars) }
        var pieces: [String.UnicodeScalarView] = []
        var piece = String.UnicodeScalarView()
        for s in scalars {
            if s.value == 0x200D && !joining.zwjSequences {
                pieces.append(piece)   // the joiner itself is dropped: it would join nothing
                piece = String.UnicodeScalarView()
            } else if EmojiScalar.isModifier(s) && !joining.modifiers && !piece.isEmpty {
                pieces.append(piece)
                piece = String.UnicodeScalarView([s])
            } else {
                piece.append(s)
            }
        }
        pieces.append(piece)
        return pieces.flatMap(characters)
    }

    /// The graphemes of some scalars, without any that would take no column (a mark left
    /// alone after a cut).
    private static func characters(_ scalars: String.UnicodeScalarView) -> [Character] {
        String(scalars).filter { DisplayWidth.of($0) > 0 }.map { $0 }
    }
}
