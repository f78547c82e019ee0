import CNcurses
import NKCore

/// What ncurses can draw for one cell of the screen model. ncurses measures a cell by its first
/// scalar (`wcwidth`) and holds at most CCHARW_MAX scalars, so a cell becomes one or more parts:
/// usually one; two for a flag, whose regional indicators are one column each to the C library;
/// and a stand-in of the cell's width when the C library measures the grapheme differently, so
/// columns never drift.
struct CellScalars: Equatable {
    /// Scalars drawn in one ncurses cell, `dx` columns right of the model's cell.
    struct Part: Equatable {
        var dx: Int
        var scalars: [wchar_t]
    }

    static let capacity = Int(nk_ccharw_max())

    static func parts(_ text: String, width: Int) -> [Part] {
        let all = Array(text.unicodeScalars)
        guard let first = all.first, width > 0 else { return [] }
        let firstWidth = Int(wcwidth(wide(first)))
        if all.count == 2, width == 2, all.allSatisfy(EmojiScalar.isRegionalIndicator),
           all.allSatisfy({ wcwidth(wide($0)) == 1 }) {
            return [Part(dx: 0, scalars: [wide(all[0])]), Part(dx: 1, scalars: [wide(all[1])])]
        }
        if firstWidth == width {
            let kept = EmojiScalar.isEmojiBase(first) ? emojiPrefix(all) : withMarks(all)
            return [Part(dx: 0, scalars: kept.map(wide))]
        }
        // A stand-in: the first scalar alone when it is narrower, `?` when unknown or wider,
        // then spaces up to the cell's width.
        let narrower = firstWidth >= 1 && firstWidth < width
        var parts = [Part(dx: 0, scalars: [narrower ? wide(first) : 0x3F])]
        for dx in (narrower ? firstWidth : 1)..<width { parts.append(Part(dx: dx, scalars: [0x20])) }
        return parts
    }

    /// A letter and the combining marks the cell has room for. A joiner after a letter joins
    /// nothing and is left out, lest a terminal join it to the next cell.
    private static func withMarks(_ all: [Unicode.Scalar]) -> [Unicode.Scalar] {
        [all[0]] + all.dropFirst().filter { wcwidth(wide($0)) == 0 && $0.value != 0x200D }.prefix(capacity - 1)
    }

    /// An emoji sequence whole when it fits; else up to the last joiner that fits, which keeps
    /// a valid shorter sequence (👨‍👩‍👧‍👦 → 👨‍👩‍👧); else the first emoji with its selector or tone.
    private static func emojiPrefix(_ all: [Unicode.Scalar]) -> [Unicode.Scalar] {
        if all.count <= capacity { return all }
        if let joiner = all.prefix(capacity + 1).lastIndex(where: { $0.value == 0x200D }), joiner > 0 {
            return Array(all[..<joiner])
        }
        var kept = [all[0]]
        if all[1].value == 0xFE0F || EmojiScalar.isModifier(all[1]) { kept.append(all[1]) }
        return kept
    }

    private static func wide(_ s: Unicode.Scalar) -> wchar_t { wchar_t(bitPattern: s.value) }
}
