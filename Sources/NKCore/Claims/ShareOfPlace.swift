/// "30% of Derna may have disappeared", "the share of the city that had gone at 25%": a share of
/// a place is a share of its area, not of its people, and it holds in that place.
extension ScopeFinder {
    /// How far before a share its "share of <place>" is looked for.
    static let shareOfReach = 12

    /// The place a share is taken of, when it is the article's own place ("Derna", "the city").
    func placeOfShare(words: [Word], first: Int, after: Int, mainPlace: () -> String?) -> String? {
        if after < words.count, words[after].lower == "of", let place = ownPlace(words, at: after + 1, mainPlace) {
            return place
        }
        // "put the share of Derna that had disappeared at 25%"
        var k = first - 1
        while k >= 1, first - k <= ScopeFinder.shareOfReach, words[k].text != "." {
            if words[k].lower == "of", vocab.shareNouns.contains(words[k - 1].lower) { return ownPlace(words, at: k + 1, mainPlace) }
            k -= 1
        }
        return nil
    }

    private func ownPlace(_ words: [Word], at i: Int, _ mainPlace: () -> String?) -> String? {
        guard i < words.count else { return nil }
        if isLocalPlace(words, at: i, limit: words.count) { return mainPlace() }
        guard let (name, end) = properName(words, from: i, limit: min(words.count, i + 4)), let main = mainPlace(),
              name == main else { return nil }
        // "50% of North Korean troops": the name describes the people counted, it is no area.
        return describesNoun(words, at: end) ? nil : name
    }
}
