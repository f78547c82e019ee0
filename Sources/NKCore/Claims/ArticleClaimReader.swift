/// One article's figures read in order into claims. What a sentence says (its words, dates, the
/// sentence after it) is read once for all its figures, and a figure may lean on the claim read
/// just before it ("On Saturday his figure was 3,252"). A class: its caches and the claims read so
/// far are the state of one reading, used once.
final class ArticleClaimReader {
    /// What is read once per sentence, for all its figures.
    private struct SentenceReading {
        var range: Range<Int>
        var words: [Word]
        var next: Range<Int>?
        var dates: ScopeFinder.Dates
        /// The sentence names a crowd's occasion ("the march"): a bare count there is a turnout.
        var crowd: Bool
        var text: String
    }

    private let article: Article
    private let vocabulary: MeasureVocabulary
    private let layout: PageLayout
    private let index: SentenceIndex
    private let measures: MeasureFinder
    private let attribution: AttributionContext
    private let scopes: ScopeFinder
    private let figureStarts: Set<Int>
    private var mainPlace: String??
    private var sentence: SentenceReading?
    private var furnitureLines = RecentCache<Int, Bool>()
    private var rowDates = RecentCache<Int, String?>()
    private var labels = RecentCache<Int, String?>()
    /// Where the last figure before the current sentence's other year starts.
    private var lastFigureBeforeYear = 0
    private(set) var claims: [Claim] = []
    /// Parallel to `claims`: the sentence each stands in.
    private(set) var sentences: [Range<Int>] = []

    init(article: Article, quantities: [Figure], vocabulary: MeasureVocabulary, layout: PageLayout, index: SentenceIndex) {
        self.article = article
        self.vocabulary = vocabulary
        self.layout = layout
        self.index = index
        measures = MeasureFinder(vocab: vocabulary)
        attribution = AttributionContext(index: index, finder: AttributionFinder(vocab: vocabulary))
        scopes = ScopeFinder(vocab: vocabulary, lexicon: .standard, articleDate: ClaimExtractor.dayParts(article.metadata.date))
        figureStarts = Set(quantities.map(\.start))
    }

    /// The place the article is about. The headline and lead name it; reading no further keeps the
    /// cost of a long article flat.
    private func articlePlace() -> String? {
        if let known = mainPlace { return known }
        let found = scopes.mainPlace(in: index, lead: 0..<min(index.scalars.count, ClaimExtractor.leadLength))
        mainPlace = .some(found)
        return found
    }

    /// Reads figure `f` into a claim, unless it stands on page furniture.
    func read(_ f: Figure) {
        let line = index.line(around: f.start)
        guard !isFurniture(line) else { return }
        let s = sentenceReading(around: f.start)
        let words = s.words
        let first = words.firstIndex { $0.end > f.start } ?? words.count
        let after = words.firstIndex { $0.start >= f.end } ?? words.count
        let figure = ClaimExtractor.asShare(f)
        var frame = measures.frame(words: words, first: first, after: after, isShare: figure.kind == .percent && figure.unit == nil)
        if frame.group == "part of", !ownsPart(frame, words: words, after: after, in: s.range) { frame.group = nil }
        scope(&frame, in: s, first: first, after: after)
        let isTableRow = date(&frame, f, in: s, line: line, first: first, after: after)
        var source = speaker(&frame, in: s, first: first, after: after)
        qualify(&frame, f, figure: figure, in: s, first: first, after: after)
        // Money, shares and ages befall no one: "puts them at $3 billion" refers to no harm.
        if frame.thing == nil, frame.event == nil, figure.kind == .number, figure.currency == nil, !frame.isAge,
           let subject = referBack(&frame, words: words, first: first, in: s) { source = subject }
        if frame.event == nil, frame.thing == nil || frame.thingImplied, !frame.isAge, !f.isVague, figure.currency == nil,
           let donor = revisedFrom(figure, words: words, first: first, in: s) {
            frame = donor.frame
        } else if frame.event == nil, frame.thing == nil || frame.thingImplied, let place = frame.place, !frame.isAge, !f.isVague,
                  let donor = placeListDonor(figure, place: place, words: words, first: first, in: s) {
            // "(Korvel district 1,106; Brasna district 702)": the next place's count of the same.
            frame = donor.frame
            frame.place = place
        } else if frame.event == nil, frame.thing == nil || frame.thingImplied, !frame.isAge, !f.isVague, figure.currency == nil,
           let clause = GappedClause.read(words, first: first, after: after, vocab: vocabulary) {
            if let donor = gappedDonor(figure, clause: clause, in: s) {
                // All of it, its year too ("44 escaped in 2019 (the ministry gives 41)"), but a
                // place or a day of its own ("in Brasna, the union says 45").
                let (place, time) = (frame.place, frame.time)
                frame = donor.frame
                if let place { frame.place = place }
                if let time { frame.time = time }
            } else if let asked = askedMeasure(clause: clause, in: s) {
                frame.thing = asked.thing
                frame.event = asked.event
                frame.thingImplied = asked.thingImplied
            }
        }
        var isShareBase = isBaseOfShare(f, frame: frame, in: s.range)
        // "Did two-thirds of North Korea's 4,000 casualties die?": a base that names its own
        // event counts that, not what befell the share.
        if isShareBase, after < words.count, let own = vocabulary.eventNouns[vocabulary.noun(words[after].lower) ?? words[after].lower] {
            frame.event = own
            isShareBase = false
        }
        sentences.append(s.range)
        claims.append(Claim(
            article: article.id, figure: figure, frame: frame,
            source: source,
            date: article.metadata.date,
            sentence: s.text,   // one copy, shared by the sentence's claims
            isVague: f.isVague,
            isUnmeasured: isShareBase || !frame.isSpecific(vocabulary),
            isTableRow: isTableRow,
            isHeadline: isHeadline(s)))
    }

