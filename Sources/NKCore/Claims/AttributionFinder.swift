/// Reads who a sentence says a figure comes from: "according to X", "citing X", "X said/told/
/// estimated/put the toll at", the inverted ", says X" / ", said Marie Roe, the group's head",
/// "X's figures", a "Label: figures" line, and "X, which provided the estimate" in the next
/// sentence. Pronouns and definite descriptions ("he said", "the agency") come back as anaphors for
/// `AttributionContext` to resolve against earlier sentences.
struct AttributionFinder {
    let vocab: MeasureVocabulary
    static let determiners: Set<String> = ["a", "an", "the", "its", "their", "this", "that"]

    /// A speaker named in a sentence, at the word index of its cue.
    struct Cue {
        var index: Int
        var name: String
        /// "he", "it", "the agency": names someone only through an earlier sentence.
        var anaphor: Bool
        /// For a definite description, the noun that must match its antecedent ("agency").
        var head: String?
        /// "the agency", "the same organisation": may stand for whoever spoke last without holding
        /// its noun, unless that speaker is another kind of body or a group of people.
        var bare = false
        /// "citing the ministry": the source's own source, not a speaker for later sentences.
        var secondary = false
        /// Named by a weak verb ("released", "put … at"): counts only when no reporting verb does.
        var weak = false
        /// "Libyan Red Crescent: 11,300 killed": a label heading its line.
        var label = false
        /// "according to X", "citing X": the cue comes before the name.
        var before = false
        /// "\"about 1,500\" from Ukrainian intelligence": names the quoted figure just before it.
        var follows = false
        /// "\"… two-thirds have died.\" - President Zelensky": names the quotation before it.
        var quoteDash = false
    }

    /// The speaker of the figure at word `first` within the sentence alone (anaphors as written),
    /// or named by the next sentence.
    func source(words: [Word], first: Int, next: [Word]) -> String? {
        if let c = best(cues(words), first: first, words: words) { return c.name }
        return backReference(next)
    }

    /// The cue that governs word `first`: the closest one before it, else the closest after — but not
    /// across a ";", nor a later cue across ":" or ", and" / ", but" (another clause's speaker).
    func best(_ cues: [Cue], first: Int, words: [Word]) -> Cue? {
        var best: Cue?
        // "\"about 1,500\" from X", "the roughly 1,000 that Western officials gave": bound to this figure.
        if let c = cues.first(where: { $0.follows && binds(words, figure: first, cue: $0.index) }) { return c }
        if let c = cues.first(where: { !$0.label && !$0.before && relative(words, figure: first, cue: $0.index) }) { return c }
        var open = cues.filter { !separated(words, $0, first) && !(words.indices.contains($0.index + 1) && $0.index > first && vocab.sourceStopWords.contains(words[$0.index + 1].lower) && words[$0.index + 1].lower == "that") }
        // "…, far more than the 12 the coast guard lists as missing": a cue in a later figure's
        // relative clause speaks for that figure alone.
        open.removeAll { $0.index > first && inRelativeClause(words, cue: $0.index, after: first) }
        // "… an official said, after two dams gave way": the reporter's own background clause.
        open.removeAll { c in
            c.index < first && !c.label && !c.before && (c.index + 1..<first).contains { k in
                words[k].text == "," && k + 1 < first && vocab.subordinators.contains(words[k + 1].lower)
            }
        }
        // A speaker within the figure's own clause (no ":" or ";" between) outranks one across it.
        let near = open.filter { !crosses(words, $0.index, first, marks: [":", ";"]) }
        if !near.isEmpty { open = near }
        var strong = open.filter { !$0.weak }
        // "Zelensky says losses top 3,000, Seoul's military puts them at 1,100": a weak verb in a
        // later clause of its own, nearer the figure than any reporting verb, names the figure.
        if let w = open.filter({ $0.weak && !$0.label && $0.index < first }).max(by: { $0.index < $1.index }),
           !strong.isEmpty, strong.allSatisfy({ $0.index < w.index && (crosses(words, $0.index, w.index, marks: [","]) || opensClause(words, $0.index, w.index)) }) {
            strong.append(w)
        }
        let pool = strong.isEmpty ? open : strong
        let primary = pool.filter { !$0.secondary }
        for c in primary.isEmpty ? pool : primary {
            guard let b = best else { best = c; continue }
            let (before, bBefore) = (c.index < first, b.index < first)
            if before != bBefore { if before { best = c }; continue }
            if abs(c.index - first) < abs(b.index - first) { best = c }
        }
        return best
    }

    private func separated(_ words: [Word], _ c: Cue, _ figure: Int) -> Bool {
        let cue = c.index
        let (lo, hi) = (min(cue, figure), max(cue, figure))
        guard hi - lo > 1, hi <= words.count else { return false }
        // "…: its first recession in a decade, according to government data." covers the sentence.
        // "…, and two more were injured, the minister added.": a cue closing the sentence covers it.
        let closing = cue > figure && cue + 1 <= words.count && !words[(cue + 1)...].contains { $0.isPunctuation && $0.text != "." && !isQuote($0) }
        let quoted = words[(lo + 1)..<hi].contains(where: isQuote)
        for k in (lo + 1)..<hi {
            let w = words[k]
            if w.text == ";" { return true }
            guard cue > figure, !(closing && c.before) else { continue }
            if w.text == ":" { return true }
            // "…, and neither side has said": a later clause's speaker.
            if !closing, !quoted, w.text == ",", k + 1 < hi, vocab.clauseJoiners.contains(words[k + 1].lower) { return true }
        }
        return false
    }

    /// "Red Crescent says 11,300 dead as UN appeals for $71.4m": a clause opener between two cues.
    private func opensClause(_ words: [Word], _ a: Int, _ b: Int) -> Bool {
        guard b - a > 1 else { return false }
        return words[(a + 1)..<b].contains { vocab.clauseOpeners.contains($0.lower) }
    }

