/// The whole pipeline over a corpus: text → figures → claims → conflicts. Every front reads this.
public struct Analysis: Sendable {
    public let articles: [Article]
    public let figures: [[Figure]]
    public let claims: [Claim]

    public init(articles: [Article], extractor: FigureExtractor = FigureExtractor(), claimExtractor: ClaimExtractor = ClaimExtractor()) {
        var builder = AnalysisBuilder(extractor: extractor, claimExtractor: claimExtractor)
        builder.add(articles)
        self = builder.finished()
    }

    init(articles: [Article], figures: [[Figure]], claims: [Claim]) {
        self.articles = articles
        self.figures = figures
        self.claims = claims
    }
}

/// An Analysis built a batch of articles at a time, for a front that shows progress or stops
/// half way. Figures and claims are per article; the story is read once, over every claim, when
/// the last batch is in: the result is the same as `Analysis(articles:)` on all of them.
public struct AnalysisBuilder: Sendable {
    private var extractor: FigureExtractor
    private let claimExtractor: ClaimExtractor
    private var articles: [Article] = []
    private var figures: [[Figure]] = []
    /// Claims as each article reads them alone, before the story is read.
    private var articleClaims: [Claim] = []

    public init(extractor: FigureExtractor = FigureExtractor(), claimExtractor: ClaimExtractor = ClaimExtractor()) {
        self.extractor = extractor
        self.claimExtractor = claimExtractor
    }

    public var articleCount: Int { articles.count }

    /// Figures and claims of each article of the batch, on every core.
    public mutating func add(_ batch: [Article]) {
        // The lexicons of this batch's languages join those of the batches before.
        extractor = extractor.reading(batch.map(\.metadata.language))
        let results = AnalysisBuilder.read(batch, extractor: extractor, claimExtractor: claimExtractor)
        articles += batch
        figures += results.map(\.0)
        articleClaims += results.flatMap(\.1)
    }

    /// Each article's figures and claims, read alone, on every core.
    static func read(_ batch: [Article], extractor: FigureExtractor, claimExtractor: ClaimExtractor) -> [([Figure], [Claim])] {
        parallelMap(batch) { article in
            let figures = extractor.articleFigures(in: article.text, language: article.metadata.language)
            return (figures, claimExtractor.claims(in: article, figures: figures))
        }
    }

    /// The analysis of every article added, the story read across all of them.
    public func finished() -> Analysis {
        Analysis(articles: articles, figures: figures,
                 claims: StoryReading.resolve(articleClaims, vocabulary: claimExtractor.vocabulary))
    }
}

extension FigureExtractor {
    /// An article's figures, with the page's counters ("7 comments") marked as no quantity.
    public func articleFigures(in text: String, language: String? = nil, layout: PageLayout = .standard) -> [Figure] {
        layout.demotingCounters(figures(in: text, language: language), in: text)
    }
}

/// The claims of a corpus too large to hold: each batch's texts are read and let go, only the
/// claims are kept, and the story is read once over all of them, as `Analysis` reads it.
public struct ClaimsBuilder: Sendable {
    private var extractor: FigureExtractor
    private let claimExtractor: ClaimExtractor
    private var articleClaims: [Claim] = []

    public init(extractor: FigureExtractor = FigureExtractor(), claimExtractor: ClaimExtractor = ClaimExtractor()) {
        self.extractor = extractor
        self.claimExtractor = claimExtractor
    }

    public mutating func add(_ batch: [Article]) {
        extractor = extractor.reading(batch.map(\.metadata.language))
        articleClaims += AnalysisBuilder.read(batch, extractor: extractor, claimExtractor: claimExtractor).flatMap(\.1)
    }

    public func finished() -> [Claim] {
        StoryReading.resolve(articleClaims, vocabulary: claimExtractor.vocabulary)
    }
}
