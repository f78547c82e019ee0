/// "North Korean losses in Kursk top 3,000" and "losses exceed 3,000", in a story whose troops
/// were sent to Kursk: a force's harms in the place it was deployed to are its harms, not a part
/// of them. When every count of a harm to a thing that names a place names the one the story
/// deploys that thing to, and nothing in the story sets that place apart ("in Derna alone",
/// "170 elsewhere", "across the region"), the placed counts and the unplaced ones are one measure.
/// A second place for the harm, or any contrast drawn with the place, keeps them apart.
enum TheatrePlace {
    static func resolve(_ claims: [Claim], vocab: MeasureVocabulary) -> [Claim] {
        var deployedTo: [String: Set<String>] = [:]
        var harmedAt: [String: Set<String>] = [:]
        var contrastedHarm: Set<String> = []
        var placesByEvent: [String: Set<String>] = [:]
        var contrastedEvents: Set<String> = []
        for c in claims {
            guard let e = c.frame.event else { continue }
            let place = c.frame.place.flatMap { vocab.elsewhere.contains($0) ? nil : $0 }
            if let place { placesByEvent[e, default: []].insert(place) }
            if c.frame.placeContrasted { contrastedEvents.insert(e) }
            guard let t = c.frame.thing else { continue }
            if vocab.strengthEvents.contains(e), let place { deployedTo[t, default: []].insert(place) }
            if vocab.tollEvents.contains(e) {
                if let place { harmedAt[t, default: []].insert(place) }
                if c.frame.placeContrasted { contrastedHarm.insert(t) }
            }
        }
        // A place the story sets apart for any event is a part of the area for every event.
        var setApart: Set<String> = []
        for (e, ps) in placesByEvent where contrastedEvents.contains(e) { setApart.formUnion(ps) }
        var theatre: [String: String] = [:]
        for (t, ps) in harmedAt where ps.count == 1 && !contrastedHarm.contains(t) {
            if let p = ps.first, deployedTo[t]?.contains(p) == true, !setApart.contains(p) { theatre[t] = p }
        }
        guard !theatre.isEmpty else { return claims }
        return claims.map { c in
            guard let t = c.frame.thing, let e = c.frame.event, vocab.tollEvents.contains(e),
                  let p = c.frame.place, theatre[t] == p else { return c }
            var whole = c
            whole.frame.place = nil
            return whole
        }
    }
}
