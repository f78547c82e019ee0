/// "the union says 4,100, the company 2,410", "against the ministry's 15 and the union's 21",
/// "ACT said 2,300, then 2,410", "The ministry's figure is 15. The company's is 12.": a clause
/// that holds nothing but who gives a figure leaves out what the figure counts. The writer means
/// what the figure just before it counts; `ArticleClaimReader` finds that figure.
struct GappedClause {
    /// Where the clause starts in the sentence's words.
    var start: Int
    /// The clause has a verb of its own ("the company still says", "The company's is"), so it
    /// may stand as a sentence of its own after the one it leaves out.
    var hasVerb: Bool

    /// The most words a clause of names and verbs of saying holds.
    static let maxWords = 8
    /// How far before the earlier figure its verb of giving a figure may stand ("said that more
    /// than 4,000").
    static let verbReach = 4

    /// The gapped clause before the figure whose words run from `first` to `after`, or nil when
    /// the words around the figure say something of their own.
    static func read(_ words: [Word], first: Int, after: Int, vocab: MeasureVocabulary) -> GappedClause? {
        guard first <= words.count, endsClause(words, after: after, vocab: vocab) else { return nil }
        var k = first
        var hasVerb = false, hasGiver = false, onlyRevision = true
        // "The company's is 12" leaves out a figure; "He was 19", "Petrov was 19" give an age.
        var onlyCopula = true, hasPossessive = false
        var bounded = false
        while k > 0, first - k <= maxWords {
            let w = words[k - 1]
            if isQuote(w) { k -= 1; continue }
            if w.isPunctuation || vocab.clauseJoiners.contains(w.lower) || vocab.gapOpeners.contains(w.lower) { bounded = true; break }
            if w.startsWithDigit { return nil }
            let lower = w.lower
            if vocab.gapVerbs.contains(lower) {
                hasVerb = true
                if !GappedClause.copulas.contains(lower) { onlyCopula = false }
            } else if w.isPossessive || vocab.agentNouns.contains(lower) || vocab.anaphorNouns.contains(lower) {
                hasGiver = true
                if w.isPossessive { hasPossessive = true }
            } else if w.isCapitalised {
                // "Line 1", "Table 2": a capitalised word just before a number labels it; only
                // an abbreviation ("ACT 2,410") or a name before other words gives it.
                if k == first, !w.isAcronym { return nil }
                hasGiver = true
            } else if k >= 2, k < first, vocab.nameJoiners.contains(lower), words[k - 2].isCapitalised, words[k].isCapitalised {
                // "the Ministry of Emergency Situations says 44"
            } else if !(vocab.articles.contains(lower) || vocab.possessives.contains(lower)
                        || vocab.sourceNounAdjectives.contains(lower) || vocab.sourceSkipBefore.contains(lower)
                        || vocab.gapLinks.contains(lower)) {
                return nil
            }
            if !vocab.sourceSkipBefore.contains(lower) { onlyRevision = false }
            k -= 1
        }
        // A clause reaching back further than a clause of names and verbs runs is no such clause.
        guard bounded || k == 0, k < first, hasGiver || hasVerb || onlyRevision else { return nil }
        if hasVerb, onlyCopula, !hasPossessive { return nil }
        return GappedClause(start: k, hasVerb: hasVerb)
    }

    /// "is", "was": verbs that give a figure only after a possessive ("The company's is 12").
    static let copulas: Set<String> = ["is", "was", "are", "were", "stands", "stood", "remains", "remained"]

    /// Nothing after the figure names what it counts: the sentence or clause ends there.
    private static func endsClause(_ words: [Word], after: Int, vocab: MeasureVocabulary) -> Bool {
        guard after < words.count else { return true }
        let w = words[after]
        if w.isPunctuation { return w.text != "-" && w.text != "%" }
        return vocab.clauseJoiners.contains(w.lower) || vocab.gapOpeners.contains(w.lower)
    }

    private static func isQuote(_ w: Word) -> Bool {
        ["\"", "\u{201C}", "\u{201D}", "'", "\u{2018}", "\u{2019}"].contains(w.text)
    }
}