    /// Whether one of `marks` stands between word `a` and word `b`.
    private func crosses(_ words: [Word], _ a: Int, _ b: Int, marks: Set<String>) -> Bool {
        let (lo, hi) = (min(a, b), max(a, b))
        guard hi - lo > 1, hi <= words.count else { return false }
        return words[(lo + 1)..<hi].contains { marks.contains($0.text) }
    }

    /// "\"about 1,500\" from X": the quotation closing right before the cue holds the figure.
    private func binds(_ words: [Word], figure: Int, cue: Int) -> Bool {
        guard cue >= figure + 2, cue - figure <= 8, isQuote(words[cue - 1]) else { return false }
        return !words[(figure + 1)..<(cue - 1)].contains { isQuote($0) || ($0.isPunctuation && $0.text != ".") }
    }

    /// "the roughly 1,000 that Western officials gave the BBC": "that"/"which" just after the figure
    /// opens a clause whose subject is the cue.
    private func relative(_ words: [Word], figure: Int, cue: Int) -> Bool {
        guard cue > figure, cue - figure <= 10 else { return false }
        var r = figure + 1
        while r < cue && r - figure <= 4 && !vocab.relativePronouns.contains(words[r].lower) {
            if words[r].isPunctuation { return false }
            r += 1
        }
        guard r < cue, vocab.relativePronouns.contains(words[r].lower), r + 1 < cue, cue - r <= 6 else { return false }
        // "1,000 that officials said …" — the subject must be a speaker between "that" and the verb.
        return !words[(r + 1)..<cue].contains { $0.isPunctuation }
    }

    /// Whether the cue at `cue` opens a relative clause of a figure after word `after`: "the 12
    /// the coast guard lists", "the 1,000 that officials gave".
    private func inRelativeClause(_ words: [Word], cue: Int, after: Int) -> Bool {
        var k = cue - 1
        while k > after && cue - k <= 6 {
            let w = words[k]
            if w.isPunctuation { return false }
            if w.startsWithDigit, k + 1 < cue {
                let opener = words[k + 1].lower
                guard vocab.relativePronouns.contains(opener) || AttributionFinder.determiners.contains(opener) else { return false }
                // "Of the 1,200 to 1,500 the ministry counted": the same figure's other end.
                return words[(after + 1)..<k].contains { !AttributionFinder.rangeWords.contains($0.lower) && $0.lower.first?.isNumber != true }
            }
            k -= 1
        }
        return false
    }

    /// What joins the two ends of one range.
    static let rangeWords: Set<String> = ["to", "and", "or", "-", "–", "—"]

    /// A lowercase word that is no kind of speaker, pronoun, function word or adverb: "breach"
    /// in "breach estimate".
    private func isPlainNoun(_ w: Word) -> Bool {
        !w.isPunctuation && !w.isCapitalised && w.lower.first?.isLetter == true && !w.lower.hasSuffix("ly")
            && !vocab.functionWords.contains(w.lower) && !vocab.namesBody(w.lower)
            && !vocab.anaphorPronouns.contains(w.lower) && !vocab.evidenceNouns.contains(w.lower)
    }

    /// Every attribution in the sentence, in order.
    func cues(_ words: [Word]) -> [Cue] {
        var out: [Cue] = []
        func add(_ c: Cue?) { if let c { out.append(c) } }
        if var label = label(words) { label.label = true; out.append(label) }
        for i in words.indices where words[i].isPunctuation { add(quoteDash(words, at: i)) }
        for (i, w) in words.enumerated() where !w.isPunctuation {
            let roles = vocab.roles(w.lower)
            for phrase in roles.contains(.opensAttribution) ? vocab.attributionBeforeByFirstWord[w.lower] ?? [] : [] {
                if words.hasPhrase(phrase, at: i) {
                    // "This number comes from Derna's mayor" — not "shells come from North Korea".
                    if vocab.originPhrases.contains(phrase.joined(separator: " ")),
                       !words[max(0, i - 3)..<i].contains(where: { vocab.evidenceNouns.contains($0.lower) || vocab.originSubjects.contains($0.lower) }) { continue }
                    if var c = cue(nameAfter(words, from: i + phrase.count), at: i) {
                        c.secondary = vocab.secondaryBefore.contains(phrase.joined(separator: " "))
                        c.before = true
                        out.append(c)
                    }
                }
            }
            // "the Lakeside Survey Institute": an evidence noun inside a proper name owns nothing.
            if roles.contains(.evidenceNoun), !(w.isCapitalised && i + 1 < words.count && isNamePart(words[i + 1].text)) { add(owner(words, of: i)) }
            // "Zelensky's figure would mean a quarter, while Seoul's would mean one in ten": the
            // possessive stands for its figure.
            if isNamePart(w.text), w.isPossessive, i + 1 < words.count, vocab.possessiveEllipsis.contains(words[i + 1].lower),
               let n = possessiveName(words, at: i), canSpeak(n) {
                out.append(Cue(index: i, name: n, anaphor: false))
            }
            if let c = quoteFrom(words, at: i) { out.append(c); continue }
            let finding = roles.contains(.findingVerb)
            guard roles.contains(.attributionVerb) || finding else { continue }
            // "rejected reports of more than 5,300 dead": a noun.
            if vocab.verbNouns.contains(w.lower), i + 1 < words.count, words[i + 1].lower == "of" { continue }
            // "a March report", "a different estimate": the noun, not the verb; "difficult to say": no one says.
            let determiners = AttributionFinder.determiners
            let isNoun = (i >= 1 && determiners.contains(words[i - 1].lower))
                || (i >= 2 && determiners.contains(words[i - 2].lower)
                    && (words[i - 1].isCapitalised || !vocab.namesBody(words[i - 1].lower)))
                // "Telvora raises breach estimate to 3 million": a plain noun that does not agree
                // with the verb ("aid workers estimate", "a viral post claims" do) makes one noun.
                || (i >= 1 && isPlainNoun(words[i - 1]) && words[i - 1].lower.hasSuffix("s") == w.lower.hasSuffix("s"))
            // "The JCS lists \"a considerable amount\"": after an acronym, a verb when its object follows.
            let object = i >= 1 && words[i - 1].isAcronym && i + 1 < words.count
                && (isQuote(words[i + 1]) || words[i + 1].startsWithDigit || AttributionFinder.determiners.contains(words[i + 1].lower)
                    || i + 2 < words.count && words[i + 2].startsWithDigit)
            if (isNoun && !object && vocab.verbNouns.contains(w.lower)) || (i >= 1 && words[i - 1].lower == "to") { continue }
            if i >= 1 && (words[i - 1].text == "," || isQuote(words[i - 1]) || isDash(words[i - 1])), vocab.invertingVerbs.contains(w.lower), !appositiveName(words, before: i - 1) {
                // ", says the UN migration agency", "” said Marie Roe, the group's head"
                if let c = inverted(words, after: i) { out.append(c); continue }
            }
            guard var c = subjectCue(words, before: i) else { continue }
            if finding {
                // "the Audit Bureau found that …", "official figures showed …" — not "they found a cave".
                let that = i + 1 < words.count && vocab.relativePronouns.contains(words[i + 1].lower)
                let record = c.name.split(separator: " ").last.map { vocab.evidenceNouns.contains($0.lowercased()) } ?? false
                if !(that || record && !c.anaphor) { continue }
            }
            if vocab.weakAttributionVerbs.contains(w.lower) || finding {
                if !c.anaphor, !canSpeak(c.name, evidence: finding) { continue }
                c.weak = true
            }
            out.append(c)
        }
        return out
    }

