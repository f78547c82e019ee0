import NKCore

/// Everything the reader shows, computed once from the shared core.
public struct ReaderCorpus: Sendable {
    public let articles: [Article]
    public let figures: [[Figure]]
    public let claims: [Claim]
    public let result: ConflictFinder.Result
    /// Every contradicting pair, in the order `n` visits them.
    public let stops: [Stop]
    /// Per article: highlighted spans (scalar ranges) with their roles, sorted by start.
    public let highlights: [[Highlight]]
    /// Article id → title: review anchors name the article both ways.
    public let titles: [String: String]

    /// One contradiction the reader can jump to: two claims that cannot both hold.
    public typealias Stop = ContradictionPair

    public struct Highlight: Sendable, Equatable {
        public var start: Int
        public var end: Int
        public var role: Role
    }

    public init(articles: [Article]) {
        let analysis = Analysis(articles: articles)
        self.init(analysis: analysis)
    }

    public init(analysis: Analysis) {
        articles = analysis.articles
        figures = analysis.figures
        claims = analysis.claims
        result = ConflictFinder().find(analysis.claims)
        stops = ContradictionPair.all(in: result)
        var titles: [String: String] = [:]
        for a in articles { if let t = a.metadata.title { titles[a.id] = t } }
        self.titles = titles
        let inConflict = Set(result.conflicts.flatMap { $0.claims.map(ReaderCorpus.claimID) })
        let inAgreement = Set(result.agreements.flatMap { $0.claims.map(ReaderCorpus.claimID) })
        var highlights = Array(repeating: [Highlight](), count: articles.count)
        for (i, figs) in figures.enumerated() {
            for f in figs where f.kind.isQuantity {
                let id = articles[i].id + "#\(f.start)"
                let role: Role = inConflict.contains(id) ? .conflict : inAgreement.contains(id) ? .agreement : .figure
                highlights[i].append(Highlight(start: f.start, end: f.end, role: role))
            }
        }
        self.highlights = highlights
    }

    static func claimID(_ c: Claim) -> String { c.article + "#\(c.figure.start)" }

    public func articleIndex(_ id: String) -> Int? { articles.firstIndex { $0.id == id } }
}
