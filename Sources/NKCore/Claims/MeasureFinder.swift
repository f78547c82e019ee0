/// Reads what a figure counts from the words around it: the counted noun, the event, and the
/// modifiers that change the measure ("more", "each group of", "monthly", "among them").
struct MeasureFinder {
    let vocab: MeasureVocabulary
    static let conjunctions: Set<String> = ["and", "or", "but", "while"]
    static let closingQuotes: Set<String> = ["\"", "”", "’"]
    /// How far into a sentence an opening "Of the 9,000 injured," is looked for, and how far on
    /// from the figure its own event.
    static let openingClauseReach = 16
    /// The longest aside between a counted noun and its verb.
    static let asideReach = 14
    /// How far before a figure an event of several words is looked for ("on board at 412").
    static let phraseEventReach = 4

    /// `first` and `after` index the sentence words covered by the figure; `isShare` tells a
    /// share ("a quarter of the force"), whose "of the" names its base, not its whole.
    func frame(words: [Word], first: Int, after: Int, isShare: Bool = false) -> MeasureFrame {
        // "a magnitude 7.1 earthquake", "category 4": the figure reads a scale.
        if first >= 1, vocab.scaleNouns.contains(words[first - 1].lower) {
            var scale = MeasureFrame()
            scale.thing = words[first - 1].lower
            return scale
        }
        // "up to 50 times more likely": a multiple of the comparison, no count of anything.
        if let multiple = multiple(words, first: first, after: after) {
            var ratio = MeasureFrame()
            ratio.thing = multiple
            return ratio
        }
        var noun: String?
        var nounIndex: Int?
        var pronoun = false
        var additive = false
        var modifiers: [String] = []
        var j = after
        var steps = 0
        var head: (String, Int)?
        // "10,000 North Korean troops", "10,000 North Koreans": the capitalised words before the noun.
        var capitals: [String] = []
        let afterFigureNoun = first >= 2 && words[first - 1].lower == "of" && vocab.figureNouns.contains(words[first - 2].lower)
        // The noun phrase after the figure: its head is its last plain word, or a known noun.
        while j < words.count && steps < 6 {
            let w = words[j]
            if w.isPunctuation {
                if (w.text == "—" || w.text == "–") && head == nil && noun == nil { j += 1; continue }
                // "HK$19.1 billion (US$2.44 billion) package": past the conversion, the noun goes on.
                if j == after, w.text == "(", let close = conversionEnd(words, from: j) { j = close + 1; continue }
                // '"around 2,000" reinforcements': a quote closed right after the figure.
                if j == after, MeasureFinder.closingQuotes.contains(w.text) { j += 1; continue }
                break
            }
            if vocab.additive.contains(w.lower) && j == after { additive = true; j += 1; continue }
            // "176 outside the city", "170 in the east": a place follows, not the counted thing.
            if head == nil && (vocab.placeBefore.contains(w.lower) || vocab.elsewhere.contains(w.lower)) { break }
            if vocab.notThings.contains(w.lower) {
                // "five estimates of the losses" counts estimates; "the 11,300 figure" is the figure.
                if j == after, w.lower.hasSuffix("s"), vocab.figureNouns.contains(String(w.lower.dropLast())) {
                    noun = w.lower; nounIndex = j
                    break
                }
                // "the 11,300 figure first appeared": the figure names itself, not what follows.
                if j == after, vocab.figureNouns.contains(w.lower) { break }
                if head == nil && modifiers.isEmpty { j += 1; steps += 1; continue }
                break
            }
            if vocab.pronouns.contains(w.lower) { pronoun = true; nounIndex = j; break }
            // "2,513 reports of missing people" counts the people reported.
            if head == nil, noun == nil, vocab.reportNouns.contains(w.lower), j + 1 < words.count, words[j + 1].lower == "of" {
                j += 2; steps += 1; continue
            }
            // "the 12,000 Yonhap said": a speaker's verb ends the phrase; it is no counted thing
            // ("2,513 reports of missing people" is one).
            // Right after a count, "states" and "claims" are plural nouns: no verb agrees with a count so.
            if vocab.attributionVerbs.contains(w.lower), j + 1 >= words.count || words[j + 1].lower != "of",
               !(j == after && w.lower.hasSuffix("s") && !w.lower.hasSuffix("ss")) { break }
            if var n = vocab.noun(w.lower) {
                noun = n; nounIndex = j
                if let (h, _) = head { modifiers.append(h) }
                // "aid workers", "body bags": a noun that modifies the next one.
                if j + 1 < words.count, vocab.noun(words[j + 1].lower) != nil
                    || (continuesNounPhrase(words, at: j + 1) && words[j + 1].lower.hasSuffix("s")),
                   vocab.events[words[j + 1].lower] == nil, !vocab.notThings.contains(words[j + 1].lower) {
                    let next = words[j + 1].lower
                    modifiers = [w.lower]; n = vocab.noun(next) ?? next; noun = n; nounIndex = j + 1
                }
                // "rounds of tear gas" counts tear gas rounds.
                if vocab.containerNouns.contains(w.lower), !ofPhraseNamesNoThing(words, unit: j), let of = ofPhrase(words, after: j) {
                    modifiers = of.words; nounIndex = of.end - 1
                }
                break
            }
            if vocab.events[w.lower] != nil || vocab.rates[w.lower] != nil || phraseEvent(words, at: j) != nil { break }
            if vocab.functionWords.contains(w.lower) {
                // "12,000 of the soldiers"; but "the 12,000 the company announced": a "the" straight
                // after the figure opens another clause.
                if head == nil && (w.lower == "of" || (w.lower == "the" && j > after && words[j - 1].lower == "of")) { j += 1; continue }
                break
            }
            // "the JCS figure of 4,000 matches what Yu heard": after "figure of", the clause goes on
            // with its verb; only a known noun is counted.
            if afterFigureNoun && noun == nil { break }
            if !w.isCapitalised && !w.lower.hasSuffix("ly") && w.lower.first?.isLetter == true {
                if head != nil && !continuesNounPhrase(words, at: j) { break }
                if let (h, _) = head { modifiers.append(h) }
                head = (w.lower, j)
                // A plural closes the phrase unless a plain noun follows: "4,000 widgets last year",
                // but "55 tear gas canisters".
                if w.lower.hasSuffix("s") && !w.lower.hasSuffix("ss") && !continuesNounPhrase(words, at: j + 1) { break }
            } else if head != nil || !modifiers.isEmpty {
                break
            } else if w.isCapitalised {
                capitals.append(w.text)
            }
            j += 1
            steps += 1
        }
        if noun == nil, !pronoun, let (h, i) = head {
            if vocab.containerNouns.contains(h), !ofPhraseNamesNoThing(words, unit: i), let of = ofPhrase(words, after: i) {
                modifiers += of.words; nounIndex = of.end - 1
            } else {
                nounIndex = i
            }
            noun = vocab.noun(h) ?? h
        }
        // "10,000 North Koreans were now in Kursk": people named by their country, whom the story
        // counts under a noun of its own ("North Korean troops", see `NamedPeople`).
        let demonym = noun == nil && !pronoun ? MeasureFinder.demonym(capitals) : nil
        // "around 300 have been killed", "2,700 others": the noun comes from earlier in the sentence.
        if (noun == nil || pronoun) && demonym == nil {
            noun = nil
            modifiers = []
            // Not past the clause that reports it ("added that 10,000 …").
            var k = first - 1
            while k >= 0 && words[k].text != ";" && words[k].lower != "that" && !vocab.attributionVerbs.contains(words[k].lower) {
                // Right before the figure a noun's word is a verb ("Wildfire forces 30,000 from homes").
                if k < first - 1, let n = vocab.noun(words[k].lower) {
                    noun = n
                    if vocab.additiveNouns.contains(words[k].lower) { additive = true }
                    break
                }
                k -= 1
            }
        }
        // "the 11-12,000-strong contingent": a force's strength, whatever befell it later.
        let countsOwnNoun = nounIndex.map { $0 >= after } ?? false && !pronoun
        // "52 dead, 229 survivors": a counted noun that names its own event looks no further back.
        let namesOwnEvent = countsOwnNoun && noun.map { vocab.eventNouns[$0] != nil } ?? false
        var event = isStrength(words, after: after) ? MeasureFrame.deployment
            : self.event(words: words, first: first, from: (nounIndex ?? after - 1) + 1, countsOwnNoun: countsOwnNoun, namesOwnEvent: namesOwnEvent)
        // "227,000 people passing the counting point": a participle after the noun says which of them.
        if event == nil, let n = nounIndex, n + 1 < words.count, isParticiple(words[n + 1]) { event = words[n + 1].lower }
        // Nouns that name an event: "5,200 deaths", "4,000 casualties", "420 arrests".
        if let n = noun, let e = vocab.eventNouns[n] {
            // "37 survivors were admitted to hospital": people named by what befell them, doing or
            // undergoing something else no event here names, are not a count of what befell them.
            let actsOtherwise = event == nil && vocab.stateNouns.contains(n)
                && (nounIndex.map { actsAfter(words, noun: $0) } ?? false || isActedOn(words, first: first))
            event = event ?? (actsOtherwise ? nil : e)
            noun = nil
            modifiers = []
        }
        if !additive, first >= 1 {
            for k in stride(from: first - 1, through: max(0, first - 2), by: -1) where vocab.additive.contains(words[k].lower) { additive = true }
        }
        if !additive { additive = isNewBatch(words: words, first: first) }
        // "reinforcements" are more of a force already there.
        if !additive, let n = nounIndex, vocab.additiveNouns.contains(words[n].lower) { additive = true }
        var frame = MeasureFrame()
        if let noun {
            let isForce = vocab.forceNouns.contains(noun)
            let mods = modifiers.filter { !vocab.functionWords.contains($0) && $0 != noun && !(isForce && vocab.forceKinds.contains($0)) }
            frame.thing = (mods + [noun]).joined(separator: " ")
        }
        frame.event = event
        if let demonym {
            frame.demonym = demonym
            frame.thing = "people"
            frame.thingImplied = true
        } else if noun != nil, !capitals.isEmpty {
            frame.origin = capitals.joined(separator: " ").lowercased()
        }
        if frame.thing == nil, let e = event, vocab.peopleEvents.contains(e) { frame.thing = "people"; frame.thingImplied = true }
        // "265,790 protesters took part": who takes part is whoever came; the occasion says who.
        // So with "2,943,842 voters cast a ballot": whoever votes is a voter.
        if let e = event, vocab.whoeverEvents.contains(e), let t = frame.thing, vocab.peopleNouns.contains(t) { frame.thing = "people" }
        // "with 1,610 cases recorded": a count of its own kind of thing, not people, is no part of a toll.
        let ownNoun = nounIndex.map { $0 >= after } ?? false
        let namesOwnMeasure = ownNoun && (event != nil || noun.map { !vocab.peopleNouns.contains($0) && !vocab.forceNouns.contains($0) } ?? false)
        if isSubset(words: words, first: first, namesOwnMeasure: namesOwnMeasure) || (!isShare && isPartAfter(words: words, after: after)) {
            frame.group = "part of"
        } else if additive {
            frame.group = "additional"
        } else if isFirstBatch(words: words, first: first) {
            frame.group = MeasureFrame.firstBatch
        }
        frame.per = perUnit(words: words, first: first, from: (nounIndex ?? after - 1) + 1)
        frame.rate = rate(words: words, first: first, after: after)
        // "4,474 men": men are a force only when the story says they were sent.
        if !(nounIndex.map { vocab.generalForceWords.contains(words[$0].lower) } ?? false) {
            frame.statesStrength(forceNouns: vocab.forceNouns, forceEvents: vocab.forceEvents)
        }
        return frame
    }