    /// "the 500 tonnes allowed by its permit", "the 500-tonne permit limit", "a legal limit of
    /// 35 ppm": a ceiling set on a quantity. ("500 residents were allowed to return" were counted.)
    private func isLimit(words: [Word], first: Int, after: Int) -> Bool {
        let v = vocabulary
        if first >= 2, words[first - 1].lower == "of", v.limitNouns.contains(words[first - 2].lower) { return true }
        // Right after the figure and its unit: "tonnes allowed", "-tonne permit limit".
        var k = after
        if k < words.count, !words[k].isPunctuation, !v.limitNouns.contains(words[k].lower), !v.limitParticiples.contains(words[k].lower) { k += 1 }
        guard k < words.count else { return false }
        if v.limitParticiples.contains(words[k].lower) { return true }
        return words[k..<min(words.count, k + 2)].contains { v.limitNouns.contains($0.lower) }
    }

    /// Whether the sentence stands in the article's title.
    /// Asked once per sentence, of a title no longer than a title is: the cost stays flat
    /// whatever the article's first line holds.
    private func isHeadline(_ s: SentenceReading) -> Bool {
        if let known = headlineSentence, known.range == s.range { return known.isHeadline }
        let answer = headlineTitle.map { title in s.range.count <= title.unicodeScalars.count + 2 && !s.text.isEmpty && title.contains(s.text) } ?? false
        headlineSentence = (s.range, answer)
        return answer
    }

    /// The article's title, when it is short enough to be one.
    private lazy var headlineTitle: String? = article.metadata.title.flatMap {
        $0.unicodeScalars.count <= ArticleClaimReader.longestTitle ? $0 : nil
    }
    private var headlineSentence: (range: Range<Int>, isHeadline: Bool)?
    static let longestTitle = 400

    /// Only the lines that hold figures need the furniture check.
    private func isFurniture(_ line: Range<Int>) -> Bool {
        if let known = furnitureLines[line.lowerBound] { return known }
        let text = Substring(index.text(line))
        let furniture = line.count <= PageLayout.longestFurniture && (layout.isFurniture(text) || layout.holdsCounter(text))
        furnitureLines[line.lowerBound] = furniture
        return furniture
    }

    private func sentenceReading(around offset: Int) -> SentenceReading {
        // Every offset of a sentence is in no other: the next figure of it needs no new walk.
        if let s = sentence, s.range.contains(offset) { return s }
        let range = index.sentence(around: offset)
        if let s = sentence, s.range == range { return s }
        let nextRange = index.sentence(around: range.upperBound + 1)
        let next = nextRange.lowerBound > range.lowerBound && nextRange.lowerBound - range.upperBound <= 2 ? nextRange : nil
        let words = attribution.sentenceWords.words(in: range)
        let s = SentenceReading(range: range, words: words, next: next, dates: scopes.dates(in: words),
                                crowd: words.contains { scopes.names($0, oneOf: vocabulary.crowdOccasions) },
                                text: Sanitizer.oneLine(index.text(range)).trimmed)
        if s.dates.year != nil {
            lastFigureBeforeYear = words[..<s.dates.yearIndex].last { figureStarts.contains($0.start) }?.start ?? 0
        }
        sentence = s
        return s
    }

