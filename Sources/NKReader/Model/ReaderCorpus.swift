import NKCore

/// Everything the reader shows, computed once from the shared core.
public struct ReaderCorpus: Sendable {
    public let articles: [Article]
    public let figures: [[Figure]]
    /// The claims as read from the text, before the reviewer's corrections.
    public let readClaims: [Claim]
    /// Words added by the user's vocabulary files, for finding conflicts again after a correction.
    public let vocabulary: MeasureVocabulary
    /// The claims with the review file's corrections applied, and what became of each correction.
    public private(set) var corrected: Corrections.Result
    public var claims: [Claim] { corrected.claims }
    public private(set) var result: ConflictFinder.Result
    /// Every contradicting pair, in the order `n` visits them.
    public private(set) var stops: [Stop]
    /// Per article: highlighted spans (scalar ranges) with their roles, sorted by start.
    public private(set) var highlights: [[Highlight]]
    /// Claims that repeat, further down their article, a claim of a conflict or agreement.
    public private(set) var repeats: Set<ClaimRef> = []
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

    public init(articles: [Article], vocabulary: MeasureVocabulary = .standard) {
        self.init(analysis: Analysis(articles: articles, claimExtractor: ClaimExtractor(vocabulary: vocabulary)), vocabulary: vocabulary)
    }

    public init(analysis: Analysis, vocabulary: MeasureVocabulary = .standard, corrections: [Correction] = []) {
        self.init(articles: analysis.articles, figures: analysis.figures, claims: analysis.claims,
                  vocabulary: vocabulary, corrections: corrections)
    }

    /// The first articles while the rest are still being read: their figures are lit, but which
    /// contradict what is not known until every article's claims are in (the story is read
    /// across all of them).
    public init(preliminary articles: [Article], extractor: FigureExtractor = FigureExtractor(), vocabulary: MeasureVocabulary = .standard) {
        let extractor = extractor.reading(articles.map(\.metadata.language))
        self.init(articles: articles, figures: articles.map { extractor.articleFigures(in: $0.text, language: $0.metadata.language) },
                  claims: [], vocabulary: vocabulary, corrections: [])
    }

    private init(articles: [Article], figures: [[Figure]], claims: [Claim], vocabulary: MeasureVocabulary, corrections: [Correction]) {
        self.articles = articles
        self.figures = figures
        readClaims = claims
        self.vocabulary = vocabulary
        var titles: [String: String] = [:]
        for a in articles { if let t = a.metadata.title { titles[a.id] = t } }
        self.titles = titles
        var indexByID: [String: Int] = [:]
        for (i, a) in articles.enumerated() where indexByID[a.id] == nil { indexByID[a.id] = i }
        self.indexByID = indexByID
        (corrected, result, stops, highlights) = ReaderCorpus.derive(corrections, readClaims, articles, figures, titles, vocabulary)
        repeats = ReaderCorpus.repeats(in: result)
    }

    /// The same articles with other corrections: claims, conflicts and highlights found again.
    public func applying(_ corrections: [Correction]) -> ReaderCorpus {
        var out = self
        out.apply(corrections)
        return out
    }

    private mutating func apply(_ corrections: [Correction]) {
        (corrected, result, stops, highlights) = ReaderCorpus.derive(corrections, readClaims, articles, figures, titles, vocabulary)
        repeats = ReaderCorpus.repeats(in: result)
    }

    private static func repeats(in result: ConflictFinder.Result) -> Set<ClaimRef> {
        Set((result.conflicts.flatMap { $0.repeats.joined() } + result.agreements.flatMap { $0.repeats.joined() }).map(ClaimRef.init))
    }

    /// " (again)" for a claim that repeats one said before in its article, for tables and charts.
    public func againMark(_ claim: Claim) -> String { repeats.contains(ClaimRef(claim)) ? " (again)" : "" }

    /// Claims as corrected, their conflicts, the stops and the highlights.
    private static func derive(_ corrections: [Correction], _ readClaims: [Claim], _ articles: [Article], _ figures: [[Figure]],
                               _ titles: [String: String], _ vocabulary: MeasureVocabulary)
        -> (Corrections.Result, ConflictFinder.Result, [Stop], [[Highlight]]) {
        let corrected = Corrections.apply(corrections, to: readClaims, titles: titles)
        let result = ConflictFinder(vocabulary: vocabulary).find(corrected.claims)
        let stops = ContradictionPair.all(in: result)
        // A figure repeating a side is lit as the side is.
        let inConflict = Set(result.conflicts.flatMap { ($0.claims + $0.repeats.joined()).map(ReaderCorpus.claimID) })
        let inAgreement = Set(result.agreements.flatMap { ($0.claims + $0.repeats.joined()).map(ReaderCorpus.claimID) })
        var highlights = Array(repeating: [Highlight](), count: articles.count)
        for (i, figs) in figures.enumerated() {
            for f in figs where f.kind.isQuantity {
                let id = articles[i].id + "#\(f.start)"
                let role: Role = inConflict.contains(id) ? .conflict : inAgreement.contains(id) ? .agreement : .figure
                highlights[i].append(Highlight(start: f.start, end: f.end, role: role))
            }
        }
        return (corrected, result, stops, highlights)
    }

    static func claimID(_ c: Claim) -> String { c.article + "#\(c.figure.start)" }

    public func articleIndex(_ id: String) -> Int? { indexByID[id] }
}

extension ReaderCorpus {
    /// The claim (corrected, or marked not a claim) whose figure covers `offset` in an article.
    public func claim(article id: String, at offset: Int) -> Claim? {
        (corrected.claims + corrected.removed).first { $0.article == id && $0.figure.start <= offset && offset < $0.figure.end }
    }

    /// The claim as the text was read, before corrections.
    public func readClaim(_ ref: ClaimRef) -> Claim? { readClaims.first { ClaimRef($0) == ref } }

    /// The id of the correction of `kind` applied to a claim, if any.
    public func correctionID(_ kind: Correction.Kind, of claim: Claim, in corrections: [Correction]) -> String? {
        let ref = ClaimRef(claim)
        return corrections.first { $0.kind == kind && corrected.target[$0.id] == ref }?.id
    }

    /// Measures claims are compared under, for the measure picker.
    public var measures: [String] {
        Array(Set(claims.filter(\.isComparable).map(\.measure))).sorted()
    }
}