    /// "North Koreans" → "north korean": capitalised words ending in a plural, read as the
    /// adjective the story may write before its own noun for them. Checked against that noun
    /// story-wide, so a plural name that is no people ("Apple Stores") is never taken for one.
    static func demonym(_ capitals: [String]) -> String? {
        guard let last = capitals.last, capitals.count <= 3, last.count > 3, last.hasSuffix("s"), !last.hasSuffix("ss"),
              !last.contains("'"), !last.contains("’") else { return nil }
        return (capitals.dropLast() + [String(last.dropLast())]).joined(separator: " ").lowercased()
    }

    /// "11,000-strong", "a 500 strong crowd": the figure gives the size of what follows.
    private func isStrength(_ words: [Word], after: Int) -> Bool {
        // Written as one word, "11,000-strong" ends the word the figure is in.
        if after > 0, words[after - 1].lower.hasSuffix("-strong") { return true }
        var j = after
        if j < words.count, words[j].text == "-" { j += 1 }
        return j < words.count && (words[j].lower == "strong" || words[j].lower == "-strong")
    }

    /// A plain "-ing" word that is no function word: "passing", "living", "fleeing".
    private func isParticiple(_ w: Word) -> Bool {
        !w.isPunctuation && !w.isCapitalised && w.lower.count > 5 && w.lower.hasSuffix("ing")
            && !vocab.functionWords.contains(w.lower) && !vocab.notThings.contains(w.lower)
            && !vocab.subsetMarkers.contains([w.lower])
    }

