/// A Markdown note: front matter becomes metadata, and each line is shown without its markup
/// (headings, list markers, quotes, emphasis, links), one output line per input line.
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
        var out = ""
        out.reserveCapacity(body.utf8.count)
        var fence: Substring?   // the ``` or ~~~ that opened a code block
        var first = true
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            if !first { out += "\n" }
            first = false
            let line = line.last == "\r" ? line.dropLast() : line
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil } else { out += line }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { fence = trimmed.prefix(3); continue }
            out += MarkdownLine.plain(line)
        }
        return ReadDocument(text: out, metadata: metadata, metadataIsUsers: true, warning: warning, firstLine: firstLine)
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