    /// "South Korea’s Defense Ministry, which provided the estimate …" opening the next sentence.
    func backReference(_ next: [Word]) -> String? {
        for (i, w) in next.enumerated() {
            for phrase in vocab.backReferences where phrase[0] == w.lower {
                if next.hasPhrase(phrase, at: i) { return subjectAtStart(next) }
            }
        }
        return nil
    }

    /// The proper name a sentence opens with, for pronouns in the sentences after it:
    /// "The International Committee of the Red Cross is handing out …" → that committee.
    func openingName(_ words: [Word]) -> String? {
        // "A data firm, ASI Analytics and Media, went the other way": the name in apposition.
        if let f = words.first, !isNamePart(f.text) || vocab.sourceDropLeading.contains(f.lower),
           let comma = words.prefix(6).firstIndex(where: { $0.text == "," }), comma >= 2,
           words[..<comma].dropFirst().allSatisfy({ !$0.isPunctuation && !isNamePart($0.text) }),
           comma + 1 < words.count, isNamePart(words[comma + 1].text) {
            var end = comma + 1
            while end < words.count && end - comma <= 8 && !words[end].isPunctuation && (isNamePart(words[end].text) || vocab.nameJoiners.contains(words[end].lower) || words[end].lower == "and") { end += 1 }
            if end < words.count, words[end].text == ",", let n = name(Array(words[(comma + 1)..<end])) { return n }
        }
        var i = openingWord(words)
        while i < words.count && vocab.sourceDropLeading.contains(words[i].lower) { i += 1 }
        var end = i
        while end < words.count && end - i < 8 {
            let w = words[end]
            if isNamePart(w.text) && !vocab.notSources.contains(w.lower) && !vocab.notSourceLabels.contains(w.lower) { end += 1; continue }
            if vocab.nameJoiners.contains(w.lower), end + 1 < words.count, words[end + 1].isCapitalised { end += 1; continue }
            break
        }
        guard end > i, !(end == i + 1 && vocab.functionWords.contains(words[i].lower)) else { return nil }
        if end < words.count, words[end].text == ":" { return nil }
        // "THE SUMMER SO FAR": a heading in capitals is not a name.
        if end - i > 1, words[i..<end].allSatisfy(\.isAcronym) { return nil }
        // "Counting by hand …": a capitalised first word alone may be any word.
        if end == i + 1, !words[i].isAcronym, words[i].lower.hasSuffix("ing") || words[i].lower.hasSuffix("ly") { return nil }
        return name(Array(words[i..<end]))
    }

    private func isQuote(_ w: Word) -> Bool { ["\"", "”", "“", "’", "'"].contains(w.text) }
    private func isDash(_ w: Word) -> Bool { w.text == "–" || w.text == "—" }

    /// ", Sabrina Singh, said": the words between the commas are a name, so the verb has its subject.
    private func appositiveName(_ words: [Word], before comma: Int) -> Bool {
        guard words[comma].text == "," else { return false }
        var open = comma - 1
        while open >= 0 && words[open].text != "," && comma - open <= 6 { open -= 1 }
        guard open >= 0, words[open].text == ",", open + 1 < comma else { return false }
        return words[(open + 1)..<comma].allSatisfy { isNamePart($0.text) || vocab.nameJoiners.contains($0.lower) }
            && isNamePart(words[open + 1].text)
    }

