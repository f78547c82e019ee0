/// What a reader knows an article by — its outlet and title — rather than its file id. Every
/// report names a claim's article this way.
public struct Publication: Sendable, Equatable {
    public var outlet: String?
    public var title: String?
    public var url: String?
    public var path: String?

    public init(outlet: String? = nil, title: String? = nil, url: String? = nil, path: String? = nil) {
        self.outlet = outlet
        self.title = title
        self.url = url
        self.path = path
    }

    public init(_ article: Article) {
        self.init(outlet: article.metadata.source, title: article.metadata.title, url: article.metadata.url, path: article.path)
    }

    /// The shortest name that says where a claim was published: the outlet, else the title, else
    /// the file id (the only name an article with no metadata has).
    public func name(orID id: String) -> String { outlet ?? title ?? id }

    /// "HOOK (Editorji): More North Korean troops…": outlet and title, whichever are known.
    public func fullName(orID id: String) -> String {
        [outlet, title].compactMap { $0 }.joined(separator: ": ").nonEmpty ?? id
    }
}

/// Article id → publication, gathered once per report (from batches, for a corpus too large to
/// keep its texts).
public struct Publications: Sendable {
    private var byID: [String: Publication] = [:]

    public init() {}

    public init(_ articles: [Article]) { add(articles) }

    public mutating func add(_ articles: [Article]) {
        for a in articles where byID[a.id] == nil { byID[a.id] = Publication(a) }
    }

    public subscript(id: String) -> Publication? { byID[id] }

    /// What the claim's article is called in a narrow column: its outlet, or "outlet: title" when
    /// the outlet alone would not tell apart the articles cited (`cited` ids), else the title or id.
    public func columnName(_ id: String, among cited: [String]) -> String {
        guard let p = byID[id] else { return id }
        guard let outlet = p.outlet else { return p.name(orID: id) }
        let sameOutlet = Set(cited.filter { byID[$0]?.outlet == outlet })
        return sameOutlet.count > 1 ? p.fullName(orID: id) : outlet
    }
}

extension String {
    /// nil for the empty string, for `??` chains.
    var nonEmpty: String? { isEmpty ? nil : self }
}
