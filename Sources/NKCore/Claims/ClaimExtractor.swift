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
        let measures = MeasureFinder(vocab: vocabulary)
        let attribution = AttributionContext(index: index, finder: AttributionFinder(vocab: vocabulary))
        let scopes = ScopeFinder(vocab: vocabulary, lexicon: .standard, articleDate: ClaimExtractor.dayParts(article.metadata.date))
        var mainPlace: String??
        let place = { () -> String? in
            if let known = mainPlace { return known }
            // The headline and lead name the place a story is about; reading no further keeps the
            // cost of a long article flat.
            let found = scopes.mainPlace(in: index, lead: 0..<min(index.scalars.count, ClaimExtractor.leadLength))
            mainPlace = .some(found)
            return found
        }
        let figureStarts = Set(quantities.map(\.start))
        // What is read once per sentence, for all its figures.
        var cache: (range: Range<Int>, words: [Word], next: Range<Int>?, dates: ScopeFinder.Dates, crowd: Bool, text: String)?
        var out: [Claim] = []
        var sentences: [Range<Int>] = []
        var furnitureLines = RecentCache<Int, Bool>()
        var rowDates = RecentCache<Int, String?>()
        var labels = RecentCache<Int, String?>()
        // Where the last figure before the current sentence's other year starts.
        var lastFigureBeforeYear = 0
        for f in quantities where f.start >= bodyStart {
            // Only the lines that hold figures need the furniture check.
            let line = index.line(around: f.start)
            if furnitureLines[line.lowerBound] == nil {
                let text = Substring(index.text(line))
                furnitureLines[line.lowerBound] = line.count <= PageLayout.longestFurniture && (layout.isFurniture(text) || layout.holdsCounter(text))
            }
            if furnitureLines[line.lowerBound] == true { continue }
            // Every offset of a sentence is in no other: the next figure of it needs no new walk.
            let range = cache.flatMap { $0.range.contains(f.start) ? $0.range : nil } ?? index.sentence(around: f.start)
            if cache?.range != range {
                let nextRange = index.sentence(around: range.upperBound + 1)
                let next = nextRange.lowerBound > range.lowerBound && nextRange.lowerBound - range.upperBound <= 2
                    ? nextRange : nil
                let words = attribution.sentenceWords.words(in: range)
                cache = (range, words, next, scopes.dates(in: words), words.contains { scopes.names($0, oneOf: vocabulary.crowdOccasions) },
                         Sanitizer.oneLine(index.text(range)).trimmed)
                if let dates = cache?.dates, dates.year != nil {
                    lastFigureBeforeYear = words[..<dates.yearIndex].last { figureStarts.contains($0.start) }?.start ?? 0
                }
            }
            guard let (_, words, next, dates, crowd, sentenceText) = cache else { continue }
            let first = words.firstIndex { $0.end > f.start } ?? words.count
            let after = words.firstIndex { $0.start >= f.end } ?? words.count
            let figure = ClaimExtractor.asShare(f)
            var frame = measures.frame(words: words, first: first, after: after, isShare: figure.kind == .percent && figure.unit == nil)
            let scope = scopes.place(words: words, first: first, after: after, figureStarts: figureStarts, mainPlace: place)
            frame.place = scope.name
            frame.placeContrasted = scope.setApart || scope.wholeArea
            frame.holder = measures.holder(words: words, first: first, after: after, thing: frame.thingImplied ? nil : frame.thing)
            if frame.event == nil, frame.thing.map(vocabulary.peopleNouns.contains) ?? true,
               let population = scopes.population(words: words, first: first) {
                frame.thing = vocabulary.populationNoun
                frame.thingImplied = false
                frame.place = population.place ?? frame.place
            }
            // "2,794 deaths, 163 of them outside Derna": a part with a place of its own is that
            // place's count.
            if frame.group == "part of", frame.place != nil { frame.group = nil }
            if frame.event == nil, frame.thing == nil || vocabulary.peopleNouns.contains(frame.thing ?? ""), crowd {
                frame.event = "took part"
                frame.thing = "people"
            }
            frame.time = scopes.time(dates, first: first, after: after, event: frame.event)
            if rowDates[line.lowerBound] == nil {
                let opening = index.words(in: line.lowerBound..<min(line.upperBound, line.lowerBound + 40))
                rowDates[line.lowerBound] = .some(scopes.rowDate(opening))
                labels[line.lowerBound] = .some(measures.labelEvent(opening))
            }
            var isTableRow = false
            if frame.time == nil, let row = rowDates[line.lowerBound] ?? nil { frame.time = row; isTableRow = true }
            if frame.event == nil, let label = labels[line.lowerBound] ?? nil {
                frame.event = label
                if frame.thing == nil, vocabulary.peopleEvents.contains(label) { frame.thing = "people"; frame.thingImplied = true }
            }
            if frame.time == nil, dates.onTheDayBefore, let last = out.last, let day = last.frame.time,
               let lastRange = sentences.last, lastRange != range, range.lowerBound - lastRange.upperBound <= 2 {
                frame.time = day
            }
            frame.isRunningTotal = frame.time == nil && dates.opensSpan
            // "a $4.2 billion budget, up from $3.9 billion last year": a year named after the
            // figures is the last one's; named before them ("In 2015, … 298 of the 452 seats"), all of theirs.
            if let y = dates.year, dates.yearIndex < first || f.start >= lastFigureBeforeYear { frame.year = y }
            var source = attribution.source(range: range, words: words, first: first, next: next)
            // "9,000 injured reported on Wednesday": a passive participle, no speaker.
            if let s = source, vocabulary.events[s.lowercased()] != nil { source = nil }
            // "Derna's mayor said 710 had died in the city": a local official speaks for his place,
            // which "the city" stands for better than the place the article mentions most.
            // (Called, not passed as `scopes.placeOfOfficial`: a partial application would copy the
            // whole vocabulary for every figure.)
            if let s = source, let official = scopes.placeOfOfficial(s), frame.place == nil || frame.place == place() {
                frame.place = official
            }
            // "will send 10,000 by December": a plan stands apart from counts. "The toll in the city
            // could exceed 20,000" is no plan but a guess at a harm already done: once its place is
            // known it stays a count, to be weighed against the others.
            let estimatesToll = frame.place != nil && vocabulary.tollEvents.contains(frame.event ?? "")
            if frame.group == nil, !estimatesToll, (1...6).contains(where: { first >= $0 && vocabulary.projections.contains(words[first - $0].lower) }) {
                frame.group = "projected"
            }
            // "Othman said 3,166 deaths had been registered. On Saturday his figure was 3,252.":
            // a figure that refers back carries on the measure of the sentence just before.
            if !frame.isSpecific(peopleNouns: vocabulary.peopleNouns), frame.thing == nil,
               // A turnout still waiting for its day counts as measured: the day comes later.
               // Of a like size: "their estimate of 40,000" does not restate the 40 released.
               let last = out.last, !last.isVague, last.isComparable || last.frame.event != nil, let lastRange = sentences.last,
               SentenceMeasure.closeInSize(f, last.figure),
               lastRange != range, range.lowerBound - lastRange.upperBound <= 2,
               words[max(0, first - 8)..<first].contains(where: { vocabulary.figureReferences.contains($0.lower) }) {
                frame = MeasureFrame(thing: last.frame.thing, event: last.frame.event, place: last.frame.place,
                                     time: last.frame.time, group: frame.group, isShare: last.frame.isShare)
            }
            // "losses of $3 billion": money counts no people, whatever befell them.
            if f.currency != nil, frame.thingImplied { frame.thing = nil; frame.event = nil; frame.thingImplied = false }
            frame.isAge = (1...2).contains { first >= $0 && vocabulary.ageMarkers.contains(words[first - $0].lower) }
            frame.isShare = figure.kind == .percent && figure.unit == nil
            if frame.isShare, let place = scopes.placeOfShare(words: words, first: first, after: after, mainPlace: place) {
                frame.thing = vocabulary.areaNoun
                frame.thingImplied = false
                frame.place = place
            }
            // A peak of nothing named is left to what the story says it counts (a crowd's, most often).
            if frame.group == nil, !frame.isShare, !crowd, frame.isSpecific(peopleNouns: vocabulary.peopleNouns),
               !vocabulary.occasionRequired.contains(frame.event ?? ""),
               measures.namesPeak(words: words, first: first, after: after) {
                frame.group = "peak"
            }
            // "two-thirds of more than 4,000 had died": the whole a share is taken of is not what
            // befell the share.
            var isShareBase = false
            if let last = out.last, sentences.last == range, last.frame.isShare, !frame.isShare {
                let between = index.words(in: last.figure.end..<f.start).filter { !$0.isPunctuation }
                // "two-thirds of North Korea's 4,000": whose whole it is may stand between.
                let owner = between.drop { $0.lower != "of" }.dropFirst()
                isShareBase = !between.isEmpty && between.count <= 2 && between.last?.lower == "of"
                    || (between.first?.lower == "of" && owner.count == between.count - 1 && (1...3).contains(owner.count)
                        && owner.allSatisfy(\.isCapitalised) && owner.last?.isPossessive == true)
            }
            sentences.append(range)
            out.append(Claim(
                article: article.id, figure: figure, frame: frame,
                source: source,
                date: article.metadata.date,
                sentence: sentenceText,   // one copy, shared by the sentence's claims
                isVague: f.isVague,
                isUnmeasured: isShareBase || !frame.isSpecific(peopleNouns: vocabulary.peopleNouns, occasionRequired: vocabulary.occasionRequired),
                isTableRow: isTableRow))
        }
        Breakdown(vocab: vocabulary).apply(&out, sentences: sentences)
        ClaimExtractor.markParts(&out, sentences: sentences)
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
    static func dateToTheOccasion(_ claims: inout [Claim], events: Set<String>, peopleNouns: Set<String>) {
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
    static func nameImpliedPeople(_ claims: inout [Claim], peopleNouns: Set<String>) {
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
