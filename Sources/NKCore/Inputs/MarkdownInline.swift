/// Inline Markdown in one line: links and images keep their text, emphasis and code lose their
/// markers, backslash escapes their backslash. Bracket partners are found from tables built in
/// one pass, so a line of ten thousand `[` costs linear time.
struct MarkdownInline {
    let s: [Unicode.Scalar]
    /// For each index, the next `]`, `)` and `>` at or after it (s.count when none).
    private let nextBracket: [Int], nextParen: [Int], nextAngle: [Int]

    init(_ s: [Unicode.Scalar]) {
        self.s = s
        func table(_ c: Unicode.Scalar) -> [Int] {
            var t = [Int](repeating: s.count, count: s.count + 1)
            var i = s.count - 1
            while i >= 0 { t[i] = s[i] == c ? i : t[i + 1]; i -= 1 }
            return t
        }
        nextBracket = table("]"); nextParen = table(")"); nextAngle = table(">")
    }

    func render(_ range: Range<Int>, into out: inout String.UnicodeScalarView) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let c = s[i]
            if c == "\\", i + 1 < end, isEscapable(s[i + 1]) {
                out.append(s[i + 1]); i += 2; continue
            }
            // [text](url), ![alt](url), [text][ref]
            let image = c == "!" && i + 1 < end && s[i + 1] == "["
            if c == "[" || image {
                let open = image ? i + 1 : i
                let close = nextBracket[open + 1]
                if close < end, close + 1 < end, s[close + 1] == "(" {
                    let paren = nextParen[close + 2]
                    if paren < end { render(open + 1..<close, into: &out); i = paren + 1; continue }
                } else if close < end, close + 1 < end, s[close + 1] == "[" {
                    let ref = nextBracket[close + 2]
                    if ref < end { render(open + 1..<close, into: &out); i = ref + 1; continue }
                }
            }
            // <https://…> autolinks lose their angle brackets.
            if c == "<", i + 5 < end, String(String.UnicodeScalarView(s[i + 1..<min(end, i + 5)])) == "http" {
                let close = nextAngle[i + 1]
                if close < end { out.append(contentsOf: s[i + 1..<close]); i = close + 1; continue }
            }
            if c == "`" { i += 1; continue }
            if c == "*" || c == "_" || c == "~" {
                var j = i
                while j < end, s[j] == c { j += 1 }
                if isEmphasis(from: i, to: j, in: range) && (c != "~" || j - i == 2) { i = j; continue }
                out.append(contentsOf: s[i..<j]); i = j; continue
            }
            out.append(c)
            i += 1
        }
    }

    /// ASCII punctuation, which a backslash makes literal.
    private func isEscapable(_ x: Unicode.Scalar) -> Bool {
        x.isASCII && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars.contains(x)
    }

    /// A run of `*`, `_` or `~` is markup when it opens or closes a word, not when it sits between
    /// two words or two spaces (`5*3`, `5 * 3`, `snake_case`).
    private func isEmphasis(from i: Int, to j: Int, in range: Range<Int>) -> Bool {
        let before: Unicode.Scalar? = i > range.lowerBound ? s[i - 1] : nil
        let after: Unicode.Scalar? = j < range.upperBound ? s[j] : nil
        func isSpace(_ x: Unicode.Scalar?) -> Bool { x.map { $0.properties.isWhitespace } ?? true }
        func isWordy(_ x: Unicode.Scalar?) -> Bool { x.map { $0.properties.isAlphabetic || $0.properties.numericType != nil } ?? false }
        let opens = !isSpace(after) && !isWordy(before)
        let closes = !isSpace(before) && !isWordy(after)
        return opens || closes
    }
}
