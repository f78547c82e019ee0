/// The whole pipeline over a corpus: text → figures → claims → conflicts. Every front reads this.
public struct Analysis: Sendable {
    public let articles: [Article]
    public let figures: [[Figure]]
    public let claims: [Claim]

    public init(articles: [Article], extractor: FigureExtractor = FigureExtractor(), claimExtractor: ClaimExtractor = ClaimExtractor()) {
        self.articles = articles
        let figures = articles.map { extractor.figures(in: $0.text) }
        self.figures = figures
        claims = zip(articles, figures).flatMap { claimExtractor.claims(in: $0, figures: $1) }
    }
}
