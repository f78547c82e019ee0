/// Which review entry speaks for which contradiction today, and which entries found no
/// contradiction (their claims changed, or the articles are not open).
public struct ReviewResolution: Sendable {
    /// Pair index → the entry for it.
    public private(set) var entryForPair: [Int: ReviewEntry] = [:]
    /// Entries that match no pair: kept in the file and reported, never dropped.
    public private(set) var unmatched: [ReviewEntry] = []

    /// `titles`: article id → title, to find an article whose file was renamed.
    public init(_ review: ReviewFile, pairs: [ContradictionPair], titles: [String: String]) {
        // Candidates by figure text, so that each anchor is compared with few claims.
        var claimsByFigure: [String: [Claim]] = [:]
        var seen = Set<ClaimRef>()
        var pairIndex: [PairKey: Int] = [:]
        // A place repeating a side stands for it: a verdict given when the repeat was a side of
        // its own finds the pair it now belongs to.
        var side: [ClaimRef: Claim] = [:]
        for (i, p) in pairs.enumerated() {
            for (c, again) in [(p.a, p.aRepeats), (p.b, p.bRepeats)] {
                for r in [c] + again where seen.insert(ClaimRef(r)).inserted {
                    claimsByFigure[AnchorMatch.normalized(r.figure.text), default: []].append(r)
                    side[ClaimRef(r)] = c
                }
            }
            pairIndex[PairKey(p.a, p.b), default: i] = i
        }
        func best(_ anchor: ClaimAnchor) -> Claim? {
            var top: (Claim, Double)?
            for c in claimsByFigure[AnchorMatch.normalized(anchor.figure)] ?? [] {
                if let s = AnchorMatch.score(anchor, c, title: titles[c.article]), s > (top?.1 ?? -.infinity) { top = (c, s) }
            }
            return top.flatMap { side[ClaimRef($0.0)] }
        }
        for entry in review.sortedEntries {
            guard let a = best(entry.a), let b = best(entry.b), let i = pairIndex[PairKey(a, b)] else {
                unmatched.append(entry)
                continue
            }
            entryForPair[i] = ReviewFile.later(entryForPair[i], entry)
        }
    }

    public func state(ofPair i: Int) -> ReviewState { entryForPair[i]?.state ?? .unreviewed }
    public func note(ofPair i: Int) -> String { entryForPair[i]?.note ?? "" }

    /// A pair either way round.
    private struct PairKey: Hashable {
        var first: ClaimRef
        var second: ClaimRef
        init(_ a: Claim, _ b: Claim) {
            let x = ClaimRef(a), y = ClaimRef(b)
            (first, second) = (x.article, x.start) <= (y.article, y.start) ? (x, y) : (y, x)
        }
    }
}
