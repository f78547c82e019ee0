/// Turns an article's quantity figures into claims. Figures on page furniture and in front
/// matter make no claims.
public struct ClaimExtractor: Sendable {
    public let vocabulary: MeasureVocabulary
    public let layout: PageLayout

    public init(vocabulary: MeasureVocabulary = .standard, layout: PageLayout = .standard) {
        self.vocabulary = vocabulary
        self.layout = layout
    }

    /// How much of an article's opening is read for the place it is about.
    static let leadLength = 3000

    public func claims(in article: Article, figures: [Figure]) -> [Claim] {
        let quantities = figures.filter { $0.kind.isQuantity }
        guard !quantities.isEmpty else { return [] }
        let index = SentenceIndex(article.text)
        let bodyStart = MetadataFiles.frontMatter(article.text)?.bodyStart ?? 0
        let reader = ArticleClaimReader(article: article, quantities: quantities, vocabulary: vocabulary, layout: layout, index: index)
        for f in quantities where f.start >= bodyStart { reader.read(f) }
        var out = reader.claims
        let sentences = reader.sentences
        Breakdown(vocab: vocabulary).apply(&out, sentences: sentences)
        ClaimExtractor.markParts(&out, sentences: sentences)
        Destinations.apply(&out, sentences: sentences)
        Alternatives.link(&out, sentences: sentences) { index.text($0) }
        PartOfEarlier.apply(&out, sentences: sentences, vocab: vocabulary)
        ApposedShare(vocab: vocabulary).apply(&out, sentences: sentences)
        ClaimExtractor.measureBareDatedFigures(&out, events: vocabulary.occasionRequired, peopleNouns: vocabulary.peopleNouns)
        SentenceMeasure(vocab: vocabulary, words: { index.words(in: $0) }).share(&out, sentences: sentences)
        ClaimExtractor.nameImpliedPeople(&out, peopleNouns: vocabulary.peopleNouns)
        ClaimExtractor.dateToTheOccasion(&out, events: vocabulary.occasionRequired, peopleNouns: vocabulary.peopleNouns)
        return out
    }

    /// A report that names an occasion goes on about it: "For the June 9 march the Front said
    /// 1.03 million … Lui put it between 187,000 and 212,000". An undated turnout takes the day of
    /// the nearest dated one before it, unless it is of another year ("in 2003").
    static func dateToTheOccasion(_ claims: inout [Claim], events: WordSet, peopleNouns: WordSet) {
        var last: [String: String] = [:]
        for i in claims.indices {
            guard let e = claims[i].frame.event, events.contains(e) else { continue }
            if let t = claims[i].frame.time { last[e] = t; continue }
            guard let day = last[e], claims[i].frame.year == nil else { continue }
            claims[i].frame.time = day
            claims[i].isUnmeasured = !claims[i].frame.isSpecific(peopleNouns: peopleNouns, occasionRequired: events)
        }
    }

    /// "At least 100 North Korean soldiers have been killed … about 300 killed": in an article
    /// that names one kind of people for an event, a count of that event naming no one counts them.
    static func nameImpliedPeople(_ claims: inout [Claim], peopleNouns: WordSet) {
        var named: [String: Set<String>] = [:]
        for c in claims where !c.frame.thingImplied {
            guard let e = c.frame.event, let t = c.frame.thing, peopleNouns.contains(t) else { continue }
            named[e, default: []].insert(t)
        }
        for i in claims.indices where claims[i].frame.thingImplied {
            guard let e = claims[i].frame.event, let kinds = named[e], kinds.count == 1, let t = kinds.first else { continue }
            claims[i].frame.thing = t
        }
    }

    /// Figures of one sentence that add up to another of it ("2,410 in Derna and 103 elsewhere"
    /// of 2,513; "11,300 ... and 170 ... – 11,470 in all") are parts of that whole.
    static func markParts(_ claims: inout [Claim], sentences: [Range<Int>]) {
        var start = 0
        while start < claims.count {
            var end = start + 1
            while end < claims.count && sentences[end] == sentences[start] { end += 1 }
            let members = Array(start..<min(end, start + 12))
            if members.count >= 3 {
                func exact(_ i: Int) -> Double? { Breakdown.exact(claims[i]) }
                // "400 killed and 3,600 wounded" of 4,000 casualties, "2,410 in Derna and 103
                // elsewhere": a part measured apart from its whole is a measure of its own.
                func ownsMeasure(_ part: Int, _ whole: Int) -> Bool {
                    !claims[part].isUnmeasured && claims[part].key != claims[whole].key
                }
                for whole in members {
                    guard let w = exact(whole) else { continue }
                    for a in members where a != whole {
                        for b in members where b > a && b != whole {
                            guard let x = exact(a), let y = exact(b), x + y == w else { continue }
                            for p in [a, b] where claims[p].frame.group == nil && !ownsMeasure(p, whole) { claims[p].frame.group = "part of" }
                        }
                    }
                }
            }
            start = end
        }
    }
}

import Foundation

extension ClaimExtractor {
    /// A spelled fraction ("a third", "one in ten", "nearly half") states a share, as a percentage
    /// does: both become percent so that they compare.
    static func asShare(_ f: Figure) -> Figure {
        guard f.kind == .number, f.currency == nil, !f.isVague,
              f.text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }),
              let v = f.value ?? f.high ?? f.low, v > 0, v < 1 else { return f }
        var share = f
        share.kind = .percent
        share.value = f.value.map { $0 * 100 }
        share.low = f.low.map { $0 * 100 }
        share.high = f.high.map { $0 * 100 }
        return share
    }

    /// Year, month and day of an ISO date, when it has all three.
    static func dayParts(_ iso: String?) -> (year: Int, month: Int, day: Int)? {
        guard let parts = iso?.split(separator: "-").compactMap({ Int($0) }), parts.count >= 3 else { return nil }
        return (parts[0], parts[1], parts[2])
    }
}
