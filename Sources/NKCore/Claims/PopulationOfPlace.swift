/// "a population of 90,000", "Reuters puts Derna's population at around 125,000", "Derna, home to
/// around 125,000 people": how many live in a place is a measure of its own, held by the place
/// the text names with it ("Derna's", "Derna, home to"), or by the article's own place when only
/// a noun names it ("in a city AFP puts at about 100,000 people"), and never a count of people harmed.
extension ScopeFinder {
    struct Population {
        var place: String?
        /// The settlement is named by a noun only ("a city"): the article's own place.
        var isArticlePlace = false
    }

    /// The population the figure states, if it states one.
    func population(words: [Word], first: Int) -> Population? {
        // "population of 90,000", "population at around 125,000"
        if first >= 2, words[first - 1].lower == "of" || words[first - 1].lower == "at",
           vocab.populationNouns.contains(words[first - 2].lower) {
            guard first >= 3 else { return Population() }
            // "Derna's population": the possessive names the place.
            let owner = words[first - 3]
            guard owner.isPossessive, owner.isCapitalised else { return Population() }
            return Population(place: nameEnding(words, at: first - 3))
        }
        // "In a city AFP puts at about 100,000 people": a settlement the sentence sizes.
        if first >= 3, words[first - 1].lower == "at", vocab.putVerbs.contains(words[first - 2].lower) || vocab.putVerbs.contains(words[first - 3].lower),
           let k = (max(0, first - 6)..<(first - 2)).last(where: { vocab.settlementNouns.contains(words[$0].lower) }),
           k >= 1, words[k - 1].lower == "a" || words[k - 1].lower == "the",
           !words[k..<first].contains(where: \.isPunctuation) {
            return Population(place: nil, isArticlePlace: true)
        }
        // "Derna, home to 125,000", "Derna is home to 125,000"
        guard let phrase = vocab.populationPhrases.first(where: { first >= $0.count && words.hasPhrase($0, at: first - $0.count, limit: first) })
        else { return nil }
        var k = first - phrase.count - 1
        if k >= 0, words[k].text == "," || words[k].lower == "is" || words[k].lower == "was" { k -= 1 }
        return Population(place: k >= 0 ? nameEnding(words, at: k) : nil)
    }

    /// The capitalised name whose last word is at `end`: "Derna", "Port Ellis" (not "In Derna").
    private func nameEnding(_ words: [Word], at end: Int) -> String? {
        var start = end
        if end >= 1, words[end - 1].isCapitalised, !words[end - 1].isPunctuation, !vocab.functionWords.contains(words[end - 1].lower) {
            start = end - 1
        }
        return properName(words, from: start, limit: end + 1)?.name
    }
}