    /// "Organisers said 1.7 million, police 128,000", "Dead: company 12; ministry 15": after a
    /// comma, a semicolon or "and", a speaker written straight before the figure, with no more
    /// than the figure's unit after it, gives that figure alone. The verb is an earlier clause's
    /// whose speaker is its subject ("Officials said Russia has lost 3,000 tanks, Ukraine 1,200"
    /// sets Ukraine beside Russia, not beside the officials), or a label heads a list of bodies.
    func gappedSpeaker(_ words: [Word], first: Int, after: Int, cues: [Cue]) -> String? {
        var j = after
        while j < words.count, !words[j].isPunctuation {
            j += 1
            if j - after > AttributionFinder.gappedUnitWords { return nil }
        }
        var k = first - 1
        var phrase: [Word] = []
        while k >= 0, phrase.count < AttributionFinder.gappedNameWords, !words[k].isPunctuation, !vocab.clauseJoiners.contains(words[k].lower) {
            phrase.insert(words[k], at: 0)
            k -= 1
        }
        guard k >= 1, let last = phrase.last else { return nil }
        let separator = words[k]
        let afterLabel = separator.text == ":"
        guard afterLabel || separator.text == "," || separator.text == ";" || vocab.clauseJoiners.contains(separator.lower) else { return nil }
        if let f = phrase.first, AttributionFinder.determiners.contains(f.lower) { phrase.removeFirst() }
        guard !phrase.isEmpty, !vocab.notSources.contains(last.lower) else { return nil }
        // "…, police 128,000, organisers said": the speaker comes after.
        if cues.contains(where: { $0.index > first && !$0.label }) { return nil }
        // "the interior ministry", "police"; or a name throughout ("Ostrowin", "the Red Cross").
        let body = vocab.namesBody(last.lower)
            && phrase.dropLast().allSatisfy { isNamePart($0.text) || !vocab.functionWords.contains($0.lower) }
        guard body || phrase.allSatisfy({ isNamePart($0.text) }) else { return nil }
        let window = max(0, k - AttributionFinder.gappedReach)..<k
        if cues.contains(where: { $0.index < k && $0.index >= window.lowerBound && !$0.label && !$0.before && speaksFirstFigure(words, cue: $0.index, before: k, speakerIsBody: body) }) {
            return name(phrase)
        }
        // "Dead: company 12; ministry 15": bodies listed under a label; "Killed: civilians 300;
        // police 12" lists kinds of people, and police among them are no speaker.
        let label = afterLabel ? k : words[window].lastIndex { $0.text == ":" }
        guard body, let colon = label, !vocab.peopleNouns.contains(last.lower) else { return nil }
        let listsPeople = (min(colon + 1, k)..<k).contains { vocab.peopleNouns.contains(words[$0].lower) && $0 + 1 < words.count && words[$0 + 1].startsWithDigit }
        return listsPeople ? nil : name(phrase)
    }

    /// Whether the cue's own speaker is the subject of the first figure after it: no other
    /// subject (a name, a body, a counted noun) stands between the verb and that figure, and,
    /// unless the gapped speaker is a body, no place is named in the clause ("38 died in Ostrel,
    /// Kenton 12" names two places).
    private func speaksFirstFigure(_ words: [Word], cue: Int, before k: Int, speakerIsBody body: Bool) -> Bool {
        guard cue + 1 < k, let figure = (cue + 1..<k).first(where: { words[$0].startsWithDigit }) else { return false }
        let between = words[(cue + 1)..<figure]
        if between.contains(where: { (isNamePart($0.text) && !$0.isPunctuation) || vocab.namesBody($0.lower) || vocab.noun($0.lower) != nil }) { return false }
        guard !body else { return true }
        return !(figure..<k).contains { vocab.placeBefore.contains(words[$0].lower) && $0 + 1 < k && isNamePart(words[$0 + 1].text) }
    }
    /// "police 128,000", "the union 710 metres": at most this many words of unit after the figure.
    static let gappedUnitWords = 2
    /// "the state mining inspectorate": at most this many words name a gapped speaker.
    static let gappedNameWords = 4
    /// How far back a gapped speaker's reporting verb or list label may stand, in words.
    static let gappedReach = 40

    /// "Blinken's 10,000", "the Western officials' 40%": the owner of the figure, if it can speak.
    func ownerOfFigure(_ words: [Word], first: Int) -> Cue? {
        var k = first - 1
        // "the Western officials’ 40%": the apostrophe may stand alone after a plural.
        let plural = k >= 1 && (words[k].text == "’" || words[k].text == "'") && words[k - 1].lower.hasSuffix("s") && !words[k - 1].isPunctuation
        if !plural && k >= 0 && isQuote(words[k]) { k -= 1 }
        guard k >= 0 else { return nil }
        // "its 10,000 by December": the owner is an earlier speaker.
        if vocab.anaphorPossessives.contains(words[k].lower) {
            var c = Cue(index: k, name: words[k].text, anaphor: true)
            c.weak = true
            return c
        }
        var t = words[k].text
        // "the Western officials’ 40%": the apostrophe may stand alone after a plural.
        if (t == "’" || t == "'"), k >= 1, words[k - 1].lower.hasSuffix("s"), !words[k - 1].isPunctuation {
            k -= 1
            t = words[k].text + "’"
        }
        guard t.hasSuffix("’s") || t.hasSuffix("'s") || t.hasSuffix("s’") || t.hasSuffix("s'") else { return nil }
        var w = words[k]
        let drop = (t.hasSuffix("s’") || t.hasSuffix("s'")) ? 1 : 2
        w.text = String(t.dropLast(drop))
        w.lower = w.text.lowercased()
        guard vocab.anaphorPronouns.contains(w.lower) == false else { return nil }
        var phrase = [w]
        var j = k - 1
        while j >= 0 && phrase.count < 6 && !words[j].isPunctuation && (isNamePart(words[j].text) || vocab.nameJoiners.contains(words[j].lower)) {
            phrase.insert(words[j], at: 0); j -= 1
        }
        guard let n = name(phrase), canSpeak(n) else { return nil }
        var c = Cue(index: k, name: n, anaphor: false)
        c.weak = true
        return c
    }

    /// A name, or a known kind of speaker ("officials", "the police"): what a weak verb needs.
    /// With `evidence`, a record too: "official figures later showed".
    private func canSpeak(_ name: String, evidence: Bool = false) -> Bool {
        let parts = name.split(separator: " ")
        if parts.contains(where: { isNamePart(String($0)) }) { return true }
        guard let last = parts.last?.lowercased() else { return false }
        // A body speaks as its people do: "the insurers' association said".
        return vocab.namesBody(last) || evidence && vocab.evidenceNouns.contains(last)
    }

    /// How far back a possessive pronoun looks for "X's" in its own sentence.
    static let possessorReach = 12

    /// The name ending in the possessive at word `k`: "South Korea’s" → "South Korea".
    private func possessiveName(_ words: [Word], at k: Int) -> String? {
        var phrase = [words[k].withoutPossessive]
        var j = k - 1
        while j >= 0 && phrase.count < 6 && !words[j].isPunctuation && isNamePart(words[j].text) { phrase.insert(words[j], at: 0); j -= 1 }
        return name(phrase)
    }

