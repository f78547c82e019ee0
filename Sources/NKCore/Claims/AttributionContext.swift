/// Who a figure comes from when its own sentence does not say it outright. Within one article:
/// - "he said", "it said", "the agency said" resolve to the speaker of an earlier sentence
///   (a description only to one whose name holds its noun: "the ministry" → "Interior Ministry",
///   else to the latest speaker);
/// - a sentence with no attribution inherits the speaker of an earlier sentence of its paragraph
///   ("OCHA has published its flash appeal. Aid partners need $71.4 million …").
/// Every look-back is bounded, and each sentence is read once, so the cost stays linear.
final class AttributionContext {
    let index: SentenceIndex
    let finder: AttributionFinder
    /// Shared with the extractor, which splits the same sentences.
    let sentenceWords: SentenceWordCache
    /// How many sentences back a pronoun or description may find its antecedent.
    static let anaphorReach = 6
    /// How many sentences back within a paragraph a figure may inherit a speaker.
    static let carryReach = 5
    /// How deep resolution may chain through earlier sentences' own anaphors.
    static let depth = 3

    private struct Sentence {
        var words: [Word]
        /// The sentence's cues with anaphors resolved (an unresolved description keeps its words).
        var cues: [AttributionFinder.Cue]
        /// Names a later pronoun may point at: the cues' names, else the name the sentence opens with.
        var antecedents: [String]
    }

    // Memos of the sentences near the one being read: every look-back is bounded.
    private var lines = RecentCache<Int, [Range<Int>]>()
    private var memo: [Int: RecentCache<Int, Sentence>] = [:]   // depth → sentence start → analysis
    private var raw = RecentCache<Int, (words: [Word], cues: [AttributionFinder.Cue])>()   // sentence start → words, cues

    init(index: SentenceIndex, finder: AttributionFinder) {
        self.index = index
        self.finder = finder
        self.sentenceWords = SentenceWordCache(index: index)
    }

    /// The source of the figure at word `first` of the sentence `range`.
    /// `next` is the following sentence, split only if a back-reference is looked for there.
    func source(range: Range<Int>, words: [Word], first: Int, after: Int, next: Range<Int>?) -> String? {
        let s = analyse(range, words: words, depth: AttributionContext.depth)
        if let gapped = finder.gappedSpeaker(words, first: first, after: after, cues: s.cues) { return gapped }
        var cues = s.cues
        if var o = finder.ownerOfFigure(words, first: first) {
            // "Seoul's 3,000 …; its 10,000": a possessive pronoun for an earlier speaker.
            if o.anaphor {
                o.name = resolveWithin(o, cues: s.cues, words: words) ?? resolve(o, in: earlierSentences(range, depth: AttributionContext.depth - 1)) ?? ""
                o.anaphor = false
            }
            if !o.name.isEmpty { cues.append(o) }
        }
        if let c = finder.best(cues, first: first, words: words) { return c.name }
        if let next, let n = finder.backReference(sentenceWords.words(in: next)) { return n }
        // "That would make roughly 14,000 in all, by my arithmetic": the writer's own figure.
        if words.indices.dropLast().contains(where: { finder.vocab.writerPossessives.contains(words[$0].lower) && finder.vocab.evidenceNouns.contains(words[$0 + 1].lower) }) { return nil }
        if let n = speakerAfter(range) { return n }
        if let n = columnSource(range, words: words, first: first) { return n }
        return carriedSpeaker(range, words: words)
    }

    /// A sentence with hundreds of figures asks these once, not once per figure: their answers
    /// depend on the sentence alone.
    private var speakersAfter = RecentCache<Range<Int>, String?>()
    private var carriedSpeakers = RecentCache<Range<Int>, String?>()

    private func speakerAfter(_ range: Range<Int>) -> String? {
        if let known = speakersAfter[range] { return known }
        let found = quotationSpeaker(after: range)
        speakersAfter[range] = .some(found)
        return found
    }

