/// One article: its decoded text and what is known about it.
public struct Article: Sendable, Equatable {
    /// The file name without its extension ("-" for standard input).
    public var id: String
    public var path: String
    public var text: String
    public var metadata: ArticleMetadata
    /// Where the file's lines are in the text, when they are not the text's lines (Markdown).
    public var fileLines: FileLines?
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

extension Article {
    /// The 1-based line of the file at scalar `offset` of the text (`lines` built from `text`).
    public func fileLine(ofScalar offset: Int, lines: LineIndex) -> Int {
        fileLines?.line(ofScalar: offset, lines: lines) ?? lines.line(ofScalar: offset)
    }
}

/// Title, source, author, date and URL; nil where unknown. `date` is ISO 8601, as precise as known.
public struct ArticleMetadata: Sendable, Equatable, Codable {
    public var title: String?
    public var source: String?
    public var author: String?
    public var date: String?
    /// Where the article was published (a page's canonical URL, `url:` in front matter), or the
    /// URL it was fetched from.
    public var url: String?
    /// The language of the text as a two-letter code ("fr"), stated (`lang`, `language`) or
    /// detected; nil until the loader has settled it, which reads a text it cannot tell as English.
    public var language: String?

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
        m.language = other.language ?? language
        return m
    }

    private enum Keys: String, CodingKey { case title, source, author, date, url, language, lang }

    /// metadata.json may name the language `language` or `lang`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(title: try c.decodeIfPresent(String.self, forKey: .title), source: try c.decodeIfPresent(String.self, forKey: .source),
                  author: try c.decodeIfPresent(String.self, forKey: .author), date: try c.decodeIfPresent(String.self, forKey: .date))
        url = try c.decodeIfPresent(String.self, forKey: .url)
        language = try c.decodeIfPresent(String.self, forKey: .language) ?? c.decodeIfPresent(String.self, forKey: .lang)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encodeIfPresent(source, forKey: .source)
        try c.encodeIfPresent(author, forKey: .author)
        try c.encodeIfPresent(date, forKey: .date)
        try c.encodeIfPresent(url, forKey: .url)
        try c.encodeIfPresent(language, forKey: .language)
    }
}