    /// "Ryder's 10,000-plus in Kursk sits inside his 11,000": the nearest "X's" before word `end`.
    func possessor(_ words: [Word], before end: Int) -> String? {
        var k = min(end, words.count) - 1
        while k >= 0 && end - k <= AttributionFinder.possessorReach {
            if isNamePart(words[k].text), words[k].isPossessive { return possessiveName(words, at: k) }
            k -= 1
        }
        return nil
    }

    /// "HOW THE COUNTS COMPARE (organisers / police)": the speakers of a table's columns, from a
    /// parenthesis closing the heading line, split at "/".
    func columnHeads(_ words: [Word]) -> [String]? {
        var end = words.count - 1
        while end >= 0 && (words[end].text == ":" || words[end].text == ".") { end -= 1 }
        guard end >= 2, words[end].text == ")" else { return nil }
        var open = end - 1
        while open >= 0 && words[open].text != "(" && end - open <= 16 { open -= 1 }
        guard open >= 0, words[open].text == "(" else { return nil }
        var heads: [String] = []
        var part: [Word] = []
        for w in words[(open + 1)..<end] + [Word(text: "/", lower: "/", start: 0, end: 0, isPunctuation: true)] {
            if w.text == "/" {
                guard let n = name(part), canSpeak(n) else { return nil }
                heads.append(n)
                part = []
            } else {
                part.append(w)
            }
        }
        return heads.count >= 2 ? heads : nil
    }

    /// "\"about 1,500\" from Ukrainian military intelligence": who a quoted figure comes from.
    private func quoteFrom(_ words: [Word], at i: Int) -> Cue? {
        guard words[i].lower == "from", i >= 2, isQuote(words[i - 1]),
              words[max(0, i - 5)..<(i - 1)].contains(where: { $0.startsWithDigit }),
              let n = nameAfter(words, from: i + 1), canSpeak(n) else { return nil }
        var c = Cue(index: i, name: n, anaphor: false)
        c.follows = true
        return c
    }

    /// Whether a dash follows a closing quotation mark: what a quotation's speaker cue needs first.
    func hasQuoteBeforeDash(_ words: [Word]) -> Bool {
        words.indices.dropFirst().contains { i in (isDash(words[i]) || words[i].text == "-") && isQuote(words[i - 1]) }
    }

    /// "\"… two-thirds have died.\" - President Volodymyr Zelensky, Munich": the quotation's speaker.
    private func quoteDash(_ words: [Word], at i: Int) -> Cue? {
        guard isDash(words[i]) || words[i].text == "-", i >= 1, isQuote(words[i - 1]), i + 1 < words.count,
              isNamePart(words[i + 1].text) else { return nil }
        var out: [Word] = []
        var j = i + 1
        while j < words.count && out.count < 8 && !words[j].isPunctuation {
            if !isNamePart(words[j].text) && !vocab.nameJoiners.contains(words[j].lower) { break }
            out.append(words[j]); j += 1
        }
        guard let n = name(out) else { return nil }
        var c = Cue(index: i, name: n, anaphor: false)
        c.quoteDash = true
        return c
    }

    /// "Kim", "UN", "al-Husadi", "el-Drese": a word of a proper name.
    func isNamePart(_ text: String) -> Bool {
        if text.startsUppercase { return true }
        // Most words hold no dash: the byte test spares the search by characters.
        if text.utf8.contains(0x2D), let dash = text.firstIndex(of: "-"), let n = text[text.index(after: dash)...].first { return n.isUppercase }
        return false
    }

    private func cue(_ name: String?, at index: Int) -> Cue? {
        guard let name, !name.isEmpty else { return nil }
        return describe(Cue(index: index, name: name, anaphor: false))
    }

    /// Marks "the agency", "the same organisation", "he" as anaphors.
    private func describe(_ c: Cue) -> Cue {
        var c = c
        let parts = c.name.lowercased().split(separator: " ").map(String.init)
        if parts.count == 1, vocab.anaphorPronouns.contains(parts[0]) {
            c.anaphor = true
        } else if let last = parts.last, parts.count <= 3, vocab.anaphorNouns.contains(last),
                  c.name.first?.isLowercase == true, parts.dropLast().allSatisfy({ vocab.anaphorModifiers.contains($0) }) {
            c.anaphor = true
            c.head = last
            c.bare = parts.dropLast().allSatisfy { $0 == "same" }
        }
        return c
    }

    /// "Libyan Red Crescent: 11,300 killed" — a short label before a colon opening the line.
    private func label(_ words: [Word]) -> Cue? {
        var i = 0
        while i < words.count && words[i].isPunctuation && words[i].text != ":" { i += 1 }
        guard i < words.count, isNamePart(words[i].text) else { return nil }
        // "Western officials, speaking to the BBC (22 January):" — the name is the first segment.
        var colon = i
        while colon < words.count && colon - i <= 16 && words[colon].text != ":" && words[colon].text != "." { colon += 1 }
        guard colon < words.count, words[colon].text == ":" else { return nil }
        var j = i
        while j < colon && !(words[j].isPunctuation && words[j].text != "’" && words[j].text != "'") { j += 1 }
        guard j > i, j - i <= 6 else { return nil }
        let slice = Array(words[i..<j])
        var lowercase = 0
        for w in slice where !isNamePart(w.text) {
            if vocab.nameJoiners.contains(w.lower) { continue }
            if vocab.functionWords.contains(w.lower) || vocab.notSources.contains(w.lower) || w.startsWithDigit { return nil }
            lowercase += 1
        }
        // "WHO count:" is a speaker's record; "WHO:" and "PHOTO:" head a question or a caption.
        if slice.contains(where: { $0.startsWithDigit || !($0.isAcronym && slice.count > 1) && vocab.notSourceLabels.contains($0.lower) }) { return nil }
        // "Derna, one month on:" — a span of time, not a speaker; "(22 January)" in brackets may date one.
        var depth = 0
        for w in words[j..<colon] {
            if w.text == "(" { depth += 1 } else if w.text == ")" { depth -= 1 }
            if depth == 0, w.startsWithDigit || vocab.notSources.contains(w.lower) && !vocab.timePrepositions.contains(w.lower) && !AttributionFinder.determiners.contains(w.lower) { return nil }
        }
        // "WHO count:", "UN flash appeal:" — lowercase words only before a document or a speaker.
        if lowercase > 0, let l = slice.last?.lower, !(vocab.evidenceNouns.contains(l) || vocab.agentNouns.contains(l)) { return nil }
        // "CAUGHT ALIVE:" — a headline kicker in capitals is not a speaker.
        if slice.count > 1, slice.allSatisfy(\.isAcronym) { return nil }
        // "Storm Vela: 41 dead", "Floods:" — a kicker naming the event, not who speaks ("Fire
        // Chief Dan Roe:" and "Fire Service:" do).
        if let f = slice.first, vocab.eventTitles.contains(f.lower) || slice.count == 1 && vocab.notSources.contains(f.lower),
           let l = slice.last, !vocab.namesBody(l.lower) { return nil }
        return cue(name(slice), at: i)
    }

