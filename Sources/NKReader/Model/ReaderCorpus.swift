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
    /// Article id → index, so that jumping to a contradiction does not search 100,000 articles.
    private let indexByID: [String: Int]

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
        self.init(articles: analysis.articles, figures: analysis.figures, claims: analysis.claims,
                  result: ConflictFinder().find(analysis.claims))
    }

    /// The first articles while the rest are still being read: their figures are lit, but which
    /// contradict what is not known until every article's claims are in (the story is read
    /// across all of them).
    public init(preliminary articles: [Article], extractor: FigureExtractor = FigureExtractor()) {
        let extractor = extractor.reading(articles.map(\.metadata.language))
        self.init(articles: articles, figures: articles.map { extractor.articleFigures(in: $0.text, language: $0.metadata.language) }, claims: [],
                  result: .empty)
    }

    private init(articles: [Article], figures: [[Figure]], claims: [Claim], result: ConflictFinder.Result) {
        self.articles = articles
        self.figures = figures
        self.claims = claims
        self.result = result
        stops = ContradictionPair.all(in: result)
        var titles: [String: String] = [:]
        for a in articles { if let t = a.metadata.title { titles[a.id] = t } }
        self.titles = titles
        var indexByID: [String: Int] = [:]
        for (i, a) in articles.enumerated() where indexByID[a.id] == nil { indexByID[a.id] = i }
        self.indexByID = indexByID
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

    public func articleIndex(_ id: String) -> Int? { indexByID[id] }
}
