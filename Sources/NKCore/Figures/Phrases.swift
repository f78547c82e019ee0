/// Matching lexicon phrases forwards and backwards from a position, token by token.
extension FigureScanner {
    /// The longest phrase of `set` starting at the first token at or after `pos`, with its span.
    func phrase(_ set: PhraseSet, after pos: Int) -> (Phrase, start: Int, end: Int)? {
        let first = t.token(from: pos)
        if first.isEnd || first.brokenLine { return nil }
        outer: for i in set.startingWith(first.key) {
            let p = set.phrases[i]
            var at = first.end
            for k in p.keys.dropFirst() {
                let tok = t.token(from: at)
                if tok.isEnd || tok.brokenLine || tok.key != k { continue outer }
                at = tok.end
            }
            return (p, first.start, at)
        }
        return nil
    }

    /// The longest phrase of `set` ending at the last token before `pos`, no earlier than `floor`.
    func phrase(_ set: PhraseSet, before pos: Int, floor: Int) -> (Phrase, start: Int)? {
        let last = t.token(before: pos)
        if last.isEnd || last.brokenLine || last.start < floor { return nil }
        outer: for i in set.endingWith(last.key) {
            let p = set.phrases[i]
            var at = last.start
            for k in p.keys.reversed().dropFirst() {
                let tok = t.token(before: at)
                if tok.isEnd || tok.brokenLine || tok.start < floor || tok.key != k { continue outer }
                at = tok.start
            }
            return (p, at)
        }
        return nil
    }
}
