/// Builds the plain text of a document from its text runs and block boundaries: runs of
/// whitespace collapse to one space, blocks become lines, paragraphs are set apart by a blank
/// line, as in the .txt articles.
struct WhitespaceText {
    private(set) var text = ""
    private var line = ""
    private var pendingSpace = false
    /// How many newlines end `text`, so blank lines are decided without scanning it.
    private var trailingNewlines = 0

    /// Appends a run of text, collapsing whitespace (newlines in the source are not lines).
    mutating func append(_ run: String) {
        for s in run.unicodeScalars {
            // ASCII first: the Unicode property lookup is the slow path of a large page.
            let isSpace = s.value < 0x80 ? (s.value <= 0x20) : s.properties.isWhitespace
            if isSpace {
                if !line.isEmpty { pendingSpace = true }
                continue
            }
            if s.value == 0x7F || (0x80...0x9F).contains(s.value) { continue }
            if pendingSpace { line.append(" "); pendingSpace = false }
            line.unicodeScalars.append(s)
        }
    }

    /// Appends text exactly, for preformatted blocks; its newlines are line ends.
    mutating func appendPreformatted(_ run: String) {
        for s in run.unicodeScalars {
            if s == "\n" { endLine(); continue }
            if s.value < 0x20 && s != "\t" { continue }
            if pendingSpace { line.append(" "); pendingSpace = false }
            line.unicodeScalars.append(s)
        }
    }

    /// A separator between cells of a row, only once the row has something before it.
    mutating func cellSeparator() {
        if !line.isEmpty { line += " | "; pendingSpace = false }
    }

    mutating func space() { if !line.isEmpty { pendingSpace = true } }

    mutating func endLine() {
        if !line.isEmpty { text += line; text += "\n"; trailingNewlines = 1 }
        line = ""
        pendingSpace = false
    }

    /// Ends the line and leaves one blank line before whatever comes next.
    mutating func endParagraph() {
        endLine()
        if !text.isEmpty && trailingNewlines < 2 { text += "\n"; trailingNewlines = 2 }
    }

    /// The finished text: no trailing blank lines, one final newline.
    mutating func finish() -> String {
        endLine()
        if trailingNewlines == 2 { text.removeLast() }
        return text
    }
}
