/// `nkreader claims`: every claim with its measure, bounds, source, date and sentence.
public enum ClaimsReport {
    /// `publications`: the outlet and title of each claim's article, written beside its id.
    public static func json(_ claims: [Claim], publications: Publications? = nil, sink: ((String) -> Void)? = nil) -> String {
        var w = JSONWriter(sink: sink)
        w.beginObject()
        w.beginArray("claims")
        for c in claims { write(&w, c, measure: true, publications: publications) }
        w.endArray()
        w.endObject()
        return w.output + "\n"
    }

    /// The fields of one claim, as in the conflicts contract.
    /// `repeatOf`: in a conflict, the index of the claim this one says again.
    static func write(_ w: inout JSONWriter, _ c: Claim, measure: Bool, publications: Publications?, repeatOf: Int? = nil) {
        w.beginObject()
        w.string("article", c.article)
        // Added beside the id, which the contract fixes: what a person calls the article.
        if let publications {
            w.string("outlet", publications[c.article]?.outlet)
            w.string("title", publications[c.article]?.title)
        }
        if measure { w.string("measure", c.measure) }
        // The measure's parts, so that a reader of the JSON sees why two claims were compared.
        w.string("thing", c.frame.thing)
        w.string("event", c.frame.event)
        w.string("place", c.frame.place)
        w.string("incident", c.frame.incident)
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
        if let repeatOf { w.int("repeatOf", repeatOf) }
        w.endObject()
    }

    /// Claims under a heading per article: its outlet and title (the id when it has neither).
    public static func text(_ claims: [Claim], publications: Publications = Publications()) -> String {
        var out = ""
        var lastArticle: String?
        for c in claims {
            if c.article != lastArticle {
                let name = Sanitizer.oneLine(publications[c.article]?.fullName(orID: c.article) ?? c.article)
                out += (lastArticle == nil ? "" : "\n") + name + (c.date.map { "  (\($0))" } ?? "") + "\n"
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
