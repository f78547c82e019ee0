/// Matching lexicon phrases forwards and backwards from a position, token by token.
extension FigureScanner {
    /// The longest phrase of `list` starting at the first token at or after `pos`, with its end.
    func phrase(_ list: [Phrase], after pos: Int) -> (Phrase, start: Int, end: Int)? {
        outer: for p in list {
            var at = pos
            var start = -1
            for (n, k) in p.keys.enumerated() {
                let tok = t.token(from: at)
                if tok.isEnd || tok.brokenLine || tok.key != k { continue outer }
                if n == 0 { start = tok.start }
                at = tok.end
            }
            if start >= 0 { return (p, start, at) }
        }
        return nil
    }

    /// The longest phrase of `list` ending at the last token before `pos`, no earlier than `floor`.
    func phrase(_ list: [Phrase], before pos: Int, floor: Int) -> (Phrase, start: Int)? {
        outer: for p in list {
            var at = pos
            for k in p.keys.reversed() {
                let tok = t.token(before: at)
                if tok.isEnd || tok.brokenLine || tok.start < floor || tok.key != k { continue outer }
                at = tok.start
            }
            if !p.keys.isEmpty { return (p, at) }
        }
        return nil
    }
}
