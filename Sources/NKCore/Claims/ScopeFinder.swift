/// Where and when a figure holds, read from its clause: "11,300 died in Derna alone, with 170 more
/// elsewhere", "the June 9 march", "Sunday's rally". Each figure looks first at the words after it
/// up to the next figure, then back to the previous one, so that a sentence listing several
/// places gives each figure its own.
struct ScopeFinder {
    let vocab: MeasureVocabulary
    let lexicon: Lexicon
    /// The article's date, for reading "Sunday's march" as a day.
    let articleDate: (year: Int, month: Int, day: Int)?

    /// The figure's clause on each side: from the previous figure or clause break to the next.
    /// Looking back, the stretch ends at another figure, a clause break or a conjunction ("170
    /// elsewhere and 10,100 missing"); looking on, at a clause break or the start of another
    /// clause only, so that "11,300 killed and 10,100 missing in Derna" puts both in Derna.
    private func window(_ words: [Word], first: Int, after: Int, figureStarts: Set<Int>) -> (before: Range<Int>, after: Range<Int>) {
        func isBreak(_ w: Word) -> Bool { w.isPunctuation && ScopeFinder.clauseBreaks.contains(w.text) }
        var lo = first
        var comma: Int?
        while lo > 0 && first - lo < 10 {
            let w = words[lo - 1]
            if figureStarts.contains(w.start) {
                // "1,000 bodies recovered in Derna, 10,000 missing": past a comma, a place with a
                // figure of its own belongs to that figure.
                if let comma {
                    lo = comma + 1
                } else if let taken = placeRightAfter(words, from: lo, limit: first) {
                    // "Ryder's 10,000-plus in Kursk sits inside his 11,000": the place right
                    // after another figure is that figure's.
                    lo = taken
                }
                break
            }
            if isBreak(w) || vocab.scopeStops.contains(w.lower) { break }
            if w.text == "," && comma == nil { comma = lo - 1 }
            lo -= 1
        }
        var hi = after
        while hi < words.count && hi - after < 12 {
            // "2,794 deaths, 163 of them outside Derna", "2,513 missing: 2,410 in Derna": a figure
            // after a comma or a colon opens its own item.
            if hi > after, figureStarts.contains(words[hi].start), words[hi - 1].text == "," || words[hi - 1].text == ":" { break }
            // "died in his city": a pronoun that opens the article's own place does not end the clause.
            let opensLocalPlace = isLocalPlace(words, at: hi, limit: words.count)
            if isBreak(words[hi]) || (vocab.scopeStopsAfter.contains(words[hi].lower) && !opensLocalPlace && !isDestination(words, at: hi)) { break }
            hi += 1
        }
        return (lo..<first, after..<hi)
    }

    /// "in a single cove", "in one hospital": a spot named by a plain noun after "in a single"
    /// or "in one"; not a stretch of time ("in a single day" is a rate).
    private func singleSpot(_ words: [Word], at i: Int, limit: Int) -> String? {
        guard vocab.placeBefore.contains(words[i].lower), i + 2 < min(limit, words.count) else { return nil }
        let opener: [String]
        if words[i + 1].lower == "one" { opener = ["one"] } else if words[i + 1].lower == "a", i + 3 < min(limit, words.count), words[i + 2].lower == "single" { opener = ["a", "single"] } else { return nil }
        let noun = words[i + 1 + opener.count]
        guard !noun.isPunctuation, noun.lower.first?.isLetter == true, !vocab.functionWords.contains(noun.lower),
              vocab.rates["a " + noun.lower] == nil, !vocab.windowUnits.contains(noun.lower + "s"), vocab.noun(noun.lower) == nil else { return nil }
        return (opener + [noun.lower]).joined(separator: " ")
    }

    /// Where a place phrase ("in Kursk") within a figure's few words after `from` ends.
    private func placeRightAfter(_ words: [Word], from: Int, limit: Int) -> Int? {
        var k = from
        while k < min(limit, from + 3) {
            if vocab.placeBefore.contains(words[k].lower), let (_, end) = properName(words, from: k + 1, limit: limit) { return end }
            k += 1
        }
        return nil
    }

    // A bullet or a bar joins two items of a standfirst, not two parts of one clause.
    static let clauseBreaks: Set<String> = [";", "(", ")", "–", "—", "•", "·", "|"]
    /// How far back a leading clause is read for what makes it set the scene.
    static let sceneReach = 16

