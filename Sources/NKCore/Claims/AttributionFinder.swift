/// Reads who says a figure: "according to X", "X said", "X, citing Y, reported", "X told NBC",
/// and "X, which provided the estimate" in the next sentence. The closest attribution wins.
struct AttributionFinder {
    let vocab: MeasureVocabulary
    static let determiners: Set<String> = ["a", "an", "the", "its", "their", "this", "that"]
    static let adverbs: Set<String> = ["also", "reportedly", "has", "have", "had", "publicly", "previously", "later", "recently", "officially"]

    func source(words: [Word], first: Int, next: [Word]) -> String? {
        var best: (distance: Int, before: Bool, name: String)?
        func offer(_ name: String?, at index: Int) {
            guard let name, !name.isEmpty else { return }
            let before = index < first
            let distance = abs(index - first)
            if let b = best, (b.before && !before) || (b.before == before && b.distance <= distance) { return }
            best = (distance, before, name)
        }
        for (i, w) in words.enumerated() where !w.isPunctuation {
            for phrase in vocab.attributionBefore where i + phrase.count <= words.count && phrase[0] == w.lower {
                if zip(words[i...], phrase).allSatisfy({ $0.lower == $1 }) {
                    offer(nameAfter(words, from: i + phrase.count), at: i)
                }
            }
            // "a March report", "the estimate": the noun, not the verb.
            let determiners = AttributionFinder.determiners
            let isNoun = (i >= 1 && determiners.contains(words[i - 1].lower))
                || (i >= 2 && determiners.contains(words[i - 2].lower) && words[i - 1].isCapitalised)
            if vocab.attributionVerbs.contains(w.lower), !isNoun {
                offer(subject(words, before: i), at: i)
            }
        }
        if let best { return best.name }
        // "X, which provided the estimate to NBC News, …" in the following sentence.
        for (i, w) in next.enumerated() {
            for phrase in vocab.backReferences where i + phrase.count <= next.count && phrase[0] == w.lower {
                if zip(next[i...], phrase).allSatisfy({ $0.lower == $1 }) { return subjectAtStart(next) }
            }
        }
        return nil
    }

    /// "according to a March report by the UN Security Council’s North Korea Sanctions Committee, …"
    private func nameAfter(_ words: [Word], from start: Int) -> String? {
        var end = start
        while end < words.count && !words[end].isPunctuation && end - start < 12 { end += 1 }
        var slice = Array(words[start..<end])
        if let by = slice.lastIndex(where: { $0.lower == "by" }) { slice = Array(slice[(by + 1)...]) }
        return name(slice)
    }

    /// The noun phrase naming who speaks, just before the verb at `verb`.
    private func subject(_ words: [Word], before verb: Int) -> String? {
        var k = verb - 1
        while k >= 0 && AttributionFinder.adverbs.contains(words[k].lower) { k -= 1 }
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
        var start = k + 1
        while start - 1 >= 0 && k - start < 7 {
            let w = words[start - 1]
            if w.isPunctuation || vocab.sourceStopWords.contains(w.lower) { break }
            if !w.isCapitalised && vocab.functionWords.contains(w.lower) && w.lower != "the" { break }
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
    private func name(_ words: [Word]) -> String? {
        var slice = words[...]
        while let f = slice.first, vocab.sourceDropLeading.contains(f.lower) || f.isPunctuation { slice = slice.dropFirst() }
        while let l = slice.last, l.isPunctuation { slice = slice.dropLast() }
        guard !slice.isEmpty, slice.count <= 10 else { return nil }
        // A bare pronoun or function word names no one.
        if slice.count == 1, vocab.functionWords.contains(slice[slice.startIndex].lower) || vocab.notSources.contains(slice[slice.startIndex].lower) { return nil }
        if slice.allSatisfy({ $0.lower.first?.isNumber == true }) { return nil }
        return Sanitizer.oneLine(slice.map(\.text).joined(separator: " "))
    }
}
