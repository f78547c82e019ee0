/// The same claim said again further down one article ("25-30,000 more soldiers", then "an
/// additional 25,000-30,000 troops") is one claim: one side of a contradiction, not two, and no
/// agreement with itself. An article is one account; repeating a figure does not make it a
/// second voice.
enum Restatements {
    /// The group with each article's repeats folded into the place that stands for them (the
    /// first that names who says it, else the first), and, parallel to it, the places folded in.
    static func collapse(_ group: [Claim]) -> (claims: [Claim], repeats: [[Claim]]) {
        var slot: [Key: Int] = [:]
        var said: [[Claim]] = []
        for c in group {
            let key = Key(article: c.article, low: c.figure.low, high: c.figure.high, approx: c.figure.approx)
            if let i = slot[key] { said[i].append(c) } else { slot[key] = said.count; said.append([c]) }
        }
        var claims: [Claim] = []
        var repeats: [[Claim]] = []
        for places in said {
            let standing = places.firstIndex { $0.source != nil } ?? 0
            claims.append(places[standing])
            var rest = places
            rest.remove(at: standing)
            repeats.append(rest)
        }
        return (claims, repeats)
    }

    /// The same bounds in the same article: spelling ("25-30,000", "25,000–30,000") does not
    /// matter, what the figure allows does, and a hedge ("around 10,000") allows more than the
    /// exact figure.
    private struct Key: Hashable {
        var article: String
        var low: Double?
        var high: Double?
        var approx: Bool
    }
}