    /// Where the figure holds, who holds what it counts, and what a crowd's sentence counts.
    private func scope(_ frame: inout MeasureFrame, in s: SentenceReading, first: Int, after: Int) {
        let words = s.words
        let place = scopes.place(words: words, first: first, after: after, figureStarts: figureStarts, mainPlace: { self.articlePlace() })
        frame.place = place.name
        frame.placeContrasted = place.setApart || place.wholeArea
        frame.placeIsDestination = place.isDestination
        frame.incident = scopes.incident(words: words, first: first, after: after)
        frame.holder = measures.holder(words: words, first: first, after: after, thing: frame.thingImplied ? nil : frame.thing)
        if frame.event == nil, frame.thing.map(vocabulary.peopleNouns.contains) ?? true,
           let population = scopes.population(words: words, first: first) {
            frame.thing = vocabulary.populationNoun
            frame.thingImplied = false
            frame.place = population.place ?? (population.isArticlePlace ? articlePlace() : nil) ?? frame.place
        }
        // "2,794 deaths, 163 of them outside Derna": a part with a place of its own is that
        // place's count.
        // Where a part was sent is no place of its own ("with 3,000 deployed to the east").
        if frame.group == "part of", frame.place != nil, !place.isDestination { frame.group = nil }
        if frame.event == nil, frame.thing == nil || vocabulary.peopleNouns.contains(frame.thing ?? ""), s.crowd {
            frame.event = "took part"
            frame.thing = "people"
        }
    }

    /// The day, the span or the year the figure holds for; true when a dated table row gives its day.
    private func date(_ frame: inout MeasureFrame, _ f: Figure, in s: SentenceReading, line: Range<Int>, first: Int, after: Int) -> Bool {
        frame.time = scopes.time(s.dates, first: first, after: after, event: frame.event, words: s.words)
            ?? scopes.dayOfEvent(s.dates, words: s.words, after: after, event: frame.event)
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
        if frame.time == nil, s.dates.onTheDayBefore, let last = claims.last, let day = last.frame.time, isJustAfterLast(s.range) {
            frame.time = day
        }
        // "7,000 acres in the past 24 hours" on Thursday is Thursday's count, not Friday's.
        if frame.time == nil, frame.rate?.hasPrefix(MeasureFinder.pastWindow) == true, let d = scopes.articleDate {
            frame.time = ScopeFinder.format(d.month, d.day)
        }
        frame.isRunningTotal = frame.time == nil && s.dates.opensSpan
        // "a $4.2 billion budget, up from $3.9 billion last year": a year named after the
        // figures is the last one's; named before them ("In 2015, … 298 of the 452 seats"), all of theirs.
        if let y = s.dates.year, s.dates.yearIndex < first || f.start >= lastFigureBeforeYear { frame.year = y }
        return isTableRow
    }

    /// Whether sentence `range` follows the last claim's sentence, a line break at most between.
    private func isJustAfterLast(_ range: Range<Int>) -> Bool {
        guard let lastRange = sentences.last else { return false }
        return lastRange != range && range.lowerBound - lastRange.upperBound <= 2
    }

    /// Who says it; a local official speaks for his place.
    private func speaker(_ frame: inout MeasureFrame, in s: SentenceReading, first: Int, after: Int) -> String? {
        var source = attribution.source(range: s.range, words: s.words, first: first, after: after, next: s.next)
        // "9,000 injured reported on Wednesday": a passive participle, no speaker.
        if let name = source, vocabulary.events[name.lowercased()] != nil { source = nil }
        // "Derna's mayor said 710 had died in the city": a local official speaks for his place,
        // which "the city" stands for better than the place the article mentions most.
        if let name = source, let official = scopes.placeOfOfficial(name), frame.place == nil || frame.place == articlePlace() {
            frame.place = official
        }
        return source
    }

    /// "will", "may", "plans": a word that makes a figure a plan. "since May 3", "In May" name a
    /// month: capitalised before a number, after a lowercase word or after a time's preposition,
    /// the word is a name ("Troops May Be Sent" stays a plan).
    private func isProjection(_ words: [Word], at k: Int) -> Bool {
        guard vocabulary.projections.contains(words[k].lower) else { return false }
        guard words[k].isCapitalised else { return true }
        let beforeNumber = k + 1 < words.count && words[k + 1].startsWithDigit
        let afterLowercase = k > 0 && !words[k - 1].isCapitalised && words[k - 1].lower.first?.isLetter == true
        // "In May, 3,000 fled", "Since May": a time's preposition, capitalised or not.
        let afterTimeWord = k > 0 && (vocabulary.timePrepositions.contains(words[k - 1].lower) || vocabulary.windowStarts.contains(words[k - 1].lower))
        return !(beforeNumber || afterLowercase || afterTimeWord)
    }