    /// "took part", "put out of action": an event of several words starting at `i`, longest first.
    private func phraseEvent(_ words: [Word], at i: Int) -> String? { phraseEventSpan(words, at: i)?.event }

    /// The event of several words at `i` and how many words it takes.
    private func phraseEventSpan(_ words: [Word], at i: Int) -> (event: String, length: Int)? {
        // Most words open no phrase: only those that do are joined with the next ones.
        guard vocab.eventPhraseStarts.contains(words[i].lower) else { return nil }
        var n = min(vocab.longestEventPhrase, words.count - i)
        while n >= 2 {
            let span = words[i..<(i + n)]
            if !span.contains(where: \.isPunctuation), let e = vocab.events[span.map(\.lower).joined(separator: " ")] { return (e, n) }
            n -= 1
        }
        return nil
    }

    /// "killed or wounded": an event joined to the next by "or"/"and" is either.
    private func joined(_ e: String, _ words: [Word], next j: Int) -> String {
        guard j + 1 < words.count, words[j].lower == "or" || words[j].lower == "and" else { return e }
        // "died or gone missing": an auxiliary may stand before the second event.
        var k = j + 1
        if k + 1 < words.count, MeasureFinder.joinedAuxiliaries.contains(words[k].lower) { k += 1 }
        guard let e2 = vocab.events[words[k].lower], e2 != e else { return e }
        return [e, e2].sorted().joined(separator: " or ")
    }

