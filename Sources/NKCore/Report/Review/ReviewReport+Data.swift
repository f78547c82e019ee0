/// CSV (one row per contradiction, RFC 4180 quoting) and JSON (the same fields, nested).
extension ReviewReport {
    public func csv() -> String {
        let sideFields = ["figure", "value", "source", "outlet", "title", "date", "sentence", "url", "location"]
        var out = (["section", "measure", "kind", "severity", "verdict", "note", "updated"]
            + sideFields.map { "a_" + $0 } + sideFields.map { "b_" + $0 }).joined(separator: ",") + "\r\n"
        func fields(_ s: Side) -> [String] {
            [s.figure, s.value, s.source ?? "", s.outlet ?? "", s.title ?? "", s.date ?? "", s.sentence, s.url ?? "", s.location]
        }
        for (section, items) in [("reviewed", reviewed), ("unreviewed", unreviewed)] {
            for i in items {
                let row = [section, i.measure, i.kind.rawValue, ReviewReport.severity(i.severity), i.state.rawValue, i.note, i.updated ?? ""]
                    + fields(i.a) + fields(i.b)
                out += row.map(ReviewReport.csvField).joined(separator: ",") + "\r\n"
            }
        }
        return out
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