    /// "a 19-year-old apprentice", "he was 19 years old", "her two-month-old son": an age.
    private func isCompoundAge(words: [Word], after: Int) -> Bool {
        // However the hyphens were split off: "19-year-old" as one word, "-year-old", "years old".
        let own = after >= 1 ? words[after - 1].lower.split(separator: "-").dropFirst().map(String.init) : []
        let parts = own + words[after..<min(words.count, after + 4)].flatMap { $0.lower.split(separator: "-").map(String.init) }
        return parts.count >= 2 && vocabulary.ageUnits.contains(parts[0]) && parts[1] == "old"
    }

    /// "Tomas Beran, 31, a father of two", "The body of a man, 71, was found": a small whole
    /// number set off by commas after a name or "a"/"the" and one person, and followed by what
    /// describes the person, is an age ("in Derna, 41, and in Kenton, 12" are counts by place).
    private func isApposedAge(_ f: Figure, words: [Word], first: Int, after: Int) -> Bool {
        guard f.kind == .number, f.currency == nil, f.unit == nil, !f.isVague, let n = f.low, f.high == n,
              n >= 1, n <= 110, n.rounded() == n,
              first >= 2, words[first - 1].text == ",", !words[first - 2].isPunctuation,
              after + 1 < words.count, words[after].text == "," else { return false }
        let named = words[first - 2].isCapitalised
        // "a man, 71," but not "The toll, 41, is expected to rise".
        let described = first >= 3 && vocabulary.personNouns.contains(words[first - 2].lower) && vocabulary.articles.contains(words[first - 3].lower)
        guard named || described else { return false }
        // "reported in Ostrel, 41, in Kenton, 12": a place, not a person.
        if first >= 3, vocabulary.placeBefore.contains(words[first - 3].lower) { return false }
        let next = words[after + 1]
        // What describes a person ("a father", "who", "had kept vigil"), not a place or a change
        // ("in Kenton", "from 35", "up from 35").
        let opensPlaceOrChange = { (w: Word) in
            self.vocabulary.placeBefore.contains(w.lower) || self.vocabulary.windowStarts.contains(w.lower) || self.vocabulary.placeOf.contains(w.lower)
        }
        if opensPlaceOrChange(next) || after + 2 < words.count && opensPlaceOrChange(words[after + 2]) { return false }
        return !next.isCapitalised && next.lower.first?.isLetter == true && !vocabulary.clauseJoiners.contains(next.lower)
    }