    static let joinedAuxiliaries: Set<String> = ["gone", "went", "been", "were", "was", "are"]

    /// Whether the word at `i` carries a noun phrase on: a plain lower-case word that is not a
    /// verb form, an event, or a function word.
    private func continuesNounPhrase(_ words: [Word], at i: Int) -> Bool {
        guard i < words.count else { return false }
        let w = words[i]
        if w.isPunctuation || w.isCapitalised || vocab.functionWords.contains(w.lower) || vocab.events[w.lower] != nil { return false }
        if w.lower.hasSuffix("ed") || w.lower.hasSuffix("ing") || w.lower.hasSuffix("ly") { return false }
        return w.lower.first?.isLetter == true
    }

    /// "of tear gas" after a container noun: up to three plain words.
    /// "within 2 km of the plant": a distance from a place, not kilometres of the plant ("236 km of
    /// containment lines" are lines).
    /// Nor is "30,000 hectares of land" any other area than "41,200 hectares".
    private func ofPhraseNamesNoThing(_ words: [Word], unit i: Int) -> Bool {
        guard i + 2 < words.count, words[i + 1].lower == "of" else { return false }
        if vocab.genericAreas.contains(words[i + 2].lower) { return true }
        return vocab.distanceUnits.contains(words[i].lower) && words[i + 2].lower == "the"
    }

    private func ofPhrase(_ words: [Word], after i: Int) -> (words: [String], end: Int)? {
        guard i + 2 < words.count, words[i + 1].lower == "of" else { return nil }
        var out: [String] = []
        var k = i + 2
        if k < words.count && (words[k].lower == "the") { k += 1 }
        while k < words.count && out.count < 3 && continuesNounPhrase(words, at: k) {
            out.append(words[k].lower)
            k += 1
        }
        return out.isEmpty ? nil : (out, k)
    }

    /// The event a word names, if it names one here: "pay" is one after "will" or "to", but
    /// "average gross pay" and "a pay rise" name a thing.
    private func eventWord(_ words: [Word], at k: Int) -> String? {
        guard let e = vocab.events[words[k].lower] else { return nil }
        guard vocab.verbOnlyEvents.contains(words[k].lower) else { return e }
        // "will pay", "will also pay".
        let marked = k >= 1 && vocab.verbMarkers.contains(words[k - 1].lower)
            || k >= 2 && vocab.sourceSkipBefore.contains(words[k - 1].lower) && vocab.verbMarkers.contains(words[k - 2].lower)
        return marked ? e : nil
    }