    /// "X's figures", "by the agency's count", "On the RTHK figures".
    private func owner(_ words: [Word], of noun: Int) -> Cue? {
        var k = noun - 1
        guard k >= 0 else { return nil }
        // "his figure was 3,252", "its own count": the owner is an earlier speaker.
        for p in [k, k - 1] where p >= 0 && vocab.anaphorPossessives.contains(words[p].lower) {
            if p == k - 1 && (words[k].isPunctuation || words[k].isCapitalised) { break }
            return Cue(index: noun, name: words[p].text, anaphor: true)
        }
        // "OCHA's flash appeal", "police's day-by-day figures"
        var m = k
        while m >= 0 && m > noun - 3 && !words[m].isPunctuation && !words[m].isCapitalised && !words[m].isPossessive && !vocab.functionWords.contains(words[m].lower) { m -= 1 }
        if m >= 0 && m < k && words[m].isPossessive { k = m }
        var w = words[k].withoutPossessive
        var possessive = words[k].isPossessive
        if !possessive && words[k].text.hasSuffix("s’") { w.text = String(w.text.dropLast()); possessive = true }
        guard possessive || (w.isCapitalised && k >= 1 && AttributionFinder.determiners.contains(words[k - 1].lower)) else { return nil }
        var phrase = [w]
        k -= 1
        while k >= 0 && phrase.count < 7 {
            let p = words[k]
            if p.isPunctuation { break }
            if p.isCapitalised || vocab.nameJoiners.contains(p.lower) && k >= 1 && words[k - 1].isCapitalised {
                phrase.insert(p, at: 0); k -= 1; continue
            }
            if !possessive { break }
            // "the agency's", "the same organisation's"
            if vocab.anaphorModifiers.contains(p.lower) || AttributionFinder.determiners.contains(p.lower) {
                phrase.insert(p, at: 0); k -= 1
                if AttributionFinder.determiners.contains(p.lower) { break }
                continue
            }
            break
        }
        // A lowercase owner must be a description the context can resolve: "the agency's".
        if !phrase.contains(where: \.isCapitalised) {
            guard vocab.anaphorNouns.contains(w.lower), k + 1 < words.count, AttributionFinder.determiners.contains(words[k + 1].lower) else { return nil }
        }
        return cue(name(phrase), at: noun)
    }

    /// ", says the UN migration agency", ", said Marie Roe, the group's secretary general".
    private func inverted(_ words: [Word], after verb: Int) -> Cue? {
        var j = verb + 1
        guard j < words.count else { return nil }
        let first = words[j]
        if first.isPunctuation || vocab.sourceStopWords.contains(first.lower) || first.startsWithDigit { return nil }
        guard isNamePart(first.text) || AttributionFinder.determiners.contains(first.lower) || vocab.agentNouns.contains(first.lower) else { return nil }
        var out: [Word] = []
        while j < words.count && out.count < 8 {
            let w = words[j]
            if w.isPunctuation { break }
            if !w.isCapitalised && vocab.functionWords.contains(w.lower) && !vocab.sourceDropLeading.contains(w.lower) && !vocab.anaphorPronouns.contains(w.lower) {
                // "said the head of the agency": "of" joins a name.
                if vocab.nameJoiners.contains(w.lower), j + 1 < words.count, !words[j + 1].isPunctuation { out.append(w); j += 1; continue }
                break
            }
            if vocab.notSources.contains(w.lower) { break }
            out.append(w)
            j += 1
        }
        while let l = out.last, vocab.nameJoiners.contains(l.lower) || vocab.sourceDropLeading.contains(l.lower) { out.removeLast() }
        if out.count == 1, vocab.anaphorPronouns.contains(out[0].lower) { return describe(Cue(index: verb, name: out[0].text, anaphor: true)) }
        // "said the second batch was …" is no inversion: a speaker is a name or a kind of speaker.
        guard let n = name(out), canSpeak(n) || describe(Cue(index: verb, name: n, anaphor: false)).anaphor else { return nil }
        return cue(n, at: verb)
    }

    /// "according to a March report by the UN Security Council’s North Korea Sanctions Committee, …"
    private func nameAfter(_ words: [Word], from start: Int) -> String? {
        var end = start
        while end < words.count && !words[end].isPunctuation && end - start < 12 {
            let w = words[end]
            if !isNamePart(w.text) && vocab.sourceStopWords.contains(w.lower) { break }
            // "cited by The New Arab put the needs at …": the name ends at its verb.
            if end > start && !isNamePart(w.text) && !vocab.verbNouns.contains(w.lower) && (vocab.attributionVerbs.contains(w.lower) || vocab.findingVerbs.contains(w.lower)) { break }
            // "reported by AFP today": a time ends the name.
            if end > start && !isNamePart(w.text) && vocab.notSources.contains(w.lower) { break }
            end += 1
            // "compiled by local media give …": a kind of speaker ends the name.
            if vocab.agentNouns.contains(w.lower) && end < words.count && !isNamePart(words[end].text) && !vocab.nameJoiners.contains(words[end].lower) { break }
        }
        var slice = Array(words[start..<end])
        if let by = slice.lastIndex(where: { $0.lower == "by" }) { slice = Array(slice[(by + 1)...]) }
        // "according to police figures": the owner, not the document.
        var dropped = false
        while slice.count > 1, let l = slice.last, vocab.evidenceNouns.contains(l.lower) { slice.removeLast(); dropped = true }
        // "according to preliminary data": a record with no owner names no one.
        if dropped, let n = name(slice), !canSpeak(n) { return nil }
        return name(slice)
    }