    /// `mainPlace` gives the place the article is about, which "the city" and "there" stand for.
    /// `figureStarts` holds where the article's figures start: a place beyond another figure is its own.
    func place(words: [Word], first: Int, after: Int, figureStarts: Set<Int>, mainPlace: () -> String?) -> PlaceScope {
        let (before, afterRange) = window(words, first: first, after: after, figureStarts: figureStarts)
        switch place(in: words, afterRange, forward: true, mainPlace) {
        case .named(let name, let setApart): return PlaceScope(name: name, setApart: setApart)
        case .destination(let name): return PlaceScope(name: name, isDestination: true)
        case .wholeArea: return PlaceScope(wholeArea: true)
        case .none:
            switch place(in: words, ownClause(words, before), forward: false, mainPlace) {
            case .named(let name, let setApart): return PlaceScope(name: name, setApart: setApart)
            case .destination(let name): return PlaceScope(name: name, isDestination: true)
            default: return PlaceScope(name: labelPlace(words, first: first) ?? openingPlace(words, first: first))
            }
        }
    }

    /// Where a figure holds, and whether the text sets that place against the rest of the area
    /// ("in Derna alone", "170 elsewhere") or speaks for the whole of it ("across the region").
    struct PlaceScope {
        var name: String?
        var setApart = false
        var wholeArea = false
        /// Where the figure was sent ("deployed to the Kursk region"), not where it is said to be.
        var isDestination = false
    }

    /// "(Korvel district 1,106; Brasna district 702)": an item of a list labelled by a place and
    /// the kind of area it is counts that place.
    private func labelPlace(_ words: [Word], first: Int) -> String? {
        guard first >= 2, vocab.placeLabelNouns.contains(words[first - 1].lower) else { return nil }
        var k = first - 1
        while k > 0, first - 1 - k < ScopeFinder.labelPlaceWords, words[k - 1].isCapitalised, !words[k - 1].isPunctuation { k -= 1 }
        guard k < first - 1, k == 0 || [";", "(", ":", ",", "\u{2022}", "-"].contains(words[k - 1].text) else { return nil }
        return words[k..<(first - 1)].map(\.text).joined(separator: " ")
    }
    /// How many capitalised words a place labelling a list's item may take.
    static let labelPlaceWords = 3

    /// "For Malatya, the count of 640 dead rose to 710 and 905": a sentence that opens on a
    /// place scopes every figure in it that names none of its own. "In Munich, Zelensky said…"
    /// opens on where a speaker stood.
    private func openingPlace(_ words: [Word], first: Int) -> String? {
        guard let w = words.first, vocab.placeBefore.contains(w.lower) || vocab.placeOf.contains(w.lower),
              let (name, end) = properName(words, from: 1, limit: min(words.count, 5)),
              end < first, words[end].text == "," else { return nil }
        if vocab.placeBefore.contains(w.lower),
           words[end..<first].contains(where: { vocab.attributionVerbs.contains($0.lower) || vocab.speakingWords.contains($0.lower) }) {
            return nil
        }
        return name
    }

    /// The stretch before a figure without a leading clause that sets the scene rather than the
    /// scope: "Three months after troops began arriving in Russia, estimates range from 3,000",
    /// "speaking at an air base in Germany, he put the losses at 4,000".
    private func ownClause(_ words: [Word], _ before: Range<Int>) -> Range<Int> {
        func isJoint(_ w: Word) -> Bool { w.text == "," || w.text == ":" }
        guard let comma = before.reversed().first(where: { isJoint(words[$0]) }) else { return before }
        // The clause runs back past the window to the comma or start before it, a few words at most.
        var start = comma
        while start > 0, comma - start < ScopeFinder.sceneReach, !isJoint(words[start - 1]) { start -= 1 }
        let setsScene = words[start..<comma].contains { w in
            vocab.subordinators.contains(w.lower) || vocab.attributionVerbs.contains(w.lower) || vocab.speakingWords.contains(w.lower)
        }
        return setsScene ? (comma + 1)..<before.upperBound : before
    }

    private enum Found { case named(String, setApart: Bool), destination(String), wholeArea }

    /// A past-tense verb that names no event, followed by a plain noun: "unleashed floods".
    private func isVerbWithObject(_ words: [Word], at i: Int) -> Bool {
        let w = words[i]
        guard !w.isPunctuation, !w.isCapitalised, w.lower.count > 4, w.lower.hasSuffix("ed"), vocab.events[w.lower] == nil,
              i + 1 < words.count else { return false }
        let next = words[i + 1]
        return !next.isPunctuation && !next.isCapitalised && next.lower.first?.isLetter == true
            && !vocab.functionWords.contains(next.lower) && !vocab.placeBefore.contains(next.lower) && vocab.events[next.lower] == nil
    }