    /// Plans, references back, money, ages, shares and peaks.
    private func qualify(_ frame: inout MeasureFrame, _ f: Figure, figure: Figure, in s: SentenceReading, first: Int, after: Int) {
        let words = s.words
        // "will send 10,000 by December": a plan stands apart from counts. "The toll in the city
        // could exceed 20,000" is no plan but a guess at a harm already done: once its place is
        // known it stays a count, to be weighed against the others.
        let estimatesToll = frame.place != nil && vocabulary.tollEvents.contains(frame.event ?? "")
        if frame.group == nil, !estimatesToll, let back = (1...6).first(where: { first >= $0 && isProjection(words, at: first - $0) }),
           !isHedgedPresent(words, modal: first - back, after: after) {
            frame.group = "projected"
        }
        // "Othman said 3,166 deaths had been registered. On Saturday his figure was 3,252.":
        // a figure that refers back carries on the measure of the sentence just before.
        var reference = frame.isSpecific(peopleNouns: vocabulary.peopleNouns) || frame.thing != nil ? nil
            : (max(0, first - 8)..<first).last { vocabulary.figureReferences.contains(words[$0].lower) }
        // "revised the number of survivors, from 212 to 231": a figure noun whose "of" names
        // what it counts refers back to nothing.
        if let r = reference, r + 2 < first, vocabulary.figureNouns.contains(words[r].lower), words[r + 1].lower == "of" {
            let named = measures.frame(words: words, first: r, after: r + 2)
            if let e = named.event ?? named.head.flatMap({ vocabulary.events[$0] }) {
                frame.event = e
                frame.thing = named.event == nil ? "people" : named.thing ?? "people"
                frame.thingImplied = named.event == nil || named.thingImplied
            }
            reference = nil
        }
        // "reported the tear gas total as close to 16,000": a figure noun that names what it
        // counts refers to the article's last count of that, however far back.
        // ("the real figure" names nothing: the plain reference back below reads it.)
        if let r = reference, let named = namedCount(words, before: r),
           // Among the last claims only, so that each figure costs the same however long the article.
           let donor = claims.suffix(ArticleClaimReader.namedCountReach).last(where: { !$0.isVague && $0.isComparable && ($0.frame.thing ?? "").hasPrefix(named) }) {
            frame = donor.frame.carriedOn(group: frame.group)
            frame.isRunningTotal = donor.frame.isRunningTotal
        } else if let r = reference, vocabulary.totalNouns.contains(words[r].lower), r >= 1, words[r - 1].lower == "the",
           // "In early August the total stood at 420": a bare total is the article's running one.
           let donor = claims.suffix(ArticleClaimReader.namedCountReach).last(where: { !$0.isVague && $0.isComparable && $0.frame.isRunningTotal }) {
            frame = donor.frame.carriedOn(group: frame.group)
            frame.isRunningTotal = true
        } else if reference != nil,
           // A turnout still waiting for its day counts as measured: the day comes later.
           // Of a like size: "their estimate of 40,000" does not restate the 40 released.
           let last = claims.last, !last.isVague, last.isComparable || last.frame.event != nil,
           SentenceMeasure.closeInSize(f, last.figure), isJustAfterLast(s.range) {
            frame = last.frame.carriedOn(group: frame.group)
        }
        // "Victoria Park holds around 100,000 people": a capacity, listed beside the counts but
        // never one of them. "The base holds 11,000 troops" is where a force is: its strength.
        // "The dam held 22.5 million cubic metres" is a capacity; "police held 84 people" detained
        // them, and "the camp held 17 seats" or "1,300 square kilometres" holds them now.
        let capacity = vocabulary.capacityBefore.first { words.hasPhrase($0, at: first - $0.count, limit: first) }
        let holdsThings = frame.head.map(vocabulary.capacityUnits.contains) ?? false
            && vocabulary.thingCapacityBefore.contains { words.hasPhrase($0, at: first - $0.count, limit: first) }
        let holdsCapacity = capacity.map { $0.count > 1 || !(frame.thing.map(vocabulary.forceNouns.contains) ?? false) } ?? false
        if holdsCapacity || holdsThings {
            frame.group = MeasureFrame.capacity
            frame.event = nil
            frame.time = nil
        }
        if isLimit(words: words, first: first, after: after) {
            frame.group = MeasureFrame.limit
            frame.event = nil
            frame.time = nil
        }
        // "losses of $3 billion": money counts no people, whatever befell them.
        if f.currency != nil, frame.thingImplied { frame.thing = nil; frame.event = nil; frame.thingImplied = false }
        // "pays each soldier about $2,000 a month (roughly 2.9 million won)": money is no soldiers,
        // nor a force's strength.
        // ("Each soldier is paid $2,000" is the soldiers' pay.)
        if f.currency != nil, let t = frame.thing, vocabulary.peopleNouns.contains(t), frame.event == nil || frame.event == MeasureFrame.deployment {
            frame.thing = nil
            frame.event = nil
        }
        frame.isAge = (1...2).contains { first >= $0 && vocabulary.ageMarkers.contains(words[first - $0].lower) }
            || isApposedAge(f, words: words, first: first, after: after) || isCompoundAge(words: words, after: after)
        frame.isShare = figure.kind == .percent && figure.unit == nil
        if frame.isShare, frame.event != nil, let who = sharedPeople(words, after: after) {
            frame.thing = who
            frame.thingImplied = false
        }
        if frame.isShare, let place = scopes.placeOfShare(words: words, first: first, after: after, mainPlace: { self.articlePlace() }) {
            frame.thing = vocabulary.areaNoun
            frame.thingImplied = false
            frame.place = place
            // "the share of Derna that had disappeared": what befalls people says nothing of an area.
            if let e = frame.event, vocabulary.peopleEvents.contains(e) { frame.event = nil }
        }
        // "11,300 had died … a further 10,100 were missing": further to a harm of another kind,
        // a harm adds to no count of its own.
        if frame.group == "additional", let e = frame.event, vocabulary.tollEvents.contains(e), let last = claims.last,
           sentences.last == s.range || isJustAfterLast(s.range),
           let earlier = last.frame.event, vocabulary.tollEvents.contains(earlier), earlier != e {
            frame.group = nil
        }
        // A peak of nothing named is left to what the story says it counts (a crowd's, most often).
        if frame.group == nil, !frame.isShare, !s.crowd, frame.isSpecific(peopleNouns: vocabulary.peopleNouns),
           !vocabulary.occasionRequired.contains(frame.event ?? ""),
           measures.namesPeak(words: words, first: first, after: after) {
            frame.group = "peak"
        }
    }