    /// "troops deployed", "have been killed", "wounded or killed"; else an event verb before the figure.
    private func event(words: [Word], first: Int, from start: Int, countsOwnNoun: Bool, namesOwnEvent: Bool) -> String? {
        // "2,943,842 of the 4,132,977 registered voters cast a ballot": the whole a part is
        // counted of did not all do what the part did.
        if first >= 3, words[first - 1].lower == "the", words[first - 2].lower == "of", words[first - 3].startsWithDigit { return nil }
        var j = start
        var steps = 0
        // "3,500 or so": the figure's own hedge; '"some 3,000 or more" were sent': its quote.
        if j + 1 < words.count, words[j].lower == "or", words[j + 1].lower == "so" { j += 2 }
        if j < words.count, j == start, MeasureFinder.closingQuotes.contains(words[j].text) { j += 1 }
        let opening = j
        while j < words.count && steps < 6 {
            let w = words[j]
            // "6,022 people, 4,474 men and 1,548 women aged 11 to 84, had been arrested": past an
            // aside that lists figures, the clause goes on.
            if w.text == ",", j == opening, let end = asideEnd(words, from: j) { j = end + 1; continue }
            // "three members of its humanitarian mission had lost their lives": the noun's own
            // "of" phrase is no clause of its own.
            if w.lower == "of", j == start, let end = ofPhraseEnd(words, from: j) { j = end; continue }
            // "4,000 of its members at Ardmoyle City Transit (ACT) had walked out": a name's
            // abbreviation in brackets is no end of the clause.
            if w.text == "(", j > 0, words[j - 1].isCapitalised, let close = abbreviationEnd(words, from: j) { j = close + 1; continue }
            if w.isPunctuation { break }
            // "4,000 have become casualties", "183,000 took part"
            if let n = vocab.noun(w.lower), let e = vocab.eventNouns[n] { return e }
            if let (e, n) = phraseEventSpan(words, at: j) { return joined(e, words, next: j + n) }
            if let e = eventWord(words, at: j) { return joined(e, words, next: j + 1) }
            // "40 people and wounded 120": a conjunction starts another clause.
            // "were reported missing", "still missing", "the soldiers North Korea sent".
            let skippable = vocab.functionWords.contains(w.lower) || vocab.notThings.contains(w.lower)
                || vocab.attributionVerbs.contains(w.lower) || w.isCapitalised
            guard skippable, !MeasureFinder.conjunctions.contains(w.lower) else { break }
            j += 1
            steps += 1
        }
        // "the capture of two soldiers", "the arrest of 11 people".
        if first >= 2, words[first - 1].lower == "of", let e = vocab.eventNounsBefore[words[first - 2].lower] { return e }
        // "the boat had left carrying about 130 people": a vehicle's verb counts only the people
        // right after it ("carrying an ID card … that of a 26-year-old", "the offence carries up to
        // 10 years" count no one), and not those it took somewhere ("carried 40 people to shore").
        if let b = (max(0, first - 3)..<first).last(where: { vocab.boardingVerbs[words[$0].lower] != nil }),
           !words[(b + 1)..<first].contains(where: \.isPunctuation), start > first, start <= words.count,
           words[start - 1].startsWithDigit || vocab.peopleNouns.contains(vocab.noun(words[start - 1].lower) ?? words[start - 1].lower),
           !(start < words.count && words[start].lower == "to") {
            return vocab.boardingVerbs[words[b].lower]
        }
        var k = first - 1
        var back = 0
        // "1,000 dead out of 4,000": what befell the part is not what the whole counts.
        if vocab.baseMarkers.contains(where: { words.hasPhrase($0, at: first - $0.count, limit: first) }) { return nil }
        while k >= 0 && back < 14 {
            // "52 dead, 229 survivors": a noun naming its own event takes none from another clause
            // ("Troops killed 40 strikers" still does).
            if namesOwnEvent, words[k].isPunctuation { break }
            // "52 deaths and 1,610 cases": another figure's own event noun says what befell it, not this one.
            if countsOwnNoun, k >= 1, vocab.eventNouns[words[k].lower] != nil, words[k - 1].startsWithDigit { break }
            // "the EU pledged €2 million": a donor's verb just before the figure is its event, not a
            // speaker's; further back ("in an interview released last Sunday that 12,000 …") it is not.
            let speaks = vocab.attributionVerbs.contains(words[k].lower) && !vocab.projections.contains(words[k].lower)
            // "the death toll rose to 2,300": the figure is the level of what rose, not a rise.
            let isLevel = vocab.changeEvents.contains(vocab.events[words[k].lower] ?? "") && k + 1 < words.count && words[k + 1].lower == "to"
            // "the team arrived at 265,790": a figure reached, not who arrived.
            let isAt = k + 2 == first && words[k + 1].lower == "at" && vocab.events[words[k].lower] == MeasureFrame.arrival
            // "put the number of passengers on board at 412": an event of several words, just
            // before the figure ("without power on Monday as winds reached 120 km/h" is not).
            if first - k <= MeasureFinder.phraseEventReach, let (e, n) = phraseEventSpan(words, at: k), k + n <= first { return e }
            if !isLevel, !isAt, let e = eventWord(words, at: k), !speaks || back < 3 {
                // "soldiers killed and wounded … now number more than 3,000"
                if k >= 2, MeasureFinder.conjunctions.contains(words[k - 1].lower), let e0 = vocab.events[words[k - 2].lower], e0 != e {
                    return [e0, e].sorted().joined(separator: " or ")
                }
                return e
            }
            // "total casualties having surpassed 3,000"; "casualties among 11,000 troops" are not
            // what the troops count.
            if !countsOwnNoun, let n = vocab.noun(words[k].lower), let e = vocab.eventNouns[n] { return e }
            // "11,300 people had died in the city, it said, and 170 elsewhere": a speaker's aside
            // between commas ends no clause that goes on with "and" ("…, CalFire said, fewer than
            // the 1,100 …" starts another).
            if speaks, k + 2 < words.count, words[k + 1].text == ",", words[k + 2].lower == "and", let open = (max(0, k - 3)..<k).last(where: { words[$0].text == "," }) {
                back += k - open + 1
                k = open - 1
                continue
            }
            if speaks || words[k].text == ";" { break }
            k -= 1
            back += 1
        }
        return nil
    }