    private func place(in words: [Word], _ range: Range<Int>, forward: Bool, _ mainPlace: () -> String?) -> Found? {
        let indices = forward ? Array(range) : range.reversed()
        for i in indices {
            let w = words[i]
            // "4,000 matches what Yu heard in Kyiv", "300 died, officials in Derna said": past a
            // speaker's verb, a place is where it was said.
            if forward, !w.isCapitalised, vocab.speakingWords.contains(w.lower) || vocab.attributionVerbs.contains(w.lower) { return nil }
            // "two dams unleashed floods without precedent in Libya": past a verb of another
            // clause and its object, a place is the object's.
            if forward, isVerbWithObject(words, at: i) { return nil }
            if vocab.elsewhere.contains(w.lower) { return .named("elsewhere", setApart: true) }
            if vocab.regionWide.contains(w.lower) { return .wholeArea }
            if vocab.placeBefore.contains(w.lower), let (name, end) = properName(words, from: i + 1, limit: range.upperBound),
               // "in the Front's own notice" is whose notice, no place.
               !(end < words.count && words[end].lower == "own" && words[end - 1].isPossessive),
               // "researchers at the University of Montalvo" are who they are, not where a count
               // holds ("killed 147 people at Garissa University College" is where).
               !(i >= 1 && vocab.agentNouns.contains(words[i - 1].lower)
                 && name.split(separator: " ").contains(where: { vocab.institutions.contains($0.lowercased()) })) {
                // "in Derna and surrounding areas" is wider than Derna.
                if end + 1 < words.count, words[end].lower == "and", vocab.widerArea.contains(words[end + 1].lower) { return .wholeArea }
                return .named(name, setApart: false)
            }
            if isDestination(words, at: i), let (name, _) = properName(words, from: i + 1, limit: range.upperBound) { return .destination(name) }
            // "hundreds of bodies in a single bay": one spot of the area, counted apart from it.
            if let spot = singleSpot(words, at: i, limit: range.upperBound) { return .named(spot, setApart: false) }
            if isLocalPlace(words, at: i, limit: range.upperBound), let main = mainPlace() { return .named(main, setApart: false) }
            // "a figure of 5,500 dead for Derna": a place when it is the article's own, or when the
            // sentence opens on it ("For Malatya, the count of 640 dead ...").
            if vocab.placeOf.contains(w.lower), let (name, end) = properName(words, from: i + 1, limit: range.upperBound),
               (i == 0 && end < words.count && words[end].text == ",") || (name == mainPlace() && !describesNoun(words, at: end)) {
                return .named(name, setApart: false)
            }
            // "Derna's mayor estimates 20,000 deaths": a local official speaks for the place.
            if w.isPossessive, w.isCapitalised, i + 1 < words.count, vocab.localOfficials.contains(words[i + 1].lower),
               let (name, _) = properName(words, from: i, limit: i + 1) {
                return .named(name, setApart: false)
            }
            // "Derna alone"
            if w.lower == "alone" || w.lower == "only", i > range.lowerBound {
                // "Port Ellis alone": the name's first word is as far back as its capitals go.
                var start = i - 1
                while start > range.lowerBound, i - start < 3, words[start - 1].isCapitalised, !words[start - 1].isPunctuation,
                      !vocab.placeBefore.contains(words[start - 1].lower) { start -= 1 }
                if let (name, _) = properName(words, from: start, limit: i) { return .named(name, setApart: true) }
            }
        }
        return nil
    }

    /// The place a source speaks for: "Derna's mayor", "the governor of Idaho".
    func placeOfOfficial(_ source: String) -> String? {
        let parts = source.split(separator: " ").map(String.init)
        for (i, part) in parts.enumerated() where vocab.localOfficials.contains(part.lowercased()) {
            if i >= 1, parts[i - 1].first?.isUppercase == true, parts[i - 1].withoutPossessive != parts[i - 1] {
                return parts[i - 1].withoutPossessive
            }
            if i + 2 < parts.count, parts[i + 1] == "of", parts[i + 2].first?.isUppercase == true {
                return parts[i + 2]
            }
        }
        return nil
    }

