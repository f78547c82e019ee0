/// The text form of a timeline: one line per claim, oldest first.
public enum TimelineReport {
    public static func text(_ claims: [Claim], measure: String) -> String {
        var out = Sanitizer.oneLine(measure) + "\n"
        for c in claims {
            let part = c.measure.hasPrefix("part of ") ? "  (part)" : ""
            out += "  " + ConflictsReport.fit(c.date ?? "undated", 11) + ConflictsReport.fit(Bounds.describe(c.figure), 22)
                + ConflictsReport.fit(c.source ?? "—", 26) + Sanitizer.oneLine(c.article) + part + "\n"
        }
        return out
    }
}