    /// Where a short "of" phrase after a counted noun ends: at the auxiliary or event that goes on.
    private func ofPhraseEnd(_ words: [Word], from i: Int) -> Int? {
        var k = i + 1
        while k < words.count && k <= i + 4 {
            let w = words[k]
            if w.isPunctuation || vocab.events[w.lower] != nil || phraseEvent(words, at: k) != nil { return nil }
            if MeasureFinder.auxiliaries.contains(w.lower) { return k > i + 1 ? k : nil }
            k += 1
        }
        return nil
    }

    static let auxiliaries: Set<String> = ["had", "has", "have", "were", "was", "are", "is", "had been", "have been"]

    /// "admitted 37 survivors", "payments made to 112 survivors": a verb of doing, or "to", "for",
    /// "by", just before the figure (not one of saying or counting: "said 229 survivors").
    private func isActedOn(_ words: [Word], first: Int) -> Bool {
        guard first >= 1 else { return false }
        let w = words[first - 1]
        guard !w.isPunctuation, !w.isCapitalised else { return false }
        // "bringing the total to 229 survivors", "a combined 229 survivors": a total, an adjective.
        let before = first >= 2 ? words[first - 2].lower : ""
        if vocab.totalNouns.contains(before) || vocab.figureNouns.contains(before) || vocab.articles.contains(before) { return false }
        if MeasureFinder.recipientMarkers.contains(w.lower) { return true }
        return w.lower.hasSuffix("ed") && !vocab.countingVerbs.contains(w.lower) && !vocab.invertingVerbs.contains(w.lower)
            && !vocab.functionWords.contains(w.lower)
    }
    /// Prepositions before people who receive or undergo something ("made to 112 survivors").
    static let recipientMarkers: Set<String> = ["to", "for", "by"]

    /// A verb of doing follows the noun at `n` ("survivors were interviewed", "survivors admitted
    /// to hospital"), not one of being counted ("evacuees had registered").
    private func actsAfter(_ words: [Word], noun n: Int) -> Bool {
        var k = n + 1
        var auxiliary = false
        while k < words.count, MeasureFinder.auxiliaries.contains(words[k].lower) || words[k].lower == "been" { auxiliary = true; k += 1 }
        guard k < words.count else { return auxiliary }
        let verb = words[k]
        if vocab.countingVerbs.contains(verb.lower) { return false }
        return auxiliary || !verb.isPunctuation && !verb.isCapitalised && verb.lower.hasSuffix("ed") && !vocab.functionWords.contains(verb.lower)
    }

    /// The comma closing an aside that opens at the comma `i` and holds a figure or a speaker's
    /// verb ("…, he added, were training"), within a few
    /// words, when the clause goes on after it with its verb ("…, had been arrested"; not "…,
    /// after sales fell").
    private func asideEnd(_ words: [Word], from i: Int) -> Int? {
        var k = i + 1
        var holdsFigure = false
        while k < words.count && k <= i + MeasureFinder.asideReach {
            if words[k].text == "," {
                guard holdsFigure, k > i + 1, k + 1 < words.count else { return nil }
                let next = words[k + 1].lower
                return MeasureFinder.auxiliaries.contains(next) || vocab.events[next] != nil ? k : nil
            }
            // "about 15% of those arrested": a figure's own sign does not end the aside.
            if words[k].isPunctuation, words[k].text != "%" { return nil }
            // ", he added," is an aside too: the speaker's, not the figure's.
            holdsFigure = holdsFigure || words[k].startsWithDigit || vocab.attributionVerbs.contains(words[k].lower)
            k += 1
        }
        return nil
    }