    private func carriedSpeaker(_ range: Range<Int>, words: [Word]) -> String? {
        if let known = carriedSpeakers[range] { return known }
        let found = carried(range, words: words)
        carriedSpeakers[range] = .some(found)
        return found
    }

    /// The speaker of an earlier sentence of the same paragraph, inherited.
    private func carried(_ range: Range<Int>, words: [Word]) -> String? {
        var r = range
        for _ in 0..<AttributionContext.carryReach {
            // "But at least 8,500 have not been found.": a turn in the writer's own voice.
            if let f = (r == range ? words : sentenceWords.words(in: r)).first(where: { !$0.isPunctuation }), finder.vocab.carryBreakers.contains(f.lower) { break }
            guard let (p, sameLine) = previous(r), sameLine else { break }
            let ps = analyse(p, words: nil, depth: AttributionContext.depth - 1)
            let carried = ps.cues.filter { !$0.follows }
            if let c = carried.first(where: { !$0.secondary && !$0.label }) ?? carried.first(where: { !$0.secondary }) ?? carried.first { return c.name }
            r = p
        }
        return nil
    }

    /// How many sentences ahead on its line a quotation may name its speaker.
    static let quotationReach = 3
    /// How many lines above a table row its column heading may stand.
    static let headingReach = 8

    /// "\"Their losses are more than four thousand. I think two-thirds have died.\" - President
    /// Zelensky": a later sentence of the same line closing the quotation with its speaker.
    private func quotationSpeaker(after range: Range<Int>) -> String? {
        let inLine = sentences(of: index.line(around: range.lowerBound))
        guard let i = inLine.firstIndex(where: { $0.lowerBound >= range.upperBound }) else { return nil }
        for r in inLine[i...].prefix(AttributionContext.quotationReach) {
            // A quotation's speaker is named outright, never an anaphor, so resolving the
            // sentence's pronouns would not change it: its cues as read suffice — and only a
            // sentence with a quotation closing before a dash can have one.
            let words = raw[r.lowerBound]?.words ?? sentenceWords.words(in: r)
            guard finder.hasQuoteBeforeDash(words) else { continue }
            if let c = read(r, words: words).cues.first(where: \.quoteDash) { return c.name }
        }
        return nil
    }

    /// "HOW THE COUNTS COMPARE (organisers / police)" over rows "- June 9: 1.03 million / 240,000":
    /// the figure in the n-th column comes from the n-th speaker of the heading.
    private func columnSource(_ range: Range<Int>, words: [Word], first: Int) -> String? {
        guard first <= words.count, words.contains(where: { $0.text == "/" }) else { return nil }
        let column = words[..<first].filter { $0.text == "/" }.count
        var line = index.line(around: range.lowerBound)
        for _ in 0..<AttributionContext.headingReach {
            guard line.lowerBound > 0 else { return nil }
            line = index.line(around: line.lowerBound - 1)
            let ws = index.words(in: line)
            if ws.isEmpty { continue }
            if let heads = finder.columnHeads(ws) { return column < heads.count ? heads[column] : nil }
            if !ws.contains(where: { $0.text == "/" }) { return nil }
        }
        return nil
    }

    /// The sentence before `range`, and whether it is on the same line.
    private func previous(_ range: Range<Int>) -> (Range<Int>, Bool)? {
        let line = index.line(around: range.lowerBound)
        let inLine = sentences(of: line)
        if let i = inLine.firstIndex(where: { $0.lowerBound >= range.lowerBound }), i > 0 {
            return (inLine[i - 1], true)
        }
        // The last sentence of the nearest earlier line that has words.
        var end = line.lowerBound
        var hops = 0
        while end > 0 && hops < 4 {
            let prev = index.line(around: end - 1)
            if let last = sentences(of: prev).last(where: { r in !sentenceWords.words(in: r).isEmpty }) { return (last, false) }
            end = prev.lowerBound
            hops += 1
        }
        return nil
    }

    private func sentences(of line: Range<Int>) -> [Range<Int>] {
        if let s = lines[line.lowerBound] { return s }
        let s = index.sentences(inLine: line)
        lines[line.lowerBound] = s
        return s
    }

