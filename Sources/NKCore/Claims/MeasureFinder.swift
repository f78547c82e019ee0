/// Reads what a figure counts from the words around it: the counted noun, the event, and the
/// modifiers that change the measure ("more", "each group of", "monthly", "among them").
struct MeasureFinder {
    let vocab: MeasureVocabulary
    static let conjunctions: Set<String> = ["and", "or", "but", "while"]

    struct Result {
        var measure: String
        var unmeasured: Bool
    }

    /// `first` and `after` index the sentence words covered by the figure.
    func measure(words: [Word], first: Int, after: Int) -> Result {
        var noun: String?
        var nounIndex: Int?
        var pronoun = false
        var additive = false
        var j = after
        var steps = 0
        var head: (String, Int)?
        // The noun phrase after the figure: its head is its last plain word, or a known noun.
        while j < words.count && steps < 6 {
            let w = words[j]
            if w.isPunctuation {
                if (w.text == "—" || w.text == "–") && head == nil && noun == nil { j += 1; continue }
                break
            }
            if vocab.additive.contains(w.lower) && j == after { additive = true; j += 1; continue }
            if vocab.pronouns.contains(w.lower) { pronoun = true; nounIndex = j; break }
            if let n = vocab.noun(w.lower) { noun = n; nounIndex = j; break }
            if vocab.events[w.lower] != nil || vocab.rates[w.lower] != nil { break }
            if vocab.functionWords.contains(w.lower) {
                if (w.lower == "of" || w.lower == "the") && head == nil { j += 1; continue }
                break
            }
            if !w.isCapitalised && !w.lower.hasSuffix("ly") && w.lower.first?.isLetter == true {
                head = (w.lower, j)
                // A plural closes the phrase: "4,000 widgets last year".
                if w.lower.hasSuffix("s") && !w.lower.hasSuffix("ss") { break }
            }
            j += 1
            steps += 1
        }
        if noun == nil, !pronoun, let (h, i) = head { noun = h; nounIndex = i }
        // "around 300 have been killed", "2,700 others": the noun comes from earlier in the sentence.
        if noun == nil || pronoun {
            noun = nil
            var k = first - 1
            while k >= 0 {
                if let n = vocab.noun(words[k].lower) { noun = n; break }
                k -= 1
            }
        }
        let event = self.event(words: words, first: first, from: (nounIndex ?? after - 1) + 1)
        if !additive, first >= 1 {
            for k in stride(from: first - 1, through: max(0, first - 2), by: -1) where vocab.additive.contains(words[k].lower) { additive = true }
        }
        let subset = isSubset(words: words, first: first)
        let per = perUnit(words: words, first: first, from: (nounIndex ?? after - 1) + 1)
        let rate = self.rate(words: words, first: first, after: after)
        var parts: [String] = []
        if subset { parts.append("part of") }
        if additive { parts.append("additional") }
        if let noun { parts.append(noun) }
        if let event, !additive || noun == nil { parts.append(event) }
        if let per { parts.append("per " + per) }
        if let rate { parts.append(rate) }
        let unmeasured = noun == nil && event == nil
        return Result(measure: unmeasured ? "(unmeasured)" : parts.joined(separator: " "), unmeasured: unmeasured)
    }

    /// "troops deployed", "have been killed", "wounded or killed"; else an event verb before the figure.
    private func event(words: [Word], first: Int, from start: Int) -> String? {
        var j = start
        var steps = 0
        while j < words.count && steps < 5 {
            let w = words[j]
            if w.isPunctuation { break }
            if let e = vocab.events[w.lower] {
                if j + 2 < words.count, words[j + 1].lower == "or" || words[j + 1].lower == "and",
                   let e2 = vocab.events[words[j + 2].lower], e2 != e {
                    return e + " or " + e2
                }
                return e
            }
            // "40 people and wounded 120": a conjunction starts another clause.
            guard vocab.functionWords.contains(w.lower), !MeasureFinder.conjunctions.contains(w.lower) else { break }
            j += 1
            steps += 1
        }
        var k = first - 1
        var back = 0
        while k >= 0 && back < 14 {
            if vocab.attributionVerbs.contains(words[k].lower) { break }
            if let e = vocab.events[words[k].lower] { return e }
            k -= 1
            back += 1
        }
        return nil
    }

    /// "Among them, about 3,000", "with an estimated 3,000": part of a whole named before.
    private func isSubset(words: [Word], first: Int) -> Bool {
        var k = first - 1
        while k >= 0 && words[k].isPunctuation && words[k].text == "," { k -= 1 }
        for marker in vocab.subsetMarkers where k + 1 >= marker.count {
            let slice = words[(k + 1 - marker.count)...k].map(\.lower)
            if slice == marker { return true }
        }
        return false
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
            if j + 1 < words.count, let r = vocab.rates[words[j].lower + " " + words[j + 1].lower] { return r }
            j += 1
        }
        return nil
    }
}