    private func subjectCue(_ words: [Word], before verb: Int) -> Cue? {
        var k = verb - 1
        while k >= 0 && vocab.sourceSkipBefore.contains(words[k].lower) { k -= 1 }
        // "Britain on Wednesday announced", "police late on Monday said": skip the time.
        var t = k
        while t >= 0 && isTime(words[t]) { t -= 1 }
        if t < k, t >= 0, vocab.timePrepositions.contains(words[t].lower) {
            k = t - 1
            while k >= 0 && (vocab.timePrepositions.contains(words[k].lower) || vocab.sourceSkipBefore.contains(words[k].lower)) { k -= 1 }
        }
        guard k >= 0 else { return nil }
        if vocab.anaphorPronouns.contains(words[k].lower) {
            return Cue(index: verb, name: words[k].text, anaphor: true)
        }
        // "the Associated Press, which quoted Marie el-Drese … as saying 11,300": the one quoted.
        if words[k].lower == "as", let q = quotedBefore(words, k) { return q }
        // "Hichem Abu Chkiouat, civil aviation minister …, who said": the name the clause hangs on.
        if vocab.relativeSubjects.contains(words[k].lower), k >= 2, words[k - 1].text == ",", let n = subject(words, end: k - 1) {
            return describe(Cue(index: verb, name: n, anaphor: false))
        }
        // "OCHA … repeated those numbers – adding 170 deaths": a participle shares the sentence's subject.
        if words[verb].lower.hasSuffix("ing"), words[k].text == "," || isDash(words[k]), let n = openingName(words), canSpeak(n) {
            return describe(Cue(index: verb, name: n, anaphor: false))
        }
        // "Budanov disputed reports … and told The War Zone": the coordinated verb shares the subject.
        if words[k].lower == "and" || words[k].lower == "but", let n = leadingSubject(words, before: k) {
            return describe(Cue(index: verb, name: n, anaphor: false))
        }
        // "Its team counted", "as its past surveys suggest": the owner is an earlier speaker.
        var p = k
        while p >= 0 && k - p <= 3 {
            let w = words[p]
            if vocab.anaphorPossessives.contains(w.lower) {
                if p < k { return Cue(index: verb, name: w.text, anaphor: true) }
                break
            }
            if w.isPunctuation || w.isCapitalised || vocab.functionWords.contains(w.lower) || w.startsWithDigit { break }
            p -= 1
        }
        guard let n = subject(words, end: k) else { return nil }
        return describe(Cue(index: verb, name: n, anaphor: false))
    }

    /// "Military intelligence chief Kyrylo Budanov disputed …": the sentence's opening noun phrase,
    /// through its last capitalised word, if it starts before word `limit`.
    func leadingSubject(_ words: [Word], before limit: Int) -> String? {
        let i = openingWord(words)
        var end = i
        var lastName = -1
        while end < min(words.count, limit) && end - i < 10 {
            let w = words[end]
            let joiner = vocab.nameJoiners.contains(w.lower) && end + 1 < words.count && isNamePart(words[end + 1].text) && lastName >= i
            if w.isPunctuation || !isNamePart(w.text) && vocab.functionWords.contains(w.lower) && !joiner { break }
            if isNamePart(w.text) { lastName = end }
            end += 1
        }
        guard lastName >= i else { return nil }
        return name(Array(words[i...lastName]))
    }

    /// How far back "as saying" looks for the verb that quotes its speaker.
    static let quoteReach = 16

    /// "which quoted Marie el-Drese, secretary general of the Libyan Red Crescent, as saying".
    private func quotedBefore(_ words: [Word], _ asIndex: Int) -> Cue? {
        var j = asIndex - 1
        while j >= 0 && asIndex - j <= AttributionFinder.quoteReach {
            if vocab.quotingVerbs.contains(words[j].lower), let n = nameAfter(words, from: j + 1) {
                return describe(Cue(index: asIndex, name: n, anaphor: false))
            }
            j -= 1
        }
        return nil
    }

    /// Where a sentence's subject may start: past punctuation and leading articles, and past an
    /// opening time ("On Saturday evening the UN's office …", "On October 31 Secretary …").
    private func openingWord(_ words: [Word]) -> Int {
        var i = 0
        while i < words.count && (words[i].isPunctuation || vocab.sourceDropLeading.contains(words[i].lower)) { i += 1 }
        if i < words.count, vocab.timePrepositions.contains(words[i].lower) {
            var t = i + 1
            while t < words.count && isTime(words[t]) { t += 1 }
            if t > i + 1 { i = t }
        }
        return i
    }

    private func isTime(_ w: Word) -> Bool {
        vocab.notSources.contains(w.lower) || w.startsWithDigit
    }

