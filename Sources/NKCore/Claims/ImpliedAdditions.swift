/// "2,000 to 3,000 more were on their way": an addition that names nothing adds to what the
/// story's other additions add ("3,000 more troops"), when at least two of them agree on it.
enum ImpliedAdditions {
    static func resolve(_ claims: [Claim], vocab: MeasureVocabulary) -> [Claim] {
        var things: [String: [String: Int]] = [:]
        for c in claims where c.isComparable && c.frame.group == "additional" {
            guard let t = c.frame.thing else { continue }
            things["", default: [:]][t, default: 0] += 1
        }
        guard let thing = StoryMajority.dominant(things, support: 2)[""] else { return claims }
        return claims.map { c in
            guard c.isUnmeasured, !c.isVague, c.frame.group == "additional", c.frame.thing == nil, c.frame.event == nil,
                  c.figure.currency == nil, c.figure.unit == nil, c.figure.kind == .number else { return c }
            var added = c
            added.frame.thing = thing
            added.isUnmeasured = !added.frame.isSpecific(vocab)
            return added
        }
    }
}
