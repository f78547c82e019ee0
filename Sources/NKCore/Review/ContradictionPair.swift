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
    /// Other places in each side's article that say the same figure: the same side.
    public var aRepeats: [Claim] = []
    public var bRepeats: [Claim] = []

    /// Whether `claim` is one of the two sides, or said again in its article.
    public func has(_ claim: Claim) -> Bool { side(of: claim) != nil }

    /// 0 for side a, 1 for side b (or a place repeating it), nil for a claim not in the pair.
    public func side(of claim: Claim) -> Int? {
        if a == claim || aRepeats.contains(claim) { return 0 }
        if b == claim || bRepeats.contains(claim) { return 1 }
        return nil
    }

    /// Every pair of every conflict, in the result's order (most severe conflict first).
    public static func all(in result: ConflictFinder.Result) -> [ContradictionPair] {
        result.conflicts.enumerated().flatMap { ci, c in
            c.pairs.enumerated().map { pi, p in
                ContradictionPair(conflict: ci, pair: pi, measure: c.measure, a: c.claims[p.a], b: c.claims[p.b],
                                  kind: p.kind, severity: p.severity, aRepeats: c.repeats(of: p.a), bRepeats: c.repeats(of: p.b))
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
