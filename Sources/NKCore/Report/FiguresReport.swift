/// `nkreader figures`: the figures of each article, as JSON (the contract) or as a readable listing.
public enum FiguresReport {
    public static func json(_ articles: [Article], figures: [[Figure]], sink: ((String) -> Void)? = nil) -> String {
        var w = JSONWriter(sink: sink)
        w.beginObject()
        w.beginArray("articles")
        for (article, figs) in zip(articles, figures) {
            w.beginObject()
            writeArticleHeader(&w, article)
            w.beginArray("figures")
            for f in figs { write(&w, f) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.output + "\n"
    }

    static func writeArticleHeader(_ w: inout JSONWriter, _ a: Article) {
        w.string("id", a.id)
        w.string("path", a.path)
        w.string("title", a.metadata.title)
        w.string("source", a.metadata.source)
        w.string("author", a.metadata.author)
        w.string("date", a.metadata.date)
        w.string("url", a.metadata.url)
        // The language the figures were read in; claims beyond numbers are read as English.
        w.string("language", a.metadata.language ?? "en")
    }

    static func write(_ w: inout JSONWriter, _ f: Figure) {
        w.beginObject()
        w.string("text", f.text)
        w.int("start", f.start)
        w.int("end", f.end)
        w.string("kind", f.kind.rawValue)
        w.number("value", f.value)
        w.number("low", f.low)
        w.number("high", f.high)
        w.bool("approx", f.approx)
        w.string("qualifier", f.qualifier)
        w.string("currency", f.currency)
        if let u = f.unit { w.string("unit", u) }
        if f.isVague { w.bool("vague", true) }
        w.endObject()
    }

    /// One block per article: each figure with its kind, bounds and line number. The article is
    /// named as in every other output, by outlet and title (and date), then the file the line
    /// numbers are in.
    public static func text(_ articles: [Article], figures: [[Figure]], quantitiesOnly: Bool = false) -> String {
        var out = ""
        for (article, figs) in zip(articles, figures) {
            let language = article.metadata.language.flatMap { LanguageCode.isEnglish($0) ? nil : " [\($0)]" } ?? ""
            let name = Publication(article).fullName(orID: article.id) + (article.metadata.date.map { "  (\($0))" } ?? "")
            out += Sanitizer.oneLine(name) + language + "\n"
            out += "  file: " + Sanitizer.oneLine(article.path) + "\n"
            let lines = LineIndex(article.text)
            let shown = quantitiesOnly ? figs.filter { $0.kind.isQuantity } : figs
            if shown.isEmpty { out += "  (no figures)\n" }
            for f in shown {
                // A figure can be a megabyte of digits: the listing shows at most a line's worth.
                let text = DisplayWidth.of(f.text) > 60 ? ConflictsReport.fit(f.text, 60) : Sanitizer.oneLine(f.text)
                let pad = String(repeating: " ", count: max(1, 24 - DisplayWidth.of(text)))
                out += "  \(article.fileLine(ofScalar: f.start, lines: lines)):\t\(text)\(pad)\(f.kind.rawValue)\t\(Bounds.describe(f))\n"
            }
            out += "\n"
        }
        return out
    }
}