    /// The claim a gapped clause ("the company 2,410", "against the ministry's 15", "The
    /// company's is 12.") leaves its measure to: the figure just before it, of the same kind and a
    /// like size, in its sentence or, for a clause with a verb that opens the next sentence, in
    /// the sentence before. Without a verb of its own the clause borrows the one before that
    /// figure, which must be one of giving a figure ("the union says 4,100"), not of doing
    /// something ("Germany pledged 30 tanks, France 20" are two pledges).
    private func gappedDonor(_ figure: Figure, clause: GappedClause, in s: SentenceReading) -> Claim? {
        guard let last = claims.last, !last.isVague, last.isComparable, last.figure.kind == figure.kind,
              last.figure.currency == nil, last.figure.unit == figure.unit, SentenceMeasure.closeInSize(figure, last.figure) else { return nil }
        let words = s.words
        if sentences.last == s.range {
            guard clause.start < words.count, last.figure.end <= words[clause.start].start,
                  let lastAfter = words.firstIndex(where: { $0.start >= last.figure.end }), lastAfter <= clause.start else { return nil }
            // "…died in Korvany; in Brasna, the union says 45", "…on Saturday; on Sunday, police
            // said 120": a place or a day between them makes another count.
            let between = lastAfter..<clause.start
            if s.dates.entries.contains(where: { between.contains($0.index) })
                || between.dropFirst().contains(where: { words[$0].isCapitalised && vocabulary.placeBefore.contains(words[$0 - 1].lower) }) {
                return nil
            }
            if clause.hasVerb { return last }
            guard let lastFirst = words.firstIndex(where: { $0.end > last.figure.start }) else { return nil }
            let before = words[max(0, lastFirst - GappedClause.verbReach)..<lastFirst]
            return before.contains { vocabulary.gapVerbs.contains($0.lower) } ? last : nil
        }
        return isJustAfterLast(s.range) && clause.start == 0 && clause.hasVerb ? last : nil
    }

    /// The item before this one in a list of counts by place, when it counts another place and
    /// only a separator and this item's place stand between them.
    private func placeListDonor(_ figure: Figure, place: String, words: [Word], first: Int, in s: SentenceReading) -> Claim? {
        guard let last = claims.last, sentences.last == s.range, !last.isVague, last.isComparable,
              let lastPlace = last.frame.place, lastPlace != place, last.figure.kind == figure.kind,
              last.figure.currency == figure.currency, last.figure.unit == figure.unit,
              let lastAfter = words.firstIndex(where: { $0.start >= last.figure.end }), lastAfter < first,
              first - lastAfter <= place.split(separator: " ").count + 2,
              [";", ","].contains(words[lastAfter].text) else { return nil }
        return last
    }

    /// "revised the number of survivors from 212 on Friday to 231": the figure a count was revised
    /// to counts what the figure it was revised from counts.
    private func revisedFrom(_ figure: Figure, words: [Word], first: Int, in s: SentenceReading) -> Claim? {
        guard first >= 1, words[first - 1].lower == "to", let last = claims.last, sentences.last == s.range,
              !last.isVague, last.isComparable, last.figure.kind == figure.kind, last.figure.unit == figure.unit,
              let lastFirst = words.firstIndex(where: { $0.end > last.figure.start }), lastFirst >= 1,
              words[lastFirst - 1].lower == "from",
              let lastAfter = words.firstIndex(where: { $0.start >= last.figure.end }),
              first - 1 - lastAfter <= ArticleClaimReader.revisionGap,
              !words[lastAfter..<(first - 1)].contains(where: { $0.startsWithDigit || $0.isPunctuation }) else { return nil }
        return last
    }

    /// How many words may stand between "from 212" and "to 231" ("on Friday").
    static let revisionGap = 3

