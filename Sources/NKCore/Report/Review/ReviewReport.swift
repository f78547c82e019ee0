/// The fact-checker's report: every contradiction with both sides in full, the reviewed ones
/// first, then the unreviewed, then verdicts whose claims were not found. Formats are in the
/// `ReviewReport+*.swift` files beside this one.
public struct ReviewReport: Sendable {
    /// One side of a contradiction, with everything a reader of the report needs to check it.
    public struct Side: Sendable {
        public var figure: String
        /// The bounds in words: "≈ 11,000", "≤ 10,000".
        public var value: String
        /// Who says it, as the text names them.
        public var source: String?
        /// The publication.
        public var outlet: String?
        public var title: String?
        public var date: String?
        public var sentence: String
        public var url: String?
        /// "seeds/003.txt:14": the line in the text nkreader reads.
        public var location: String
        /// Where the article says the same figure again: one side, said twice.
        public var again: [Again] = []
    }

    /// A place in the same article that repeats a side's figure.
    public struct Again: Sendable {
        public var figure: String
        public var source: String?
        public var location: String
    }

    public struct Item: Sendable {
        public var measure: String
        public var kind: Conflict.Kind
        public var severity: Double
        public var state: ReviewState
        public var note: String
        /// When the verdict or note was last changed, if ever.
        public var updated: String?
        public var a: Side
        public var b: Side
    }

    public var articleCount: Int
    /// Reviewed (follow up, checked, false alarm in that order), then unreviewed.
    public var reviewed: [Item]
    public var unreviewed: [Item]
    /// Verdicts kept in the review file whose claims are not in these articles.
    public var unmatched: [ReviewEntry]

    /// `folder`: relative article paths are given from it (a report written away from the
    /// current folder needs paths that still lead to the files).
    public init(pairs: [ContradictionPair], resolution: ReviewResolution, articles: [Article], relativeTo folder: String? = nil) {
        var byID: [String: Article] = [:]
        for a in articles { byID[a.id] = a }
        let publications = Publications(articles)
        var lines: [String: LineIndex] = [:]
        func location(_ c: Claim) -> String {
            let article = byID[c.article]
            var location = article?.path ?? c.article
            if let folder, let path = article?.path, !path.hasPrefix("/"), path != "-" { location = folder + "/" + path }
            if let article {
                let index = lines[c.article] ?? LineIndex(article.text)
                lines[c.article] = index
                location += ":\(article.fileLine(ofScalar: c.figure.start, lines: index))"
            }
            return location
        }
        func side(_ c: Claim, _ repeats: [Claim]) -> Side {
            let publication = publications[c.article]
            return Side(figure: c.figure.text, value: Bounds.describe(c.figure), source: c.source,
                        outlet: publication?.outlet, title: publication?.title, date: c.date,
                        sentence: c.sentence, url: publication?.url, location: location(c),
                        again: repeats.map { Again(figure: $0.figure.text, source: $0.source, location: location($0)) })
        }
        var items: [Item] = []
        for (i, p) in pairs.enumerated() {
            let entry = resolution.entryForPair[i]
            items.append(Item(measure: p.measure, kind: p.kind, severity: p.severity, state: entry?.state ?? .unreviewed,
                              note: entry?.note ?? "", updated: entry?.updated, a: side(p.a, p.aRepeats), b: side(p.b, p.bRepeats)))
        }
        // A stable sort: within a state, the finder's order (most severe conflict first).
        let ranked = items.enumerated().sorted { ($0.element.state.rank, $0.offset) < ($1.element.state.rank, $1.offset) }.map(\.element)
        reviewed = ranked.filter { $0.state != .unreviewed }
        unreviewed = ranked.filter { $0.state == .unreviewed }
        unmatched = resolution.unmatched
        articleCount = articles.count
    }

    /// "5 contradictions in 4 articles: 2 reviewed (1 checked, 1 false alarm), 3 unreviewed."
    public var summary: String {
        let total = reviewed.count + unreviewed.count
        var counts: [String] = []
        for state in [ReviewState.followUp, .checked, .falseAlarm] {
            let n = reviewed.filter { $0.state == state }.count
            if n > 0 { counts.append("\(n) \(state == .falseAlarm && n > 1 ? "false alarms" : state.rawValue)") }
        }
        var s = "\(total) contradiction\(total == 1 ? "" : "s") in \(articleCount) article\(articleCount == 1 ? "" : "s"): "
        s += "\(reviewed.count) reviewed" + (counts.isEmpty ? "" : " (" + counts.joined(separator: ", ") + ")")
        s += ", \(unreviewed.count) unreviewed."
        if !unmatched.isEmpty { s += " \(unmatched.count) verdict\(unmatched.count == 1 ? "" : "s") whose claims were not found." }
        return s
    }

    /// "Russia · NVNK, 11 Feb 2025": who says it, and where and when it was published.
    static func attribution(_ s: Side) -> String {
        let published = [s.outlet, s.date.map(DateLabel.short)].compactMap { $0 }.joined(separator: ", ")
        return [s.source ?? "no source named", published].filter { !$0.isEmpty }.joined(separator: " · ")
    }
}