    /// "Among them, about 3,000", "with an estimated 3,000 deployed": part of a whole named before.
    /// "With 9,000 people injured" after a death toll names a thing and an event of its own: no
    /// part of the toll.
    private func isSubset(words: [Word], first: Int, namesOwnMeasure: Bool) -> Bool {
        var k = first - 1
        while k >= 0 && words[k].isPunctuation && words[k].text == "," { k -= 1 }
        // "along with 10,000 rubber bullets" adds to what came before; it is no part of it.
        if vocab.additionMarkers.contains(where: { words.hasPhrase($0, at: k + 1 - $0.count, limit: k + 1) }) { return false }
        if vocab.subsetMarkers.contains(where: { words.hasPhrase($0, at: k + 1 - $0.count, limit: k + 1) && !(namesOwnMeasure && vocab.weakSubsetMarkers.contains($0)) }) {
            return true
        }
        // "Of the 9,000 injured, 2,100 were still in hospital." ("Of the 5,000 deployed, 300 have
        // been killed" names an event of its own.) Read within a short reach, so that a long
        // sentence's figures each cost the same.
        let reach = MeasureFinder.openingClauseReach
        guard words.first?.lower == "of", first <= reach,
              let comma = words[..<first].lastIndex(where: { $0.text == "," }), comma > 1,
              !words[first..<min(words.count, first + reach)].contains(where: { vocab.events[$0.lower] != nil }) else { return false }
        return words[1..<comma].contains { $0.startsWithDigit }
    }

    /// "times more likely", "times heavier": the multiple a figure states, and of what; "a
    /// factor of three" states one of nothing named.
    private func multiple(_ words: [Word], first: Int, after: Int) -> String? {
        if first >= 2, words[first - 1].lower == "of", vocab.multipleNounsBefore.contains(words[first - 2].lower) { return words[first - 2].lower }
        guard after + 1 < words.count, vocab.multipleWords.contains(words[after].lower) else { return nil }
        let next = words[after + 1]
        guard !next.isPunctuation, !next.isCapitalised else { return nil }
        if vocab.comparativeWords.contains(next.lower) {
            guard after + 2 < words.count, !words[after + 2].isPunctuation else { return nil }
            return [words[after].lower, next.lower, words[after + 2].lower].joined(separator: " ")
        }
        // "six times heavier"; not "three times Seoul's" nor "three times a day".
        guard next.lower.count > 4, next.lower.hasSuffix("er") else { return nil }
        return words[after].lower + " " + next.lower
    }

    /// The ")" closing "(ACT)" or "(TAWU)" at `i`: one word in capitals, in brackets ("(2023)" is none).
    private func abbreviationEnd(_ words: [Word], from i: Int) -> Int? {
        guard i + 2 < words.count, words[i + 2].text == ")", words[i + 1].text.count >= 2,
              words[i + 1].text.contains(where: \.isLetter),
              words[i + 1].text.allSatisfy({ $0.isUppercase || $0.isNumber }) else { return nil }
        return i + 2
    }

    /// The ")" closing a short parenthesis that opens at `i` and holds a figure: "(US$2.44 billion)".
    func conversionEnd(_ words: [Word], from i: Int) -> Int? {
        var k = i + 1
        var holdsFigure = false
        while k < words.count, k <= i + 5 {
            if words[k].text == ")" { return holdsFigure ? k : nil }
            if words[k].lower.contains(where: \.isNumber) { holdsFigure = true }
            k += 1
        }
        return nil
    }

    /// "a second group of about 1,500 soldiers", "another wave of 3,000": a batch added to earlier ones.
    private func isNewBatch(words: [Word], first: Int) -> Bool {
        batchOrdinal(words: words, first: first).map { vocab.batchOrdinals.contains($0) || vocab.additive.contains($0) } ?? false
    }

    /// "the first batch of 1,500 special forces": the opening batch is neither the whole sent so
    /// far nor an addition to it.
    private func isFirstBatch(words: [Word], first: Int) -> Bool {
        batchOrdinal(words: words, first: first).map(vocab.firstOrdinals.contains) ?? false
    }

    /// The word before a batch noun that the figure sizes ("second" in "a second group of
    /// 1,500", or in "the second batch was only about 1,500").
    private func batchOrdinal(words: [Word], first: Int) -> String? {
        if first >= 3, words[first - 1].lower == "of", vocab.batchNouns.contains(words[first - 2].lower) {
            return words[first - 3].lower
        }
        var k = first - 1
        while k >= 1, first - k <= 4, !words[k].isPunctuation {
            if vocab.batchNouns.contains(words[k].lower) { return words[k - 1].lower }
            guard vocab.functionWords.contains(words[k].lower) else { return nil }
            k -= 1
        }
        return nil
    }