    private func analyse(_ range: Range<Int>, words given: [Word]?, depth: Int) -> Sentence {
        if let s = memo[depth]?[range.lowerBound] { return s }
        let (words, found) = read(range, words: given)
        var cues = found
        if depth > 0, cues.contains(where: \.anaphor) {
            let earlier = earlierSentences(range, depth: depth - 1)
            for k in cues.indices where cues[k].anaphor {
                if let n = resolveWithin(cues[k], cues: cues, words: words) ?? resolve(cues[k], in: earlier) {
                    cues[k].name = n
                    cues[k].anaphor = false
                    cues[k].head = nil
                }
            }
        }
        // A pronoun nobody can resolve names no one.
        cues.removeAll { $0.anaphor && $0.head == nil }
        var antecedents = cues.filter { !$0.anaphor && !$0.secondary }.map(\.name)
        if antecedents.isEmpty, let n = finder.openingName(words) { antecedents = [n] }
        let s = Sentence(words: words, cues: cues, antecedents: antecedents)
        memo[depth, default: RecentCache()][range.lowerBound] = s
        return s
    }

    /// A sentence's words and cues as written. They do not depend on the depth: read them once.
    private func read(_ range: Range<Int>, words given: [Word]?) -> (words: [Word], cues: [AttributionFinder.Cue]) {
        if let r = raw[range.lowerBound] { return r }
        let w = given ?? sentenceWords.words(in: range)
        let r = (w, finder.cues(w))
        raw[range.lowerBound] = r
        return r
    }

    private func earlierSentences(_ range: Range<Int>, depth: Int) -> [Sentence] {
        var out: [Sentence] = []
        var r = range
        for _ in 0..<AttributionContext.anaphorReach {
            guard let (p, _) = previous(r) else { break }
            out.append(analyse(p, words: nil, depth: depth))
            r = p
        }
        return out
    }

    /// The antecedent of an anaphor in its own sentence: "Police tell a different story: 128,000 …,
    /// the force said" → the police; "The White House's John Kirby …: his figure" → Kirby.
    private func resolveWithin(_ cue: AttributionFinder.Cue, cues: [AttributionFinder.Cue], words: [Word]) -> String? {
        let before = cues.filter { $0.index < cue.index && !$0.anaphor && !$0.secondary && !$0.follows }
        if let head = cue.head {
            if let c = before.last(where: { $0.name.lowercased().contains(head) }) { return c.name }
            guard cue.bare, let last = before.last else { return nil }
            // "UNHCR says 120,000 …, the ministry counts 85,000": a body that gives a count of its
            // own after another's is a second speaker, named as written.
            return countsApart(last, cue, words: words) ? cue.name : last.name
        }
        if let c = before.last(where: { $0.name.split(separator: " ").contains { self.finder.isNamePart(String($0)) } }) { return c.name }
        // "The ministry said it had recorded 300 deaths": "it" stands for the body just named.
        if finder.vocab.bodyPronouns.contains(cue.name.lowercased()), let c = before.last(where: { c in
            c.name.split(separator: " ").contains { finder.vocab.namesBody($0.lowercased()) }
        }) { return c.name }
        // Only a possessive reaches back to a name that is no speaker: "Blinken's 8,000 … his 10,000",
        // "The White House's John Kirby …: his figure".
        // "OCHA then revised its update: citing WHO, it said 3,958" — but a parenthetical "…, he
        // wrote, stressing …" speaks for a speaker from outside the sentence.
        let possessive = finder.vocab.anaphorPossessives.contains(cue.name.lowercased())
        let parenthetical = cue.index + 1 >= words.count || words[cue.index + 1].isPunctuation
        guard possessive || !parenthetical else { return nil }
        if possessive, let n = finder.possessor(words, before: cue.index) { return n }
        // A lone capitalised first word ("Eleven people …", "Another 6,085 …") may be any word; an
        // acronym or a longer name is a name.
        guard let n = finder.openingName(words), n.split(separator: " ").count >= 2 || n.count >= 2 && n.allSatisfy({ $0.isUppercase }),
              cue.index > n.split(separator: " ").count else { return nil }
        return n
    }

