/// "at least 10,000 North Koreans were now in Kursk", in a story that counts "North Korean
/// troops": people named by their country are the ones the story counts under that adjective.
/// A count of "North Koreans" takes the noun that at least three in four of the story's counts
/// written "North Korean …" give, and a force's count with no event states its strength there.
/// Where the story writes no noun after that adjective, the people of that country are counted
/// as such ("12 Britons" injured), apart from everyone else.
enum NamedPeople {
    static func resolve(_ claims: [Claim], vocab: MeasureVocabulary) -> [Claim] {
        guard claims.contains(where: { $0.frame.demonym != nil }) else { return claims }
        var kinds: [String: [String: Int]] = [:]
        for c in claims where c.isComparable && c.frame.demonym == nil && !c.frame.thingImplied {
            guard let origin = c.frame.origin, let t = c.frame.thing, vocab.peopleNouns.contains(t) else { continue }
            kinds[origin, default: [:]][t, default: 0] += 1
        }
        // One "North Korean troops" does not say what a story counts of North Koreans.
        let dominant = StoryMajority.dominant(kinds, support: 2)
        return claims.map { c in
            guard let d = c.frame.demonym else { return c }
            // "12 Britons were among the injured", in a story counting no "British" anything:
            // people of one country are a group of their own, never the whole toll.
            guard let t = dominant[d] else {
                guard c.frame.thingImplied else { return c }
                var group = c
                group.frame.thing = d + "s"
                group.frame.thingImplied = false
                return group
            }
            guard c.frame.thing != t else { return c }
            var named = c
            named.frame.thing = t
            named.frame.thingImplied = false
            named.frame.statesStrength(forceNouns: vocab.forceNouns, forceEvents: vocab.forceEvents)
            if named.isUnmeasured, named.frame.isSpecific(vocab) {
                named.isUnmeasured = false
            }
            return named
        }
    }
}
