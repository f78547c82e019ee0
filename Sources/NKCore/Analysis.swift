/// The whole pipeline over a corpus: text → figures → claims → conflicts. Every front reads this.
public struct Analysis: Sendable {
    public let articles: [Article]
    public let figures: [[Figure]]
    public let claims: [Claim]

    public init(articles: [Article], extractor: FigureExtractor = FigureExtractor(), claimExtractor: ClaimExtractor = ClaimExtractor()) {
        self.articles = articles
        let extractor = extractor.reading(articles.map(\.metadata.language))
        let results = parallelMap(articles) { article in
            let figures = extractor.articleFigures(in: article.text, language: article.metadata.language)
            return (figures, claimExtractor.claims(in: article, figures: figures))
        }
        figures = results.map(\.0)
        claims = StoryReading.resolve(results.flatMap(\.1), vocabulary: claimExtractor.vocabulary)
    }
}

extension FigureExtractor {
    /// An article's figures, with the page's counters ("7 comments") marked as no quantity.
    public func articleFigures(in text: String, language: String? = nil, layout: PageLayout = .standard) -> [Figure] {
        layout.demotingCounters(figures(in: text, language: language), in: text)
    }
}
