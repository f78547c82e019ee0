/// Where a reviewed claim is, stated by its text and context rather than by offsets alone, so
/// that a verdict still finds its claim after the article is re-saved or reformatted.
public struct ClaimAnchor: Codable, Hashable, Sendable {
    /// The article's id (its file name without extension).
    public var article: String
    /// The article's title when known: it finds the article again if the file was renamed.
    public var title: String?
    /// The figure as written ("25-30,000").
    public var figure: String
    /// The sentence around the figure.
    public var sentence: String
    /// The figure's scalar offset when the verdict was given: only a tie-breaker.
    public var offset: Int

    public init(article: String, title: String?, figure: String, sentence: String, offset: Int) {
        self.article = article
        self.title = title
        self.figure = figure
        self.sentence = sentence
        self.offset = offset
    }

    public init(_ claim: Claim, title: String?) {
        self.init(article: claim.article, title: title, figure: claim.figure.text,
                  sentence: claim.sentence, offset: claim.figure.start)
    }
}
