/// "3,000 North Korean soldiers killed or wounded" in a story whose every located count of them
/// is in Kursk counts Kursk's: when a story names one place only for what befell a kind of people
/// (and never another place, nor "elsewhere"), a count of them that names none holds there too.
enum StoryPlace {
    /// How many located counts, of different values, make the story's place for a measure: one
    /// count repeated is one report, however many outlets carry it.
    static let support = 2

    static func resolve(_ claims: [Claim], vocab: MeasureVocabulary) -> [Claim] {
        var places = Unanimous<String>()
        var values: [String: Set<Double>] = [:]
        for c in claims where c.isComparable {
            guard let key = key(c, vocab), let place = c.frame.place else { continue }
            places.record(place, under: key)
            if values[key, default: []].count < support, let v = c.figure.value ?? c.figure.low ?? c.figure.high {
                values[key, default: []].insert(v)
            }
        }
        guard !places.isEmpty else { return claims }
        return claims.map { c in
            guard c.isComparable, c.frame.place == nil, let key = key(c, vocab), (values[key]?.count ?? 0) >= support,
                  let place = places[key], place != "elsewhere" else { return c }
            var placed = c
            placed.frame.place = place
            return placed
        }
    }

    /// A kind of people and what befell them, in one year; shares and rates apart.
    private static func key(_ c: Claim, _ vocab: MeasureVocabulary) -> String? {
        guard let e = c.frame.event, let t = c.frame.thing, vocab.peopleNouns.contains(t),
              c.frame.rate == nil, c.frame.per == nil else { return nil }
        return [e, t, c.frame.year.map(String.init) ?? "", c.frame.isShare ? "share" : ""].joined(separator: "|")
    }
}
