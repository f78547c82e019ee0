/// "Police announced a peak of 338,000 that night, but later told Reuters that their estimate
/// of the peak was 380,000": a sentence in which a second voice restates a quantity measures both
/// figures alike. A figure the words around it leave unmeasured takes the measure of the figure
/// before it, of its kind and magnitude, when the words between them give a new speaker or refer
/// to the figure ("said", "estimate") and name no other thing or event; or the measure of the figure
/// after it in a list sharing its noun ("figures of 10 000 and then 11 300 dead").
struct SentenceMeasure {
    let vocab: MeasureVocabulary
    /// The words between two offsets of the article.
    let words: (Range<Int>) -> [Word]

    /// Figures further apart than this are of different scopes, not rival counts.
    static let sameScopeRatio = 10.0

    func share(_ claims: inout [Claim], sentences: [Range<Int>]) {
        var start = 0
        while start < claims.count {
            var end = start + 1
            while end < claims.count && sentences[end] == sentences[start] { end += 1 }
            // A long list of figures is a table, not a comparison; bounded so the cost stays linear.
            if end - start >= 2 && end - start <= 12 { fill(&claims, start..<end, sentence: sentences[start]) }
            start = end
        }
    }

    private func fill(_ claims: inout [Claim], _ members: Range<Int>, sentence: Range<Int>) {
        // "Among them, about 3,000" is a part of what came before, not a restatement of it.
        for i in members where claims[i].isUnmeasured && !claims[i].isVague {
            // "… and gives the pro-establishment camp 60": a figure with a holder of its own is that
            // holder's, not a restatement of another's count.
            if claims[i].frame.holder != nil { continue }
            // "the number there could be as high as 6,000": a guess at a harm already counted is
            // weighed against that count, not kept apart as a plan.
            let guessesToll = claims[i].frame.group == "projected"
            guard claims[i].frame.group == nil || guessesToll else { continue }
            if let d = donor(claims, members, for: i, sentence: sentence), !guessesToll || vocab.tollEvents.contains(claims[d].frame.event ?? "") {
                let own = claims[i].frame
                claims[i].takeMeasure(of: claims[d])
                if let place = own.place, place != claims[d].frame.place {
                    // "41 died in Port Ellis, the governor said on Tuesday, and 120 elsewhere": the
                    // same kind of count in a place of its own.
                    claims[i].frame.place = place
                    claims[i].frame.placeContrasted = own.placeContrasted
                    claims[i].frame.placeIsDestination = own.placeIsDestination
                } else {
                    // What the story later settles about the one (its place) holds for the other.
                    claims[i].measuredLike = claims[d].figure.start
                }
            }
        }
    }

    private func donor(_ claims: [Claim], _ members: Range<Int>, for i: Int, sentence: Range<Int>) -> Int? {
        let f = claims[i].figure
        func suits(_ d: Int, vague: Bool = false) -> Bool {
            let c = claims[d]
            let measured = vague ? c.isVague && !c.isUnmeasured : c.isComparable && !c.isVague
            return measured && c.frame.group == nil && c.figure.kind == f.kind
                && c.figure.currency == f.currency && c.figure.unit == f.unit && Self.closeInSize(f, c.figure)
        }
        // "figures of 10 000 and then 11 300 dead": a list sharing the noun at its end.
        if i + 1 < members.upperBound, suits(i + 1) {
            let between = words(f.end..<claims[i + 1].figure.start).filter { !$0.isPunctuation }
            if !between.isEmpty, between.count <= 2, between.allSatisfy({ SentenceMeasure.listJoiners.contains($0.lower) }) { return i + 1 }
        }
        // "338,000 that night, but later told Reuters that their estimate of the peak was 380,000";
        // "Hundreds of thousands marched on 8 December; organisers said 800,000": an order of
        // magnitude lends its measure to the figure a speaker puts on it.
        if i > members.lowerBound, suits(i - 1) || suits(i - 1, vague: true) {
            let between = words(claims[i - 1].figure.end..<f.start)
            let restates = between.contains { vocab.attributionVerbs.contains($0.lower) || vocab.figureReferences.contains($0.lower) }
            let own = claims[i - 1].frame
            // "…were missing in the city; Abduljalil said the number there could be 6,000": past a
            // semicolon only a clause that names the figure it restates.
            let clause = between.lastIndex { $0.text == ";" }.map { between[($0 + 1)...] } ?? between[...]
            let crossesClause = clause.count < between.count
            // "…; organisers said 800,000.": a clause that is only a speaker, a verb and the figure
            // says the figure again ("the mayor said 6,000 could come" says more).
            let endsClause = f.end >= sentence.upperBound || words(f.end..<min(sentence.upperBound, f.end + 4)).first?.isPunctuation ?? true
            // ("the IOM now says 160": "the" and "now" say nothing more.)
            let onlySpeaks = endsClause && clause.filter({ !vocab.functionWords.contains($0.lower) }).count <= 3
                && clause.contains { vocab.attributionVerbs.contains($0.lower) }
            let namesFigure = onlySpeaks || clause.contains { vocab.figureNouns.contains($0.lower) }
            if restates, !crossesClause || namesFigure, !between.contains(where: { namesAnother($0, than: own) }) { return i - 1 }
        }
        return nil
    }

    static let listJoiners: Set<String> = ["and", "or", "then"]

    /// A word that would give a figure a measure of its own: a counted noun or an event other
    /// than the ones `frame` already has.
    private func namesAnother(_ w: Word, than frame: MeasureFrame) -> Bool {
        guard !w.isPunctuation else { return false }
        if let n = vocab.noun(w.lower) { return n != frame.head }
        if let e = vocab.events[w.lower] ?? vocab.eventNouns[w.lower] { return e != frame.event }
        return false
    }

    static func closeInSize(_ a: Figure, _ b: Figure) -> Bool {
        guard let v = a.high ?? a.low, let w = b.high ?? b.low, v > 0, w > 0 else { return false }
        return max(v, w) / min(v, w) <= sameScopeRatio
    }
}
