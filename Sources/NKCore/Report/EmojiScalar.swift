/// The few emoji properties that decide how many columns a grapheme cluster takes.
public enum EmojiScalar {
    /// 🇦…🇿: two of them make a flag.
    public static func isRegionalIndicator(_ s: Unicode.Scalar) -> Bool { (0x1F1E6...0x1F1FF).contains(s.value) }

    /// The five skin tones, 🏻…🏿.
    public static func isModifier(_ s: Unicode.Scalar) -> Bool { (0x1F3FB...0x1F3FF).contains(s.value) }

    /// A scalar that can start an emoji sequence. Digits, `#` and `*` are emoji only in keycaps,
    /// which U+FE0F marks; ASCII otherwise never widens.
    public static func isEmojiBase(_ s: Unicode.Scalar) -> Bool { s.value >= 0xA9 && s.properties.isEmoji }
}

/// Which emoji sequences the terminal draws as one glyph. Terminals disagree: tmux 3.3 joins a
/// ZWJ family into two columns but draws 👍🏽 as 👍 and 🏽, four columns.
public struct ClusterJoining: Equatable, Hashable, Sendable {
    /// 👍🏽 is one glyph (else two, each two columns wide).
    public var modifiers: Bool
    /// 👩‍👩‍👧 is one glyph (else each emoji on its own, joiners dropped).
    public var zwjSequences: Bool

    public init(modifiers: Bool, zwjSequences: Bool) {
        self.modifiers = modifiers
        self.zwjSequences = zwjSequences
    }

    /// What Unicode (UTS #51) asks for and most current terminals do.
    public static let unicode = ClusterJoining(modifiers: true, zwjSequences: true)
}
