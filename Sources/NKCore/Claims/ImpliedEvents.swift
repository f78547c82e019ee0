/// "15,972 rounds of tear gas" in a police breakdown names no event; across a story, what happens
/// to a counted thing is usually one event ("fired"). A count of a thing with no event takes the
/// event that at least three in four of the story's counts of that thing name.
/// A harm is never implied: "2,000 firefighters" in a story where two were killed were not.
enum ImpliedEvents {
    static func resolve(_ claims: [Claim], vocab: MeasureVocabulary) -> [Claim] {
        var events: [String: [String: Int]] = [:]
        for c in claims where c.isComparable {
            guard let t = c.frame.thing, let e = c.frame.event else { continue }
            events[t, default: [:]][e, default: 0] += 1
        }
        let dominant = StoryMajority.dominant(events)
        guard !dominant.isEmpty else { return claims }
        return claims.map { c in
            // Only a thing counted for itself: a bare count of people says too little to lend to,
            // and a capacity ("held 22.5 million cubic metres") is what could befall it, not what did.
            guard c.isComparable, c.frame.event == nil, c.frame.group != MeasureFrame.capacity, c.frame.group != MeasureFrame.limit, let t = c.frame.thing, let e = dominant[t], !vocab.tollEvents.contains(e) else { return c }
            var completed = c
            completed.frame.event = e
            return completed
        }
    }
}