    /// "seven bodies, three of them children": a figure followed by "of them" counts part of one before.
    private func isPartAfter(words: [Word], after: Int) -> Bool {
        if vocab.subsetMarkers.contains(where: { $0.first == "of" && words.hasPhrase($0, at: after, limit: words.count) }) { return true }
        // "some 300 of the wounded", "2,000 of those sent"
        return after + 2 < words.count && words[after].lower == "of" && vocab.partOfDeterminers.contains(words[after + 1].lower)
            && !words[after + 2].isPunctuation && words[after + 2].lower.first?.isNumber != true
    }

    /// "each group of 30 troops" → "group"; "$2,000 per soldier" → "soldier".
    private func perUnit(words: [Word], first: Int, from start: Int) -> String? {
        if first >= 3, words[first - 1].lower == "of", vocab.perUnit.contains(words[first - 3].lower) {
            return words[first - 2].lower
        }
        var j = start
        while j + 1 < words.count && j < start + 3 {
            if vocab.perUnit.contains(words[j].lower), !words[j + 1].isPunctuation,
               vocab.rates[words[j].lower + " " + words[j + 1].lower] == nil {
                return vocab.noun(words[j + 1].lower) == "troops" ? "soldier" : words[j + 1].lower
            }
            if words[j].isPunctuation { break }
            j += 1
        }
        return nil
    }

    /// "monthly payments", "$1.1 billion annually", "a month".
    private func rate(words: [Word], first: Int, after: Int) -> String? {
        for k in stride(from: first - 1, through: max(0, first - 5), by: -1) {
            if let r = vocab.rates[words[k].lower] { return r }
        }
        var j = after
        while j < words.count && j < after + 5 {
            if let r = vocab.rates[words[j].lower] { return r }
            // "a week later" dates; "a week" counts per week.
            if j + 1 < words.count, let r = vocab.rates[words[j].lower + " " + words[j + 1].lower],
               j + 2 >= words.count || !vocab.relativeTimeAfter.contains(words[j + 2].lower) { return r }
            j += 1
        }
        if let r = window(words: words, in: after..<min(words.count, after + 8), forward: true) { return r }
        return window(words: words, in: max(0, first - 10)..<first, forward: false)
    }

    static let recentFillers: Set<String> = ["past", "last", "previous"]
    /// How a stretch that ends when the article is written opens: its count is of that day.
    static let pastWindow = "in the past "

    /// A number of units: "24", "three", "twenty"; not "recent" or "few".
    private func isAmount(_ w: Word) -> Bool {
        if w.startsWithDigit { return true }
        guard let info = Lexicon.standard.words[Lexicon.key(w.lower)] else { return false }
        return info.unit != nil || info.ten != nil
    }

    /// "in the previous week alone", "in a single day", "on the day after the storm": a count over
    /// one period is that period's rate, the same quantity as "a thousand a week".
    private func window(words: [Word], in range: Range<Int>, forward: Bool) -> String? {
        for j in forward ? Array(range) : range.reversed() {
            if words[j].isPunctuation { if forward { break } else { continue } }
            guard vocab.windowOpeners.contains(words[j].lower) else { continue }
            // "in the week" only places it; "in the previous week", "on the day" count over one.
            var k = j + 1
            var counted = words[j].lower == "on"
            while k < words.count && k < j + 4 && vocab.windowFillers.contains(words[k].lower) {
                counted = counted || words[k].lower != "the"
                k += 1
            }
            if counted, k < words.count, let r = vocab.rates["a " + words[k].lower] { return r }
            // "in the past three days", "within 24 hours": a count over a stretch of several units
            // ("the first march in four months" dates the march instead).
            // Before the figure, the stretch ends before it: "over three months" is the figure's own.
            if k + 1 < words.count, forward || k + 1 < range.upperBound, vocab.windowUnits.contains(words[k + 1].lower), isAmount(words[k]),
               !words[max(0, j - 8)..<j].contains(where: { $0.lower == "first" }) {
                // "the past", "the last": the stretch ends when the article is written (see `pastWindow`).
                let recent = words[(j + 1)..<k].contains { MeasureFinder.recentFillers.contains($0.lower) }
                return (recent ? MeasureFinder.pastWindow : "in ") + words[k].lower + " " + words[k + 1].lower
            }
        }
        return nil
    }
}
