/// The whole pipeline over a corpus: text → figures → claims → conflicts. Every front reads this.
public struct Analysis: Sendable {
    public let articles: [Article]
    public let figures: [[Figure]]
    public let claims: [Claim]

    public init(articles: [Article], extractor: FigureExtractor = FigureExtractor(), claimExtractor: ClaimExtractor = ClaimExtractor()) {
        self.articles = articles
        let extractor = extractor.reading(articles.map(\.metadata.language))
        let results = parallelMap(articles) { article in
            let figures = extractor.figures(in: article.text, language: article.metadata.language)
            return (figures, claimExtractor.claims(in: article, figures: figures))
        }
        figures = results.map(\.0)
        claims = StoryReading.resolve(results.flatMap(\.1))
    }
}
