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
    /// How many sentences back a pronoun or description may find its antecedent.
    static let anaphorReach = 6
    /// How many sentences back within a paragraph a figure may inherit a speaker.
    static let carryReach = 3
    /// How deep resolution may chain through earlier sentences' own anaphors.
    static let depth = 3

    private struct Sentence {
        var words: [Word]
        /// The sentence's cues with anaphors resolved (an unresolved description keeps its words).
        var cues: [AttributionFinder.Cue]
        /// Names a later pronoun may point at: the cues' names, else the name the sentence opens with.
        var antecedents: [String]
    }

    private var lines: [Int: [Range<Int>]] = [:]
    private var memo: [Int: [Int: Sentence]] = [:]   // depth → sentence start → analysis

    init(index: SentenceIndex, finder: AttributionFinder) {
        self.index = index
        self.finder = finder
    }

    /// The source of the figure at word `first` of the sentence `range`.
    func source(range: Range<Int>, words: [Word], first: Int, next: [Word]) -> String? {
        let s = analyse(range, words: words, depth: AttributionContext.depth)
        var cues = s.cues
        if let o = finder.ownerOfFigure(words, first: first) { cues.append(o) }
        if let c = finder.best(cues, first: first, words: words) { return c.name }
        if let n = finder.backReference(next) { return n }
        // Inherit the speaker of an earlier sentence of the same paragraph.
        var r = range
        for _ in 0..<AttributionContext.carryReach {
            guard let (p, sameLine) = previous(r), sameLine else { break }
            let ps = analyse(p, words: nil, depth: AttributionContext.depth - 1)
            if let c = ps.cues.first(where: { !$0.secondary }) ?? ps.cues.first { return c.name }
            r = p
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
            if let last = sentences(of: prev).last(where: { r in !index.words(in: r).isEmpty }) { return (last, false) }
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
        let words = given ?? index.words(in: range)
        var cues = finder.cues(words)
        if depth > 0, cues.contains(where: \.anaphor) {
            let earlier = earlierSentences(range, depth: depth - 1)
            for k in cues.indices where cues[k].anaphor {
                if let n = resolve(cues[k], in: earlier) {
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
        memo[depth, default: [:]][range.lowerBound] = s
        return s
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

    /// The antecedent of "he", "it", "the agency": for a description, the latest name holding its
    /// noun, else the latest speaker; for a pronoun, the latest speaker or opening name.
    private func resolve(_ cue: AttributionFinder.Cue, in earlier: [Sentence]) -> String? {
        if let head = cue.head {
            for s in earlier {
                if let n = s.antecedents.first(where: { $0.lowercased().contains(head) }) { return n }
            }
            guard cue.bare else { return nil }
            return earlier.lazy.compactMap { $0.cues.first(where: { !$0.anaphor && !$0.secondary })?.name }.first
        }
        // A pronoun stands for a name: "he" is not "the collapse".
        return earlier.lazy.compactMap { $0.antecedents.first { $0.split(separator: " ").contains { self.finder.isNamePart(String($0)) } } }.first
    }
}
