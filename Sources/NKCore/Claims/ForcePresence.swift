/// "Zelensky said 11,000 were already in the Kursk region", in a story that deploys its troops
/// to Kursk: a bare count of whoever is in the place a story sends one force to counts that
/// force there. Only one force may be sent there, and the count names no thing or event.
enum ForcePresence {
    static func resolve(_ claims: [Claim], vocab: MeasureVocabulary) -> [Claim] {
        var sentTo: [String: Set<String>] = [:]
        var event: [String: String] = [:]
        for c in claims where c.isComparable {
            guard let e = c.frame.event, vocab.strengthEvents.contains(e), let t = c.frame.thing, vocab.forceNouns.contains(t),
                  let p = c.frame.place else { continue }
            sentTo[p, default: []].insert(t)
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
            present.isUnmeasured = false
            return present
        }
    }
}
