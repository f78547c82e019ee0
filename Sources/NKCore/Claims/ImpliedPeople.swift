/// "about 300 killed and 2,700 wounded" names no one; across a story, the kind of people an event
/// happens to is usually one ("North Korean soldiers killed"). A count that names no one takes
/// that kind when at least three in four of the story's named counts of the event agree on it.
/// The harms of a story (killed, wounded, missing) befall one kind of people: where the story
/// names no one for one harm, the kind named for its harms together stands.
/// Other events lend their thing the same way: "as many as 8,000 had been deployed" counts the
/// troops a story deploys, "87 fired" the rounds it fires.
enum ImpliedPeople {
    /// The slot that tallies every harm of `vocab.tollEvents` together.
    static let harms = "(harms)"
    /// The counted thing of "52 people", and of a count that names no one.
    static let everyone = "people"

    static func resolve(_ claims: [Claim], vocab: MeasureVocabulary) -> [Claim] {
        var kinds: [String: [String: Int]] = [:]
        var namedRange: [String: [String: (low: Double, high: Double)]] = [:]
        // Only counts name who: "45% of scheduled services" ran or "€140" paid are no kind of people.
        for c in claims where c.isComparable && !c.frame.thingImplied && c.isPlainCount {
            // "three days" of a search counts no thing the search is about.
            guard let e = c.frame.event, let t = c.frame.thing, !vocab.windowUnits.contains(t) else { continue }
            kinds[e, default: [:]][t, default: 0] += 1
            if vocab.tollEvents.contains(e) { kinds[harms, default: [:]][t, default: 0] += 1 }
            if t != everyone, let v = c.figure.high ?? c.figure.low {
                namedRange[e, default: [:]][t] = namedRange[e]?[t].map { (min($0.low, v), max($0.high, v)) } ?? (v, v)
            }
        }
        // One named count ("two firefighters were killed") does not say who a toll counts.
        let dominant = StoryMajority.dominant(kinds, support: 2)
        // "52 people were trapped", in a story that mostly counts trapped miners, counts them too;
        // where "people" is the story's word at least as often, it stays the whole.
        let kindsNamed = kinds.filter { $0.key != harms }.mapValues { $0.filter { $0.key != everyone } }
        let namedKind = StoryMajority.dominant(kindsNamed, support: 2).filter { e, kind in
            (kindsNamed[e]?[kind] ?? 0) > (kinds[e]?[everyone] ?? 0)
        }
        guard !dominant.isEmpty || !namedKind.isEmpty else { return claims }
        return claims.map { c in
            // Of a like size only: "300 people killed" beside "12 children killed" counts more than children.
            if c.frame.thing == everyone, let e = c.frame.event, let kind = namedKind[e],
               let v = c.figure.high ?? c.figure.low, let (lo, hi) = namedRange[e]?[kind], v >= lo / 2, v <= hi * 2 {
                var named = c
                named.frame.thing = kind
                return named
            }
            guard c.frame.thingImplied || namesNothing(c), let e = c.frame.event,
                  let kind = dominant[e] ?? (vocab.tollEvents.contains(e) ? dominant[harms] : nil)
                    ?? vocab.forceEvents[e].flatMap({ dominant[$0] }),
                  c.frame.thing != kind else { return c }
            var named = c
            named.frame.thing = kind
            // "12,000 has arrived", of a story that deploys troops, counts the troops sent.
            named.frame.statesStrength(forceNouns: vocab.forceNouns, forceEvents: vocab.forceEvents)
            return named
        }
    }

    /// A plain count with an event and no thing, people or other: money and shares are
    /// amounts of no thing.
    private static func namesNothing(_ c: Claim) -> Bool {
        c.frame.thing == nil && c.frame.event != nil && c.isPlainCount
    }
}
