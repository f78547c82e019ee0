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
        /// "the agency", "the same organisation": may stand for whoever spoke last.
        var bare = false
        /// "citing the ministry": the source's own source, not a speaker for later sentences.
        var secondary = false
        /// Named by a weak verb ("released", "put … at"): counts only when no reporting verb does.
        var weak = false
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
        let open = cues.filter { !separated(words, $0.index, first) && !(words.indices.contains($0.index + 1) && $0.index > first && vocab.sourceStopWords.contains(words[$0.index + 1].lower) && words[$0.index + 1].lower == "that") }
        let strong = open.filter { !$0.weak }
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

    private func separated(_ words: [Word], _ cue: Int, _ figure: Int) -> Bool {
        let (lo, hi) = (min(cue, figure), max(cue, figure))
        guard hi - lo > 1, hi <= words.count else { return false }
        for k in (lo + 1)..<hi {
            let w = words[k]
            if w.text == ";" { return true }
            guard cue > figure else { continue }
            if w.text == ":" { return true }
        }
        return false
    }

    /// Every attribution in the sentence, in order.
    func cues(_ words: [Word]) -> [Cue] {
        var out: [Cue] = []
        func add(_ c: Cue?) { if let c { out.append(c) } }
        if let label = label(words) { out.append(label) }
        for (i, w) in words.enumerated() where !w.isPunctuation {
            for phrase in vocab.attributionBefore where i + phrase.count <= words.count && phrase[0] == w.lower {
                if zip(words[i...], phrase).allSatisfy({ $0.lower == $1 }) {
                    if var c = cue(nameAfter(words, from: i + phrase.count), at: i) {
                        c.secondary = vocab.secondaryBefore.contains(phrase.joined(separator: " "))
                        out.append(c)
                    }
                }
            }
            if vocab.evidenceNouns.contains(w.lower) { add(owner(words, of: i)) }
            guard vocab.attributionVerbs.contains(w.lower) else { continue }
            // "a March report", "a different estimate": the noun, not the verb; "difficult to say": no one says.
            let determiners = AttributionFinder.determiners
            let isNoun = (i >= 1 && determiners.contains(words[i - 1].lower))
                || (i >= 2 && determiners.contains(words[i - 2].lower)
                    && (words[i - 1].isCapitalised || !(vocab.agentNouns.contains(words[i - 1].lower) || vocab.anaphorNouns.contains(words[i - 1].lower))))
            if (isNoun && vocab.verbNouns.contains(w.lower)) || (i >= 1 && words[i - 1].lower == "to") { continue }
            if i >= 1 && (words[i - 1].text == "," || isQuote(words[i - 1]) || isDash(words[i - 1])), vocab.invertingVerbs.contains(w.lower), !appositiveName(words, before: i - 1) {
                // ", says the UN migration agency", "” said Marie Roe, the group's head"
                if let c = inverted(words, after: i) { out.append(c); continue }
            }
            guard var c = subjectCue(words, before: i) else { continue }
            if vocab.weakAttributionVerbs.contains(w.lower) {
                if !c.anaphor, !canSpeak(c.name) { continue }
                c.weak = true
            }
            out.append(c)
        }
        return out
    }

    /// "South Korea’s Defense Ministry, which provided the estimate …" opening the next sentence.
    func backReference(_ next: [Word]) -> String? {
        for (i, w) in next.enumerated() {
            for phrase in vocab.backReferences where i + phrase.count <= next.count && phrase[0] == w.lower {
                if zip(next[i...], phrase).allSatisfy({ $0.lower == $1 }) { return subjectAtStart(next) }
            }
        }
        return nil
    }

    /// The proper name a sentence opens with, for pronouns in the sentences after it:
    /// "The International Committee of the Red Cross is handing out …" → that committee.
    func openingName(_ words: [Word]) -> String? {
        var i = 0
        while i < words.count && (words[i].isPunctuation || vocab.sourceDropLeading.contains(words[i].lower)) { i += 1 }
        // "On Saturday evening the UN's office …": past a time first.
        if i < words.count, vocab.timePrepositions.contains(words[i].lower) {
            var t = i + 1
            while t < words.count && isTime(words[t]) { t += 1 }
            if t > i + 1 { i = t }
            while i < words.count && vocab.sourceDropLeading.contains(words[i].lower) { i += 1 }
        }
        var end = i
        while end < words.count && end - i < 8 {
            let w = words[end]
            if isNamePart(w.text) && !vocab.notSources.contains(w.lower) && !vocab.notSourceLabels.contains(w.lower) { end += 1; continue }
            if vocab.nameJoiners.contains(w.lower), end + 1 < words.count, words[end + 1].isCapitalised { end += 1; continue }
            break
        }
        guard end > i, !(end == i + 1 && vocab.functionWords.contains(words[i].lower)) else { return nil }
        if end < words.count, words[end].text == ":" { return nil }
        // "Counting by hand …": a capitalised first word alone may be any word.
        if end == i + 1, !isAcronym(words[i]), words[i].lower.hasSuffix("ing") || words[i].lower.hasSuffix("ly") { return nil }
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

    /// "Blinken's 10,000", "the Western officials' 40%": the owner of the figure, if it can speak.
    func ownerOfFigure(_ words: [Word], first: Int) -> Cue? {
        var k = first - 1
        if k >= 0 && isQuote(words[k]) { k -= 1 }
        guard k >= 0 else { return nil }
        let t = words[k].text
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
    private func canSpeak(_ name: String) -> Bool {
        let parts = name.split(separator: " ")
        if parts.contains(where: { isNamePart(String($0)) }) { return true }
        return parts.last.map { vocab.agentNouns.contains($0.lowercased()) } ?? false
    }

    /// "Kim", "UN", "al-Husadi", "el-Drese": a word of a proper name.
    func isNamePart(_ text: String) -> Bool {
        guard let f = text.first else { return false }
        if f.isUppercase { return true }
        if let dash = text.firstIndex(of: "-"), let n = text[text.index(after: dash)...].first { return n.isUppercase }
        return false
    }

    /// "WHO", "NIS": capitals throughout, never a function word.
    private func isAcronym(_ w: Word) -> Bool {
        w.text.count >= 2 && w.text.allSatisfy { $0.isUppercase || $0 == "." }
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
            if vocab.functionWords.contains(w.lower) || vocab.notSources.contains(w.lower) || w.lower.first?.isNumber == true { return nil }
            lowercase += 1
        }
        if slice.contains(where: { $0.lower.first?.isNumber == true || vocab.notSourceLabels.contains($0.lower) }) { return nil }
        // "WHO count:", "UN flash appeal:" — lowercase words only before a document or a speaker.
        if lowercase > 0, let l = slice.last?.lower, !(vocab.evidenceNouns.contains(l) || vocab.agentNouns.contains(l)) { return nil }
        // "CAUGHT ALIVE:" — a headline kicker in capitals is not a speaker.
        if slice.count > 1, slice.allSatisfy(isAcronym) { return nil }
        return cue(name(slice), at: i)
    }

    /// "X's figures", "by the agency's count", "On the RTHK figures".
    private func owner(_ words: [Word], of noun: Int) -> Cue? {
        var k = noun - 1
        guard k >= 0 else { return nil }
        // "OCHA's flash appeal", "police's day-by-day figures"
        var m = k
        while m >= 0 && m > noun - 3 && !words[m].isPunctuation && !words[m].isCapitalised && !words[m].text.hasSuffix("’s") && !words[m].text.hasSuffix("'s") && !vocab.functionWords.contains(words[m].lower) { m -= 1 }
        if m >= 0 && m < k && (words[m].text.hasSuffix("’s") || words[m].text.hasSuffix("'s")) { k = m }
        var w = words[k]
        var possessive = false
        for suffix in ["’s", "'s"] where w.text.hasSuffix(suffix) {
            w.text = String(w.text.dropLast(2))
            w.lower = String(w.lower.dropLast(2))
            possessive = true
        }
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
        if first.isPunctuation || vocab.sourceStopWords.contains(first.lower) || first.lower.first?.isNumber == true { return nil }
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
            end += 1
            // "compiled by local media give …": a kind of speaker ends the name.
            if vocab.agentNouns.contains(w.lower) && end < words.count && !isNamePart(words[end].text) && !vocab.nameJoiners.contains(words[end].lower) { break }
        }
        var slice = Array(words[start..<end])
        if let by = slice.lastIndex(where: { $0.lower == "by" }) { slice = Array(slice[(by + 1)...]) }
        // "according to police figures": the owner, not the document.
        while slice.count > 1, let l = slice.last, vocab.evidenceNouns.contains(l.lower) { slice.removeLast() }
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
        guard let n = subject(words, end: k) else { return nil }
        return describe(Cue(index: verb, name: n, anaphor: false))
    }

    private func isTime(_ w: Word) -> Bool {
        vocab.notSources.contains(w.lower) || w.lower.first?.isNumber == true
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
            if !isAcronym(w) && vocab.sourceStopWords.contains(w.lower) { break }
            if vocab.notSources.contains(w.lower) { break }
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
            if w.lower.first?.isNumber == true { break }
            start -= 1
        }
        guard start <= k, var n = name(Array(words[start...k])) else { return nil }
        if let a = abbreviation, !a.isEmpty, a.count <= 8 { n += " (\(a))" }
        return n
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
        while let f = slice.first, vocab.sourceDropLeading.contains(f.lower) || f.isPunctuation { slice = slice.dropFirst() }
        while let l = slice.last, l.isPunctuation { slice = slice.dropLast() }
        guard !slice.isEmpty, slice.count <= 10 else { return nil }
        // A bare pronoun or function word names no one; nor does a time or an event.
        if slice.count == 1, vocab.functionWords.contains(slice[slice.startIndex].lower) || vocab.notSources.contains(slice[slice.startIndex].lower) { return nil }
        if let l = slice.last, vocab.notSources.contains(l.lower) { return nil }
        if slice.allSatisfy({ $0.lower.first?.isNumber == true }) { return nil }
        return Sanitizer.oneLine(slice.map(\.text).joined(separator: " "))
    }
}