    /// A figure between the two cues, and another just after the second; not "Chan said …, and
    /// that the government expects …" or "…, and the agency said", which go on with the first.
    private func countsApart(_ earlier: AttributionFinder.Cue, _ later: AttributionFinder.Cue, words: [Word]) -> Bool {
        guard earlier.index < later.index, !later.follows,
              let figure = words[(earlier.index + 1)..<later.index].lastIndex(where: { $0.startsWithDigit }),
              // "…, and the organisation put the injured at 1,200" goes on with the same speaker.
              !words[(figure + 1)..<later.index].contains(where: { $0.lower == "that" || $0.lower == "and" }) else { return false }
        let after = words[(later.index + 1)..<min(words.count, later.index + 1 + AttributionContext.ownCountReach)]
        return after.contains { $0.startsWithDigit }
    }
    /// Whether a speaker's name may be what "the `head`" refers back to: not when a noun in it is
    /// another kind of body's ("fire service" is no union; a "Service" may be "the agency", a
    /// "World Health Organization" too).
    private func couldBe(_ name: String, _ head: String) -> Bool {
        let vocab = finder.vocab
        return !name.lowercased().split(separator: " ").map(String.init).contains { w in
            vocab.anaphorNouns.contains(w) && !sameKind(w, head)
        }
    }

    /// "Organisers", "police", "rescuers": people, no body a description ("the ministry") names,
    /// unless they are of its kind ("police" for "the force").
    private func isPeople(_ name: String, head: String) -> Bool {
        let lower = name.lowercased()
        return finder.vocab.agentNouns.contains(lower) && !sameKind(lower, head)
    }

    /// Whether "the `head`" may name a body called by `word`: the same noun, or nouns of one kind
    /// ("service" and "agency", "police" and "force").
    private func sameKind(_ word: String, _ head: String) -> Bool {
        word == head || finder.vocab.anaphorKinds.contains { $0.contains(word) && $0.contains(head) }
    }

    /// How far after its cue a speaker's own count may come: "counts 85,000", "puts the toll at 85,000".
    static let ownCountReach = 6

    /// The antecedent of "he", "it", "the agency": for a description, the latest name holding its
    /// noun, else (a bare one) the latest organisation's acronym or speaker, not people of
    /// another kind; for a pronoun, the latest speaker or opening name.
    private func resolve(_ cue: AttributionFinder.Cue, in earlier: [Sentence]) -> String? {
        if let head = cue.head {
            for s in earlier {
                if let n = s.antecedents.first(where: { $0.lowercased().contains(head) }) { return n }
            }
            guard cue.bare else { return nil }
            // "The fire service said … The union said": a body named by another kind's noun is not
            // "the union"; the union, named no earlier, is a speaker of its own.
            let fits = { (n: String) in self.couldBe(n, head) }
            // "The NIS attributed … By the agency's estimate": an organisation's acronym before a person.
            for e in earlier {
                if let n = (e.cues.filter { !$0.anaphor }.map(\.name) + e.antecedents).first(where: { n in
                    let parts = n.split(separator: " ")
                    let caps = parts.filter { w in w.count >= 2 && w.allSatisfy { $0.isUppercase } }
                    return (!caps.isEmpty && caps.count < parts.count || parts.count == 1 && caps.count == 1) && fits(n)
                }) { return n }
            }
            // "Acme Ltd said … The firm later said": the last speaker, unless its name is another
            // kind of body's or a group of people ("Organisers", "police" are no "ministry", which
            // then stands as written).
            return earlier.lazy.compactMap { $0.cues.first(where: { !$0.anaphor && !$0.secondary })?.name }.first
                .flatMap { fits($0) && !isPeople($0, head: head) ? $0 : nil }
        }
        // A pronoun stands for a name: "he" is not "the collapse".
        return earlier.lazy.compactMap { $0.antecedents.first { $0.split(separator: " ").contains { self.finder.isNamePart(String($0)) } } }.first
    }
}
