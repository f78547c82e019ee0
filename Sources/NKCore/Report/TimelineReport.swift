/// The text form of a timeline: one line per claim, oldest first.
public enum TimelineReport {
    public static func text(_ claims: [Claim], measure: String, publications: Publications = Publications()) -> String {
        var out = Sanitizer.oneLine(measure) + "\n"
        let cited = ConflictsReport.uniqued(claims.map(\.article))
        let repeats = Timeline.repeats(claims)
        for c in claims {
            let part = (c.measure.hasPrefix("part of ") ? "  (part)" : "") + (repeats.contains(ClaimRef(c)) ? "  (again)" : "")
            out += "  " + ConflictsReport.fit(c.date ?? "undated", 11) + ConflictsReport.fit(Bounds.describe(c.figure), 22)
                + ConflictsReport.fit(c.source ?? "—", 26) + Sanitizer.oneLine(publications.columnName(c.article, among: cited)) + part + "\n"
        }
        return out
    }
}
