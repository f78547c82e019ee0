/// CSV (one row per contradiction, then one per verdict whose claims were not found; RFC 4180
/// quoting) and JSON (the same fields, nested).
extension ReviewReport {
    /// Where each side is said again (the JSON's `again`) comes in the last two columns, so
    /// that the columns before them stay where they were.
    public func csv() -> String {
        let sideFields = ["figure", "value", "source", "outlet", "title", "date", "sentence", "url", "location"]
        var out = (["section", "measure", "kind", "severity", "verdict", "note", "updated"]
            + sideFields.map { "a_" + $0 } + sideFields.map { "b_" + $0 } + ["a_again", "b_again"]).joined(separator: ",") + "\r\n"
        func fields(_ s: Side) -> [String] {
            [s.figure, s.value, s.source ?? "", s.outlet ?? "", s.title ?? "", s.date ?? "", s.sentence, s.url ?? "", s.location]
        }
        for (section, items) in [("reviewed", reviewed), ("unreviewed", unreviewed)] {
            for i in items {
                let row = [section, i.measure, i.kind.rawValue, ReviewReport.severity(i.severity), i.state.rawValue, i.note, i.updated ?? ""]
                    + fields(i.a) + fields(i.b) + [ReviewReport.againField(i.a.again), ReviewReport.againField(i.b.again)]
                out += row.map(ReviewReport.csvField).joined(separator: ",") + "\r\n"
            }
        }
        // Verdicts whose claims were not found are kept in the report, as in every format: what
        // the review file remembers of each side, its article's id where the location would be.
        func anchorFields(_ a: ClaimAnchor) -> [String] { [a.figure, "", "", "", a.title ?? "", "", a.sentence, "", a.article] }
        for e in unmatched {
            let row = ["not found", e.measure, "", "", e.state.rawValue, e.note, e.updated] + anchorFields(e.a) + anchorFields(e.b) + ["", ""]
            out += row.map(ReviewReport.csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// "25,000-30,000 — Kyiv — seeds/003.txt:14; …": each place a side is said again, with the
    /// figure, who says it and where, as the Markdown's "Said again" lines.
    static func againField(_ again: [Again]) -> String {
        again.map { [$0.figure, $0.source ?? "no source named", $0.location].joined(separator: " — ") }.joined(separator: "; ")
    }

    /// Quoted when it holds a comma, a quote or a line break; quotes doubled.
    static func csvField(_ s: String) -> String {
        let safe = Sanitizer.oneLine(s)
        guard safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public func json() -> String {
        var w = JSONWriter()
        func side(_ key: String, _ s: Side) {
            w.beginObject(key)
            w.string("figure", s.figure)
            w.string("value", s.value)
            w.string("source", s.source)
            w.string("outlet", s.outlet)
            w.string("title", s.title)
            w.string("date", s.date)
            w.string("sentence", s.sentence)
            w.string("url", s.url)
            w.string("location", s.location)
            w.beginArray("again")
            for r in s.again {
                w.beginObject()
                w.string("figure", r.figure)
                w.string("source", r.source)
                w.string("location", r.location)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.beginObject()
        w.string("summary", summary)
        for (key, items) in [("reviewed", reviewed), ("unreviewed", unreviewed)] {
            w.beginArray(key)
            for i in items {
                w.beginObject()
                w.string("measure", i.measure)
                w.string("kind", i.kind.rawValue)
                w.number("severity", (i.severity * 100).rounded() / 100)
                w.string("verdict", i.state.rawValue)
                w.string("note", i.note)
                w.string("updated", i.updated)
                side("a", i.a)
                side("b", i.b)
                w.endObject()
            }
            w.endArray()
        }
        w.beginArray("unmatched")
        for e in unmatched {
            w.beginObject()
            w.string("id", e.id)
            w.string("measure", e.measure)
            w.string("verdict", e.state.rawValue)
            w.string("note", e.note)
            w.string("a", e.a.figure + " (" + e.a.article + ")")
            w.string("b", e.b.figure + " (" + e.b.article + ")")
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.output + "\n"
    }
}
