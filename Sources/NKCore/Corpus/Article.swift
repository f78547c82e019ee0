/// One article: its decoded text and what is known about it.
public struct Article: Sendable, Equatable {
    /// The file name without its extension ("-" for standard input).
    public var id: String
    public var path: String
    public var text: String
    public var metadata: ArticleMetadata
    /// What the document itself states (a page's tags, a .docx's properties, front matter), set
    /// by its reader and merged into `metadata` with what the text and metadata.json say.
    var documentMetadata = ArticleMetadata()
    /// Front matter is the user's own word and outranks metadata.json; a page's tags do not.
    var documentMetadataIsUsers = false

    public init(id: String, path: String, text: String, metadata: ArticleMetadata = ArticleMetadata()) {
        self.id = id
        self.path = path
        self.text = text
        self.metadata = metadata
    }
}

/// Title, source, author, date and URL; nil where unknown. `date` is ISO 8601, as precise as known.
public struct ArticleMetadata: Sendable, Equatable, Codable {
    public var title: String?
    public var source: String?
    public var author: String?
    public var date: String?
    /// Where the article was published (a page's canonical URL, `url:` in front matter).
    public var url: String?

    public init(title: String? = nil, source: String? = nil, author: String? = nil, date: String? = nil) {
        self.title = title
        self.source = source
        self.author = author
        self.date = date
    }

    /// Fields of `other` win where they are set.
    public func overridden(by other: ArticleMetadata) -> ArticleMetadata {
        var m = ArticleMetadata(title: other.title ?? title, source: other.source ?? source,
                                author: other.author ?? author, date: other.date ?? date)
        m.url = other.url ?? url
        return m
    }
}
