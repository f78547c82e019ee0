/// "The interior ministry now says 11,000 people took part": in a story whose dated turnouts all
/// name one day, a turnout with no day of its own was counted on that day. In a story of many
/// days, an article whose dated turnouts all name one day is about that day: its headline's
/// "nearly 2 million marched" counts that day's march.
enum ImpliedOccasion {
    static func resolve(_ claims: [Claim], vocab: MeasureVocabulary) -> [Claim] {
        var days = Unanimous<String, String>()
        for c in claims where c.isComparable && c.frame.year == nil {
            guard let e = c.frame.event, vocab.occasionRequired.contains(e), let day = c.frame.time else { continue }
            days.record(day, under: e)
            days.record(day, under: e + "|" + c.article)
        }
        guard !days.isEmpty else { return claims }
        return claims.map { c in
            guard c.isUnmeasured, !c.isVague, c.frame.time == nil, c.frame.year == nil, c.frame.group == nil,
                  let e = c.frame.event, let day = days[e] ?? days[e + "|" + c.article] else { return c }
            var dated = c
            dated.frame.time = day
            dated.isUnmeasured = !dated.frame.isSpecific(vocab)
            return dated
        }
    }
}
