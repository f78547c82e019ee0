/// "Zelensky said 11,000 were already in the Kursk region", in a story that deploys its troops
/// to Kursk: a bare count of whoever is in the place a story sends one force to counts that
/// force there (the whole force, placed nowhere, where the story sends all of it there). Only
/// one force may be sent there, and the count names no thing or event.
/// "the total in Russia could be closer to 12,000", in a story that sends its whole force to
/// Russia: the force's strength in the country it was sent to is the whole force's, no part.
enum ForcePresence {
    static func resolve(_ claims: [Claim], vocab: MeasureVocabulary) -> [Claim] {
        present(inCountrySentTo(claims, vocab: vocab), vocab: vocab)
    }

    private static func inCountrySentTo(_ claims: [Claim], vocab: MeasureVocabulary) -> [Claim] {
        func isStrength(_ c: Claim) -> Bool { c.isComparable && c.frame.group == nil && c.frame.countsForceStrength(vocab) }
        var wholeSentTo: [String: Set<String>] = [:]
        for c in claims where isStrength(c) {
            if let p = c.frame.sentTo, let t = c.frame.thing { wholeSentTo[t, default: []].insert(p) }
        }
        guard !wholeSentTo.isEmpty else { return claims }
        return claims.map { c in
            guard isStrength(c), !c.frame.placeIsDestination, !c.frame.placeContrasted, let p = c.frame.place, let t = c.frame.thing,
                  wholeSentTo[t]?.contains(p) == true else { return c }
            var whole = c
            whole.frame.place = nil
            return whole
        }
    }

    private static func present(_ claims: [Claim], vocab: MeasureVocabulary) -> [Claim] {
        var sentTo: [String: Set<String>] = [:]
        // Places a whole force was sent to: a count there is the whole force, placed nowhere.
        var wholeAt: Set<String> = []
        var event: [String: String] = [:]
        for c in claims where c.isComparable && c.frame.countsForceStrength(vocab) {
            guard let e = c.frame.event, let t = c.frame.thing, let p = c.frame.place ?? c.frame.sentTo else { continue }
            sentTo[p, default: []].insert(t)
            if c.frame.place == nil, c.frame.group == nil { wholeAt.insert(p) }
            event[t] = event[t] ?? e
        }
        guard !sentTo.isEmpty else { return claims }
        return claims.map { c in
            guard c.isUnmeasured, !c.isVague, c.frame.thing == nil, c.frame.event == nil, c.frame.group == nil, c.frame.per == nil,
                  c.isPlainCount,
                  let p = c.frame.place, let forces = sentTo[p], forces.count == 1, let t = forces.first else { return c }
            var present = c
            present.frame.thing = t
            present.frame.event = event[t]
            if wholeAt.contains(p), !c.frame.placeContrasted { present.frame.place = nil }
            present.isUnmeasured = false
            return present
        }
    }
}
