/// "North Korea would have lost roughly 2,700 men killed": in a story that sends a force, its
/// men are that force's troops. Elsewhere men are men: "347 men and 73 women had been arrested"
/// counts no troops.
enum ForceMen {
    static func resolve(_ claims: [Claim], vocab: MeasureVocabulary) -> [Claim] {
        var forces: Set<String> = []
        for c in claims where c.isComparable && c.frame.countsForceStrength(vocab) {
            if let t = c.frame.thing { forces.insert(t) }
        }
        guard forces.count == 1, let force = forces.first else { return claims }
        return claims.map { c in
            guard let t = c.frame.thing, vocab.generalForceWords.contains(t) else { return c }
            var troops = c
            troops.frame.thing = force
            // "losing about a thousand men a week": what befalls them befalls a force.
            troops.frame.foldForceEvent(forceNouns: vocab.forceNouns, forceEvents: vocab.forceEvents)
            return troops
        }
    }
}
