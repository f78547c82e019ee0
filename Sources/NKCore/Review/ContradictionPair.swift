/// Two claims that cannot both hold, with the conflict they belong to: what a reviewer judges.
public struct ContradictionPair: Sendable, Equatable {
    /// Index of the conflict in the finder's result, and of the pair in that conflict.
    public var conflict: Int
    public var pair: Int
    public var measure: String
    public var a: Claim
    public var b: Claim
    public var kind: Conflict.Kind
    public var severity: Double

    /// Every pair of every conflict, in the result's order (most severe conflict first).
    public static func all(in result: ConflictFinder.Result) -> [ContradictionPair] {
        result.conflicts.enumerated().flatMap { ci, c in
            c.pairs.enumerated().map { pi, p in
                ContradictionPair(conflict: ci, pair: pi, measure: c.measure, a: c.claims[p.a], b: c.claims[p.b],
                                  kind: p.kind, severity: p.severity)
            }
        }
    }
}

/// A claim by where its figure starts in which article.
public struct ClaimRef: Hashable, Sendable {
    public var article: String
    public var start: Int

    public init(article: String, start: Int) {
        self.article = article
        self.start = start
    }

    public init(_ claim: Claim) { self.init(article: claim.article, start: claim.figure.start) }
}
