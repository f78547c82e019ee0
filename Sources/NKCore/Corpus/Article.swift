/// One article: its decoded text and what is known about it.
public struct Article: Sendable, Equatable {
    /// The file name without its extension ("-" for standard input).
    public var id: String
    public var path: String
    public var text: String
    public var metadata: ArticleMetadata

    public init(id: String, path: String, text: String, metadata: ArticleMetadata = ArticleMetadata()) {
        self.id = id
        self.path = path
        self.text = text
        self.metadata = metadata
    }
}

/// Title, source, author and date; nil where unknown. `date` is ISO 8601, as precise as known.
public struct ArticleMetadata: Sendable, Equatable, Codable {
    public var title: String?
    public var source: String?
    public var author: String?
    public var date: String?

    public init(title: String? = nil, source: String? = nil, author: String? = nil, date: String? = nil) {
        self.title = title
        self.source = source
        self.author = author
        self.date = date
    }

    /// Fields of `other` win where they are set.
    public func overridden(by other: ArticleMetadata) -> ArticleMetadata {
        ArticleMetadata(title: other.title ?? title, source: other.source ?? source,
                        author: other.author ?? author, date: other.date ?? date)
    }
}
