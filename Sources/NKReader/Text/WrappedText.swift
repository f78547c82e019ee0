import NKCore

/// One grapheme laid out on a wrapped line.
public struct LaidGlyph: Equatable, Sendable {
    public var character: Character
    public var width: Int
    /// Scalar offset of the grapheme in the article text.
    public var offset: Int
    public var isPlaceholder: Bool
}

/// A row of an article's body after word wrapping.
public struct WrappedLine: Equatable, Sendable {
    public var glyphs: [LaidGlyph]
    /// Scalar offset where the row's text starts (its first glyph, or the paragraph position).
    public var offset: Int
}

/// An article's text word-wrapped to a width: paragraphs kept, runs of blank lines made one,
/// every grapheme at its true display width.
public struct WrappedText: Equatable, Sendable {
    public let width: Int
    public let lines: [WrappedLine]

    public init(_ text: String, width: Int, joining: ClusterJoining = .unicode) {
        let width = max(1, width)
        self.width = width
        var lines: [WrappedLine] = []
        var offset = 0
        var paragraph: [LaidGlyph] = []
        var paragraphStart = 0
        var blankRun = 0
        func flush() {
            if paragraph.allSatisfy({ $0.character == " " }) {
                blankRun += 1
                if blankRun == 1 && !lines.isEmpty { lines.append(WrappedLine(glyphs: [], offset: paragraphStart)) }
            } else {
                blankRun = 0
                lines += WrappedText.wrap(paragraph, width: width, start: paragraphStart)
            }
            paragraph = []
        }
        for ch in text {
            let count = ch.unicodeScalars.count
            if ch == "\n" || ch == "\r\n" || ch == "\r" {
                flush()
                offset += count
                paragraphStart = offset
                continue
            }
            for g in DisplayText.glyphs(ch, joining: joining) {
                let w = ch == "\t" ? 4 : DisplayWidth.of(g.character)
                if ch == "\t" {
                    for _ in 0..<w { paragraph.append(LaidGlyph(character: " ", width: 1, offset: offset, isPlaceholder: false)) }
                } else if w > 0 {
                    paragraph.append(LaidGlyph(character: g.character, width: min(w, width), offset: offset, isPlaceholder: g.isPlaceholder))
                }
            }
            offset += count
        }
        flush()
        // No trailing blank row.
        while let last = lines.last, last.glyphs.isEmpty { lines.removeLast() }
        self.lines = lines
    }

    /// Greedy word wrap; a word longer than the width is cut.
    static func wrap(_ glyphs: [LaidGlyph], width: Int, start: Int) -> [WrappedLine] {
        var out: [WrappedLine] = []
        var line: [LaidGlyph] = []
        var used = 0
        var i = 0
        // Leading spaces of a paragraph are kept only up to a small indent.
        while i < glyphs.count && glyphs[i].character == " " && i < 4 { line.append(glyphs[i]); used += 1; i += 1 }
        while i < glyphs.count && glyphs[i].character == " " { i += 1 }
        while i < glyphs.count {
            var j = i
            var wordWidth = 0
            while j < glyphs.count && glyphs[j].character != " " { wordWidth += glyphs[j].width; j += 1 }
            var k = j
            while k < glyphs.count && glyphs[k].character == " " { k += 1 }
            if used > 0 && used + wordWidth > width {
                out.append(WrappedLine(glyphs: line, offset: line.first?.offset ?? start))
                line = []
                used = 0
            }
            for g in glyphs[i..<j] {
                if used + g.width > width {
                    out.append(WrappedLine(glyphs: line, offset: line.first?.offset ?? start))
                    line = []
                    used = 0
                }
                line.append(g)
                used += g.width
            }
            // One space between words, if it fits.
            if k > j && used < width && k < glyphs.count {
                line.append(glyphs[j])
                used += 1
            }
            i = k
        }
        if !line.isEmpty || out.isEmpty { out.append(WrappedLine(glyphs: line, offset: line.first?.offset ?? start)) }
        return out
    }

    /// The row holding scalar `offset` (the last row starting at or before it).
    public func line(containing offset: Int) -> Int {
        var lo = 0, hi = lines.count - 1
        guard hi >= 0 else { return 0 }
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lines[mid].offset <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}
