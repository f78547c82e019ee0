/// `nkreader claims`: every claim with its measure, bounds, source, date and sentence.
public enum ClaimsReport {
    public static func json(_ claims: [Claim], sink: ((String) -> Void)? = nil) -> String {
        var w = JSONWriter(sink: sink)
        w.beginObject()
        w.beginArray("claims")
        for c in claims { write(&w, c, measure: true) }
        w.endArray()
        w.endObject()
        return w.output + "\n"
    }

    /// The fields of one claim, as in the conflicts contract.
    static func write(_ w: inout JSONWriter, _ c: Claim, measure: Bool) {
        w.beginObject()
        w.string("article", c.article)
        if measure { w.string("measure", c.measure) }
        // The measure's parts, so that a reader of the JSON sees why two claims were compared.
        w.string("thing", c.frame.thing)
        w.string("event", c.frame.event)
        w.string("place", c.frame.place)
        w.string("time", c.frame.time)
        w.string("group", c.frame.group)
        w.bool("runningTotal", c.frame.isRunningTotal)
        w.number("year", c.frame.year.map(Double.init))
        w.string("rate", c.frame.rate.map { $0 } ?? c.frame.per.map { "per " + $0 })
        w.bool("comparable", c.isComparable)
        w.string("text", c.figure.text)
        w.int("start", c.figure.start)
        w.int("end", c.figure.end)
        w.string("kind", c.figure.kind.rawValue)
        w.number("value", c.figure.value)
        w.number("low", c.figure.low)
        w.number("high", c.figure.high)
        w.bool("approx", c.figure.approx)
        w.string("currency", c.figure.currency)
        w.string("source", c.source)
        w.string("date", c.date)
        w.string("sentence", c.sentence)
        if c.isVague { w.bool("vague", true) }
        w.endObject()
    }

    public static func text(_ claims: [Claim]) -> String {
        var out = ""
        var lastArticle: String?
        for c in claims {
            if c.article != lastArticle {
                out += (lastArticle == nil ? "" : "\n") + c.article + (c.date.map { "  (\($0))" } ?? "") + "\n"
                lastArticle = c.article
            }
            // An unmeasured claim still shows what was read of it: "(unmeasured; read: people)".
            let partial = c.isUnmeasured && c.frame.description != MeasureFrame.unmeasured ? "; read: " + c.frame.description : ""
            let measure = partial.isEmpty ? c.measure : String(c.measure.dropLast()) + partial + ")"
            out += "  " + Sanitizer.oneLine(c.figure.text) + "  →  " + measure + ": " + Bounds.describe(c.figure)
            out += "  — " + (c.source ?? "no source") + "\n"
        }
        return out.isEmpty ? "(no claims)\n" : out
    }
}
