/// A Markdown note: front matter becomes metadata, each line is shown without its markup
/// (headings, list markers, quotes, emphasis, links), and the lines of a paragraph are joined
/// into one, as Markdown shows them. `fileLines` says where each line of the file went.
enum MarkdownReader {
    static func read(_ text: String) -> ReadDocument {
        var metadata = ArticleMetadata()
        var body = Substring(text)
        var warning: String?
        var firstLine = 1
        if let front = FrontMatter.split(text) {
            metadata = front.metadata
            body = text[front.bodyStart...]
            firstLine += text[..<front.bodyStart].utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            if front.yamlError { warning = "front matter is not valid YAML; its fields were ignored" }
        }
        var out = String.UnicodeScalarView()
        var joins: [UInt32] = []
        var written = 0   // scalars in `out`: counting the view would walk it on every line
        var lineStart = 0
        var fence: Substring?   // the ``` or ~~~ that opened a code block
        var block = MarkdownLineKind.blank   // the kind of line that began the last line written
        var hardBreak = false
        for (n, raw) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.last == "\r" ? raw.dropLast() : raw
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            var kind = MarkdownLineKind.own
            var shown = ""
            if let open = fence {
                // Code stays as written, a line of its own; the fences are empty lines.
                if trimmed.hasPrefix(open) { fence = nil } else { shown = String(line) }
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
            } else {
                kind = MarkdownLineKind(line)
                shown = MarkdownLine.plain(line)
            }
            if n > 0 && !hardBreak && block.continues(with: kind) {
                while written > lineStart, out.last == " " || out.last == "\t" { out.removeLast(); written -= 1 }
                // Offsets past 4 Gi scalars are beyond any file nkreader loads (1 GiB).
                if let at = UInt32(exactly: written) { joins.append(at) }
                out.append(" ")
                written += 1
                shown = String(shown.drop { $0 == " " || $0 == "\t" })
            } else {
                if n > 0 { out.append("\n"); written += 1 }
                block = kind
            }
            lineStart = written
            out.append(contentsOf: shown.unicodeScalars)
            written += shown.unicodeScalars.count
            // Two spaces or a backslash at the end of a line: Markdown's own line break.
            hardBreak = line.hasSuffix("  ") || line.hasSuffix("\\")
        }
        return ReadDocument(text: String(out), metadata: metadata, metadataIsUsers: true, warning: warning,
                            fileLines: FileLines(firstLine: firstLine, joins: joins))
    }
}

/// One line of Markdown without its block markers and inline markup.
enum MarkdownLine {
    static func plain(_ line: Substring) -> String {
        var s = Array(line.unicodeScalars)
        var i = 0
        while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 }
        if isRule(s[i...]) || isTableDivider(s[i...]) || isReferenceDefinition(s[i...]) { return "" }
        // Quote markers, then a heading's hashes or a list marker.
        while i < s.count, s[i] == ">" {
            i += 1
            while i < s.count, s[i] == " " { i += 1 }
        }
        var hashes = 0
        while i + hashes < s.count, s[i + hashes] == "#" { hashes += 1 }
        if (1...6).contains(hashes), i + hashes == s.count || s[i + hashes] == " " {
            i += hashes
            // A closing run of hashes is markup too.
            var end = s.count
            while end > i, s[end - 1] == " " { end -= 1 }
            var h = end
            while h > i, s[h - 1] == "#" { h -= 1 }
            if h < end, h == i || s[h - 1] == " " { s.removeSubrange(h..<end) }
        } else if i + 1 < s.count, "-*+".unicodeScalars.contains(s[i]), s[i + 1] == " " {
            i += 2
        } else {
            var d = i
            while d < s.count, d - i < 9, ("0"..."9").contains(s[d]) { d += 1 }
            if d > i, d + 1 < s.count, s[d] == "." || s[d] == ")", s[d + 1] == " " { i = d + 2 }
        }
        while i < s.count, s[i] == " " { i += 1 }
        // A task list's box.
        if i + 3 < s.count, s[i] == "[", s[i + 2] == "]", s[i + 3] == " ", " xX".unicodeScalars.contains(s[i + 1]) { i += 4 }
        var out = String.UnicodeScalarView()
        MarkdownInline(s).render(i..<s.count, into: &out)
        return String(out)
    }

    /// `---`, `***`, `___` (three or more, spaces allowed): a thematic break or setext underline.
    static func isRule(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let c = s.first, c == "-" || c == "*" || c == "_" || c == "=" else { return false }
        var n = 0
        for x in s { if x == c { n += 1 } else if x != " " && x != "\t" { return false } }
        return n >= 3 || (c == "=" && n >= 1)
    }

    /// `|---|:--:|`, a table's header divider.
    static func isTableDivider(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard s.contains("-"), s.contains("|") else { return false }
        return s.allSatisfy { $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " || $0 == "\t" }
    }

    /// `[id]: https://…`, a link reference definition.
    static func isReferenceDefinition(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard s.first == "[", let close = s.firstIndex(of: "]"), close + 1 < s.endIndex, s[close + 1] == ":" else { return false }
        return close > s.startIndex + 1
    }
}
