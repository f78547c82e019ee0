/// What a line of Markdown is, as far as joining it to the line before goes: the lines of one
/// paragraph (or of one quote, or of one list item) are one line of text, as Markdown shows
/// them, so that a sentence wrapped in the file is still one sentence.
enum MarkdownLineKind {
    case blank, paragraph, quote, listItem, indented
    /// A heading, a rule, a table row, a reference definition, an HTML tag, a code fence:
    /// a line of its own.
    case own

    init(_ line: Substring) {
        let indent = line.prefix { $0 == " " || $0 == "\t" }.count
        let t = Array(line.dropFirst(indent).unicodeScalars)[...]
        guard let c = t.first else { self = .blank; return }
        if c == ">" { self = .quote; return }
        if c == "<" || c == "#" && MarkdownLineKind.isHeading(t) || t.contains("|")
            || MarkdownLine.isRule(t) || MarkdownLine.isReferenceDefinition(t) {
            self = .own
            return
        }
        if MarkdownLineKind.isListMarker(t) { self = .listItem; return }
        self = indent >= 2 ? .indented : .paragraph
    }

    /// Whether a line of kind `next` goes on with a block that began with a line of this kind.
    func continues(with next: MarkdownLineKind) -> Bool {
        switch (self, next) {
        case (.paragraph, .paragraph), (.paragraph, .indented), (.quote, .quote),
             (.listItem, .indented), (.indented, .indented): true
        default: false
        }
    }

    /// `# `, up to `###### `, or the hashes alone.
    static func isHeading(_ t: ArraySlice<Unicode.Scalar>) -> Bool {
        let hashes = t.prefix { $0 == "#" }.count
        return (1...6).contains(hashes) && (hashes == t.count || t[t.startIndex + hashes] == " ")
    }

    /// `- `, `* `, `+ `, `1. `, `1) `.
    static func isListMarker(_ t: ArraySlice<Unicode.Scalar>) -> Bool {
        let s = t.startIndex
        if t.count >= 2, "-*+".unicodeScalars.contains(t[s]), t[s + 1] == " " { return true }
        let digits = t.prefix { ("0"..."9").contains($0) }.count
        return (1...9).contains(digits) && t.count > digits + 1 && (t[s + digits] == "." || t[s + digits] == ")") && t[s + digits + 1] == " "
    }
}