    /// "the city", "there": the article's own place.
    /// "deployed to the Kursk region", "sent to Russia": where a force is sent is where it is.
    func isDestination(_ words: [Word], at i: Int) -> Bool {
        guard i >= 1, words[i].lower == "to", let e = vocab.events[words[i - 1].lower] else { return false }
        return vocab.strengthEvents.contains(e)
    }

    func isLocalPlace(_ words: [Word], at i: Int, limit: Int) -> Bool {
        // A phrase can stand at `i` only if it opens with the word there.
        (vocab.localPlacesByFirstWord[words[i].lower] ?? []).contains { phrase in
            guard i + phrase.count <= limit else { return false }
            // "the city's toll": the place owns what follows ("there's" is no "there").
            let last = phrase.count - 1
            return zip(words[i...], phrase).enumerated().allSatisfy { k, pair in
                (k == last && last > 0 ? pair.0.lower.withoutPossessive : pair.0.lower) == pair.1
            }
        }
    }

    /// The place an article is about: the name most often written after "in", "at"... in it.
    /// Only the few words after each "in" are read, so the lead costs little more than a scan.
    func mainPlace(in index: SentenceIndex, lead: Range<Int>) -> String? {
        var counts: [String: Int] = [:]
        for p in index.positions(of: vocab.placeBefore, in: lead) {
            let words = index.words(in: p..<min(lead.upperBound, p + 80))
            if let (name, end) = properName(words, from: 1, limit: min(words.count, 5)), !describesNoun(words, at: end) { counts[name, default: 0] += 1 }
        }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    /// Whether the word at `end`, just after a name, is a counted noun the name describes:
    /// "North Korean troops", "in North Korean uniforms".
    func describesNoun(_ words: [Word], at end: Int) -> Bool {
        guard end < words.count else { return false }
        let w = words[end]
        return !w.isPunctuation && !w.isCapitalised && !vocab.functionWords.contains(w.lower) && vocab.noun(w.lower) != nil
    }

    /// A capitalised name starting at `i` ("Derna", "Victoria Park"), skipping "the"; nil for a
    /// month, a weekday or a single capital letter.
    func properName(_ words: [Word], from start: Int, limit: Int) -> (name: String, end: Int)? {
        var i = start
        if i < limit && i < words.count && words[i].lower == "the" { i += 1 }
        var parts: [String] = []
        while i < limit && i < words.count && parts.count < 3 {
            let w = words[i]
            guard !w.isPunctuation, w.isCapitalised, w.text.count > 1 else { break }
            let bare = w.text.withoutPossessive
            if lexicon.words[Lexicon.key(bare.lowercased())]?.month != nil || vocab.weekdays.contains(bare.lowercased()) { break }
            // "Russia's Kursk region": the place is the one the possessive holds, named last.
            if w.isPossessive, i + 1 < limit, i + 1 < words.count, words[i + 1].isCapitalised, !words[i + 1].isPunctuation {
                parts = []
                i += 1
                continue
            }
            parts.append(bare)
            i += 1
        }
        return parts.isEmpty ? nil : (parts.joined(separator: " "), i)
    }

    /// The day of the occasion a figure belongs to ("06-09" for "the June 9 march"), when the
    /// frame's event belongs to one or an occasion noun stands in the sentence.
    /// The dates of a sentence, read once for all its figures: where each stands, its "MM-DD",
    /// and whether it names an occasion ("the June 9 march", "Sunday's rally"). A date that opens
    /// a span ("since June 9") is a running total's start, not an occasion, and is left out.
    struct Dates {
        var entries: [(index: Int, value: String, namesOccasion: Bool)] = []
        /// The sentence counts from a date ("since June 9"): its figures are running totals.
        var opensSpan = false
        /// "Police announced a peak of 338,000 that night": the sentence names no day of its own
        /// but the one the sentence before it named.
        var onTheDayBefore = false
        /// Another year than the article's that the sentence is about: "Four years ago democrats
        /// won around 100 seats", "in 2003".
        var year: Int?
        /// Where the sentence names that year.
        var yearIndex = 0
    }

    func dates(in words: [Word]) -> Dates {
        var out = Dates()
        for (i, w) in words.enumerated() where !w.isPunctuation {
            if out.year == nil, let y = otherYear(words, at: i) { out.year = y; out.yearIndex = i }
            // "since June": a span from a month opens a running total even without a day.
            if w.lower == "since", i + 1 < words.count, lexicon.words[Lexicon.key(words[i + 1].lower)]?.month != nil {
                out.opensSpan = true
            }
            guard let d = date(words, at: i), !isDateline(words, at: i) else { continue }
            // "covering June 12 to November 30": a span between two dates counts a running total.
            if !out.entries.isEmpty, i >= 1, vocab.spanJoiners.contains(words[i - 1].lower) {
                out.opensSpan = true
                continue
            }
            if (1...2).contains(where: { i >= $0 && vocab.windowStarts.contains(words[i - $0].lower) }) {
                if (1...2).contains(where: { i >= $0 && words[i - $0].lower == "since" }) { out.opensSpan = true }
                continue
            }
            let near = max(0, i - 3)..<min(words.count, i + 4)
            // "3,293 rounds for November 18", "puts October 1 at 1,000": a figure given for a day
            // belongs to it.
            let forDay = i >= 1 && vocab.dayGivers.contains(words[i - 1].lower)
            out.entries.append((i, d, forDay || near.contains { names(words[$0], oneOf: vocab.occasions) }))
        }
        shiftRelativeDays(&out, in: words)
        out.onTheDayBefore = out.entries.isEmpty && words.indices.contains { i in
            vocab.sameDayPhrases.contains { words.hasPhrase($0, at: i, limit: words.count) }
        }
        return out
    }

    /// "KORVANY, April 13 (CPA) - Tens of thousands rallied on Saturday": a dateline's date is
    /// when the report was filed, not when what it reports happened.
    private func isDateline(_ words: [Word], at i: Int) -> Bool {
        guard (1...ScopeFinder.datelinePlaceWords).contains(i),
              words[..<i].allSatisfy({ $0.text == "," || $0.isCapitalised }), words[i - 1].text == "," else { return false }
        let rest = words[(i + 1)...].prefix(4)
        guard let mark = rest.firstIndex(where: \.isPunctuation) else { return false }
        return ["(", "-", "\u{2013}", "\u{2014}"].contains(words[mark].text)
    }

    /// How many words a dateline's place may take ("PORT KENNET,").
    static let datelinePlaceWords = 5

    /// "- June 16: 2 million / 338,000": a line opening with a date and a colon is a table row,
    /// and its figures belong to that day. `words` are the line's first words.
    func rowDate(_ words: [Word]) -> String? {
        var i = 0
        while i < words.count && words[i].isPunctuation && words[i].text != ":" { i += 1 }
        guard i < words.count, let d = date(words, at: i) else { return nil }
        let colon = words[(i + 1)...].prefix(3).firstIndex { $0.isPunctuation }
        guard let c = colon, words[c].text == ":" else { return nil }
        return d
    }

    /// The date nearest the figure: any date for an occasion's event ("fired", "took part"), else
    /// only one that names an occasion.
    func time(_ dates: Dates, first: Int, after: Int, event: String?, words: [Word]) -> String? {
        // "fired about 1,000 rounds since June 9": a running total belongs to no one day.
        let occasionEvent = (event.map(vocab.occasionEvents.contains) ?? false) && !dates.opensSpan
        var best: (distance: Int, value: String)?
        for e in dates.entries where occasionEvent || e.namesOccasion {
            // "first said more than 150,000 and on Monday raised its figure": a day opening a later
            // clause is that clause's.
            if e.index > after, opensClause(words, at: e.index) { continue }
            let distance = e.index < first ? first - e.index : max(0, e.index - after)
            if best == nil || distance < best!.distance { best = (distance, e.value) }
        }
        return best?.value
    }

    /// "and on Monday", "; on Monday": the day at `i` opens a clause.
    private func opensClause(_ words: [Word], at i: Int) -> Bool {
        var k = i - 1
        if k >= 0, vocab.timePrepositions.contains(words[k].lower) { k -= 1 }
        return k >= 0 && (words[k].text == ";" || vocab.clauseJoiners.contains(words[k].lower))
    }

    /// "9,200 people crossed on Friday": a day named right after the count and its verb is when
    /// the count happened, not when it was told ("said on Friday that 85,000 have crossed"). A toll
    /// is the disaster's whatever day it is told on, so only other events are counted by the day.
    func dayOfEvent(_ dates: Dates, words: [Word], after: Int, event: String?) -> String? {
        guard let event, !vocab.tollEvents.contains(event), !dates.opensSpan,
              let e = dates.entries.filter({ $0.index > after }).min(by: { $0.index < $1.index }), e.index - after <= Self.eventDayReach,
              !opensClause(words, at: e.index) else { return nil }
        let between = words[after..<e.index]
        // The verb stands between them: "arrivals at 131,000 on Sunday" and "at 41 in a statement
        // on Monday" tell the day of the count, not of the event.
        // "arrested after the curfew began on Friday" dates the span's start, not the arrests.
        guard let last = between.last, vocab.eventDayBefore.contains(last.lower),
              between.contains(where: { vocab.events[$0.lower] != nil }),
              !between.contains(where: { $0.isPunctuation || vocab.attributionVerbs.contains($0.lower) || vocab.windowStarts.contains($0.lower) }) else { return nil }
        return e.value
    }

    /// Words from a count to the day of its event: "people had crossed on".
    static let eventDayReach = 5

    /// "2015", "last year", "four years ago" at `i`, when it is not the article's own year and
    /// does not open a span ("since 2014" counts up to now).
    private func otherYear(_ words: [Word], at i: Int) -> Int? {
        guard let own = articleDate?.year else { return nil }
        let w = words[i]
        var year: Int?
        if w.text.count == 4, let y = Int(w.text), (1900...2100).contains(y), i == 0 || words[i - 1].lower != "since" {
            year = y
        } else if w.lower == "year" || w.lower == "years" || (w.isPossessive && w.withoutPossessive.lower == "year"), i >= 1, i + 1 < words.count {
            let before = words[i - 1].lower
            // "last year", "Last year's July 1 march".
            if before == "last" && w.lower != "years" {
                year = own - 1
            } else if vocab.yearsBack.contains(words[i + 1].lower), let n = before == "a" ? 1 : Int(before) ?? lexicon.words[Lexicon.key(before)]?.unit {
                year = own - n
            }
        }
        guard let y = year, y != own else { return nil }
        return y
    }

    /// Whether a word is one of `occasions`, and not the month "March" that a march shares its name with.
    func names(_ w: Word, oneOf occasions: WordSet) -> Bool {
        occasions.contains(w.lower) && !(w.isCapitalised && lexicon.words[Lexicon.key(w.lower)]?.month != nil)
    }

    /// "June 9", "9 June", "Aug. 5", "Sunday", "Sunday's" at `i`, as "MM-DD".
    private func date(_ words: [Word], at i: Int) -> String? {
        let w = words[i]
        // Capitals first: most words are not, and need no look-up.
        if w.isCapitalised, let month = lexicon.words[Lexicon.key(w.lower)]?.month {
            var j = i + 1
            if j < words.count && words[j].text == "." { j += 1 }
            if j < words.count, let d = day(words[j].lower) { return Self.format(month, d) }
            if i > 0, let d = day(words[i - 1].lower) { return Self.format(month, d) }
            return nil
        }
        guard let (y, m, d) = articleDate else { return nil }
        let base = w.lower.withoutPossessive
        if let weekday = vocab.weekdays.firstIndex(of: base) {
            // "last Saturday" in a Saturday's paper is a week before.
            return dayBefore(weekday: weekday, year: y, month: m, day: d, skipToday: i >= 1 && words[i - 1].lower == "last")
        }
        return nil
    }

    private func day(_ s: String) -> Int? {
        guard s.count <= 2, let d = Int(s), (1...31).contains(d) else { return nil }
        return d
    }

    /// "MM-DD", as occasions are keyed.
    static func format(_ month: Int, _ day: Int) -> String {
        (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
    }

    /// The latest day on `weekday` (0 = Sunday) no later than the article's date (before it, with
    /// `skipToday`).
    private func dayBefore(weekday: Int, year: Int, month: Int, day: Int, skipToday: Bool) -> String? {
        // A year no calendar reaches ("9223372036854775807-03-07") has no weekday to count from.
        guard (1...12).contains(month), (1...31).contains(day), (1...9999).contains(year) else { return nil }
        // Sakamoto's day-of-week formula.
        let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        let dow = (y + y / 4 - y / 100 + y / 400 + t[month - 1] + day) % 7
        var back = (dow - weekday + 7) % 7
        if back == 0, skipToday { back = 7 }
        var (m, d) = (month, day)
        let lengths = [31, (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        while back > 0 {
            d -= 1
            if d == 0 { m = m == 1 ? 12 : m - 1; d = lengths[m - 1] }
            back -= 1
        }
        return Self.format(m, d)
    }
}