    /// "They disagree on how many workers struck: the union says 4,100": what a question before a
    /// gapped clause asks is what the clause's figure answers, when no figure stands between.
    private func askedMeasure(clause: GappedClause, in s: SentenceReading) -> MeasureFrame? {
        guard clause.hasVerb else { return nil }
        var words = s.words
        var end = clause.start
        // "How many died? The ministry says 15.": a question just before the clause's sentence.
        if clause.start == 0, let previous = sentenceBefore(s.range) {
            words = attribution.sentenceWords.words(in: previous)
            end = words.count
        }
        // Only so far back, so that a sentence of many such clauses costs what its words do.
        let from = max(1, end - ArticleClaimReader.questionReach)
        guard let m = (from..<max(from, end)).last(where: { words[$0].lower == "many" && words[$0 - 1].lower == "how" }),
              !words[m..<end].contains(where: \.startsWithDigit) else { return nil }
        let asked = measures.frame(words: words, first: m, after: m + 1)
        return asked.event != nil && asked.isSpecific(vocabulary) ? asked : nil
    }

    /// How many words before a gapped clause its question may stand.
    static let questionReach = 24

    /// The sentence just before `range`, a line break at most between.
    private func sentenceBefore(_ range: Range<Int>) -> Range<Int>? {
        guard range.lowerBound >= 2 else { return nil }
        let previous = index.sentence(around: range.lowerBound - 2)
        guard previous.upperBound <= range.lowerBound, previous != range, range.lowerBound - previous.upperBound <= 2 else { return nil }
        return previous
    }

    /// "70% of arrivals are women and children", "eight in ten of the arrivals are men of
    /// military age": the people a share of a whole is, named after "are", which the share counts.
    private func sharedPeople(_ words: [Word], after: Int) -> String? {
        guard after < words.count, words[after].lower == "of" else { return nil }
        let end = min(words.count, after + ArticleClaimReader.sharedPeopleReach)
        guard let copula = (after + 1..<end).first(where: { GappedClause.copulas.contains(words[$0].lower) }),
              !words[after..<copula].contains(where: \.isPunctuation) else { return nil }
        var who: [String] = []
        for w in words[(copula + 1)...].prefix(ArticleClaimReader.sharedPeopleReach) {
            if who.isEmpty, vocabulary.articles.contains(w.lower) { continue }
            let isPerson = vocabulary.peopleNouns.contains(w.lower) || vocabulary.personNouns.contains(w.lower)
                || vocabulary.personNouns.contains(String(w.lower.dropLast()))
            guard isPerson || (w.lower == "and" && !who.isEmpty) else { break }
            who.append(w.lower)
        }
        if who.last == "and" { who.removeLast() }
        return who.isEmpty ? nil : who.joined(separator: " ")
    }

    /// How many words a share's whole and the people it is may take.
    static let sharedPeopleReach = 6

    /// "the total in Russia could be closer to 12,000": a modal before "be" hedges a figure for
    /// now, no plan or forecast ("could reach 8,000", "could be 10,000 by December").
    private func isHedgedPresent(_ words: [Word], modal m: Int, after: Int) -> Bool {
        guard vocabulary.hedgeModals.contains(words[m].lower), m + 1 < words.count, words[m + 1].lower == "be" else { return false }
        return !words[after..<min(words.count, after + 3)].contains { $0.lower == "by" }
    }

    /// Whether a part read as such is one. "including around 1,000 killed" after "4,000
    /// casualties" counts the dead: a part with an event of its own, other than its whole's, is
    /// that event's count. "at least 100 of them have been killed", of troops no figure counted
    /// before, counts the dead of the whole force; "Four of them died" of "19 members" is a part.
    private func ownsPart(_ frame: MeasureFrame, words: [Word], after: Int, in range: Range<Int>) -> Bool {
        guard let event = frame.event, vocabulary.tollEvents.contains(event) else { return true }
        let near = claims.last.flatMap { last in sentences.last == range || isJustAfterLast(range) ? last : nil }
        let ofPronoun = after + 1 < words.count && words[after].lower == "of" && vocabulary.pronouns.contains(words[after + 1].lower)
        if ofPronoun { return near != nil }
        // The whole is the sentence's last harm counted before: "4,000 battle casualties among
        // 11,000 troops, almost 40% of the force, including around 1,000 killed".
        var k = claims.count - 1
        while k >= 0, claims.count - k <= 12, sentences[k] == range {
            if let e = claims[k].frame.event, vocabulary.tollEvents.contains(e) { return e == event }
            k -= 1
        }
        return true
    }