    /// The noun phrase naming who speaks, ending at word `end`.
    private func subject(_ words: [Word], end: Int) -> String? {
        var k = end
        var abbreviation: String?
        if k >= 0 && words[k].text == "," {
            // ", citing intelligence sources," / ", a senior adviser at …," is skipped; ", Sergei Shoigu," is the name.
            var open = k - 1
            while open >= 0 && words[open].text != "," && k - open < 14 { open -= 1 }
            if open >= 0 && words[open].text == "," {
                let inner = Array(words[(open + 1)..<k])
                if let f = inner.first, f.isCapitalised, f.lower != "citing", let n = name(inner) { return n }
                k = open - 1
            } else {
                k -= 1
            }
        }
        if k >= 2 && words[k].text == ")" {
            var open = k - 1
            while open >= 0 && words[open].text != "(" && k - open < 6 { open -= 1 }
            if open >= 0 {
                abbreviation = words[(open + 1)..<k].map(\.text).joined(separator: " ")
                k = open - 1
            }
        }
        guard k >= 0 else { return nil }
        var start = k + 1
        while start - 1 >= 0 && k - start < 8 {
            let w = words[start - 1]
            if w.isPunctuation { break }
            if w.lower == "and", start - 2 >= 0, isNamePart(words[start - 2].text),
               start - 3 < 0 || words[start - 3].isPunctuation || AttributionFinder.determiners.contains(words[start - 3].lower) {
                start -= 1; continue   // "Seoul and Kyiv say", "Ukrainian and allied assessments"
            }
            // "the Ministry of Health", "the Bank of England": "of" inside a name joins it.
            if vocab.nameJoiners.contains(w.lower), start - 2 >= 0, start <= k, words[start - 2].isCapitalised, !words[start - 2].isPunctuation,
               words[start].isCapitalised, !vocab.functionWords.contains(words[start - 2].lower) {
                start -= 1
                continue
            }
            if !w.isAcronym && vocab.sourceStopWords.contains(w.lower) { break }
            // "the fire brigade said": a word that names no one alone may name the kind of a body.
            let namesBody = vocab.bodyModifiers.contains(w.lower) && start <= k && vocab.anaphorNouns.contains(words[start].lower)
            if vocab.notSources.contains(w.lower) && !namesBody { break }
            if !w.isCapitalised && vocab.attributionVerbs.contains(w.lower) { break }
            if !w.isCapitalised && vocab.functionWords.contains(w.lower) && w.lower != "the" {
                // "a weather station at Omar Al-Mukhtar University", "a press officer for the same organisation"
                if vocab.nameJoiners.contains(w.lower), start - 2 >= 0, !words[start - 2].isPunctuation,
                   !vocab.functionWords.contains(words[start - 2].lower), words[start - 2].lower.first?.isNumber != true,
                   !vocab.attributionVerbs.contains(words[start - 2].lower),
                   start <= k, words[start...k].contains(where: { $0.isCapitalised }) || AttributionFinder.determiners.contains(words[start].lower) {
                    start -= 1
                    continue
                }
                break
            }
            if w.startsWithDigit { break }
            start -= 1
            // "the 300 dead the NIS reported": "the" opens the name unless "of the", "at the" joins it on.
            if w.lower == "the", start - 1 >= 0, !vocab.nameJoiners.contains(words[start - 1].lower) { break }
        }
        // "The organisers of Sunday's march against Hong Kong's extradition bill said": the phrase
        // hangs on a preposition, and the one who speaks is the agent it describes.
        if start >= 1, !words[start - 1].isCapitalised, vocab.functionWords.contains(words[start - 1].lower),
           let agent = agentDescribed(words, before: start - 1) {
            return agent
        }
        guard start <= k else { return nil }
        // "this fact check said": the writer's own piece.
        if start >= 1, vocab.demonstratives.contains(words[start - 1].lower), name(Array(words[(start - 1)...k])) == nil { return nil }
        guard var n = name(Array(words[start...k])) else { return nil }
        if let a = abbreviation, !a.isEmpty, a.count <= 8 { n += " (\(a))" }
        return n
    }

    /// How far back a described agent is looked for.
    static let agentReach = 10

    /// "the organisers of …": an agent noun followed by "of", within a clause before `end`.
    private func agentDescribed(_ words: [Word], before end: Int) -> String? {
        var j = end - 1
        while j >= 0 && end - j <= AttributionFinder.agentReach {
            let w = words[j]
            if w.isPunctuation || vocab.attributionVerbs.contains(w.lower) { return nil }
            if vocab.agentNouns.contains(w.lower), words[j + 1].lower == "of" {
                let from = j >= 1 && AttributionFinder.determiners.contains(words[j - 1].lower) ? j - 1 : j
                return name(Array(words[from...j]))
            }
            j -= 1
        }
        return nil
    }

    /// "South Korea’s Defense Ministry, which provided …" → "South Korea’s Defense Ministry".
    private func subjectAtStart(_ words: [Word]) -> String? {
        var end = 0
        while end < words.count && !words[end].isPunctuation && end < 8 { end += 1 }
        return name(Array(words[0..<end]))
    }

    /// Tidies a phrase into a name: drops leading articles and vague determiners.
    func name(_ words: [Word]) -> String? {
        var slice = words[...]
        if let f = slice.first, vocab.possessives.contains(f.lower),
           slice.dropFirst().allSatisfy({ !$0.isCapitalised && !vocab.anaphorNouns.contains($0.lower) }) {
            return nil
        }
        while let f = slice.first, vocab.sourceDropLeading.contains(f.lower) || f.isPunctuation || !f.isCapitalised && vocab.nameJoiners.contains(f.lower) { slice = slice.dropFirst() }
        while let l = slice.last, l.isPunctuation { slice = slice.dropLast() }
        guard !slice.isEmpty, slice.count <= 10 else { return nil }
        // "neither side", "none of them": no one.
        if vocab.negativeWords.contains(slice[slice.startIndex].lower) { return nil }
        // "this fact check said": the writer's own piece, unless a description the context resolves ("this agency").
        if vocab.demonstratives.contains(slice[slice.startIndex].lower), slice.count > 1, slice.dropFirst().allSatisfy({ !$0.isCapitalised }),
           let l = slice.last, !vocab.namesBody(l.lower) { return nil }
        // A bare pronoun or function word names no one; nor does a time or an event.
        // "WHO" is a name, "who" is not.
        if slice.count == 1, !slice[slice.startIndex].isAcronym, vocab.functionWords.contains(slice[slice.startIndex].lower) || vocab.notSources.contains(slice[slice.startIndex].lower) { return nil }
        if let l = slice.last, vocab.notSources.contains(l.lower) { return nil }
        // "a post shared more than 40,000 times claims": a count of times names no one ("The Times" does).
        if let l = slice.last, !l.isCapitalised, vocab.multipleWords.contains(l.lower) { return nil }
        if slice.allSatisfy({ $0.startsWithDigit }) { return nil }
        return Sanitizer.oneLine(slice.map(\.text).joined(separator: " "))
    }
}