    /// "The largest gap is over the dead. The NIS puts them at about 300; the Western officials
    /// at around 1,000.": a pronoun put at a figure stands for the people the sentence before
    /// named by what befell them, and a clause of no verb after a semicolon ("the Western
    /// officials at around 1,000") puts the same thing at another figure: its words are who
    /// says so, returned.
    private func referBack(_ frame: inout MeasureFrame, words: [Word], first: Int, in s: SentenceReading) -> String? {
        guard first >= 2, words[first - 1].lower == "at" else { return nil }
        if vocabulary.pronouns.contains(words[first - 2].lower) {
            guard let event = namedByHarm(before: s.range) else { return nil }
            frame.event = event
            frame.thing = "people"
            frame.thingImplied = true
        } else if let semicolon = (max(0, first - 8)..<first).last(where: { words[$0].text == ";" }),
                  let last = claims.last, sentences.last == s.range, last.figure.start < words[semicolon].start,
                  last.isComparable, isParallel(words, from: semicolon + 1, to: first - 1),
                  let lastFirst = (max(0, semicolon - 12)..<semicolon).first(where: { words[$0].end > last.figure.start }),
                  lastFirst >= 1, words[lastFirst - 1].lower == "at" {
            frame = last.frame.carriedOn(group: frame.group)
            let subject = words[(semicolon + 1)..<(first - 1)].drop { vocabulary.functionWords.contains($0.lower) }
            return subject.isEmpty ? nil : subject.map(\.text).joined(separator: " ")
        }
        return nil
    }

    /// The harm a nominal "the dead", "the missing" names in the sentence just before `range`.
    private func namedByHarm(before range: Range<Int>) -> String? {
        guard let previous = sentenceBefore(range) else { return nil }
        let words = attribution.sentenceWords.words(in: previous)
        for k in stride(from: words.count - 1, through: 1, by: -1) where words[k - 1].lower == "the" {
            if let e = vocabulary.events[words[k].lower], vocabulary.tollEvents.contains(e) { return e }
        }
        return nil
    }

    /// A short clause of names and plain words only, no verb: "the Western officials".
    private func isParallel(_ words: [Word], from: Int, to end: Int) -> Bool {
        guard from < end, end - from <= 5 else { return false }
        return words[from..<end].allSatisfy { w in
            !w.isPunctuation && vocabulary.events[w.lower] == nil && !vocabulary.attributionVerbs.contains(w.lower)
                // A verb ends in "-ed"; a name may ("the Red Cross", "the United Nations").
                && !MeasureFinder.auxiliaries.contains(w.lower) && (w.isCapitalised || !w.lower.hasSuffix("ed"))
        }
    }

    /// How many of the last claims a named count ("the tear gas total") looks back through.
    static let namedCountReach = 64

    /// "the tear gas total": the plain words between a determiner and a figure noun at `r`.
    private func namedCount(_ words: [Word], before r: Int) -> String? {
        guard vocabulary.figureNouns.contains(words[r].lower) else { return nil }
        var k = r
        while k > 0, r - k < 3, !words[k - 1].isPunctuation, !words[k - 1].isCapitalised,
              !vocabulary.functionWords.contains(words[k - 1].lower), !vocabulary.possessives.contains(words[k - 1].lower),
              vocabulary.events[words[k - 1].lower] == nil, vocabulary.eventNouns[words[k - 1].lower] == nil {
            k -= 1
        }
        guard k < r, k >= 1, words[k - 1].lower == "the" || vocabulary.possessives.contains(words[k - 1].lower) else { return nil }
        return words[k..<r].map(\.lower).joined(separator: " ")
    }

    /// "two-thirds of more than 4,000 had died": the whole a share is taken of is not what
    /// befell the share.
    private func isBaseOfShare(_ f: Figure, frame: MeasureFrame, in range: Range<Int>) -> Bool {
        guard let last = claims.last, sentences.last == range, last.frame.isShare, !frame.isShare else { return false }
        let between = index.words(in: last.figure.end..<f.start).filter { !$0.isPunctuation }
        // "two-thirds of North Korea's 4,000": whose whole it is may stand between.
        let owner = between.drop { $0.lower != "of" }.dropFirst()
        return !between.isEmpty && between.count <= 2 && between.last?.lower == "of"
            || (between.first?.lower == "of" && owner.count == between.count - 1 && (1...3).contains(owner.count)
                && owner.allSatisfy(\.isCapitalised) && owner.last?.isPossessive == true)
    }
}
