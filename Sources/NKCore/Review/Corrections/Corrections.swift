import Foundation

/// Applies a reviewer's corrections to the claims read from the articles: a pure function, run
/// on every load by the reader and by `claims`, `conflicts`, `timeline` and `report`, before
/// conflicts are looked for.
public enum Corrections {
    public struct Result: Sendable {
        /// The claims as corrected, without the figures marked "not a claim".
        public var claims: [Claim]
        /// The figures marked "not a claim", as they were read (so that they can be restored).
        public var removed: [Claim]
        /// Correction id → the claim it applies to, for the claim corrections that found theirs.
        public var target: [String: ClaimRef]
        /// Corrections whose claim (or measure) is not in these articles: kept, and reported.
        public var unmatched: [Correction]
    }

    /// Claim corrections first, the later of two on one claim winning; then measure merges,
    /// followed from one to the next ("A is B", "B is C": A is C).
    /// `titles`: article id → title, to find an article whose file was renamed.
    public static func apply(_ corrections: [Correction], to claims: [Claim], titles: [String: String] = [:]) -> Result {
        var claims = claims
        var result = Result(claims: [], removed: [], target: [:], unmatched: [])
        let ordered = corrections.sorted { ($0.updated, $0.id) < ($1.updated, $1.id) }
        let notClaims = applyClaimCorrections(ordered, to: &claims, titles: titles, into: &result)
        applyMerges(ordered, to: &claims, into: &result)
        for (i, c) in claims.enumerated() {
            if notClaims.contains(i) { result.removed.append(c) } else { result.claims.append(c) }
        }
        return result
    }

    /// Measure, source and not-a-claim fixes, each on the claim its anchor finds best. Returns
    /// the indices of the figures that are not claims.
    private static func applyClaimCorrections(_ ordered: [Correction], to claims: inout [Claim], titles: [String: String],
                                              into result: inout Result) -> Set<Int> {
        var byFigure: [String: [Int]] = [:]
        for (i, c) in claims.enumerated() { byFigure[AnchorMatch.normalized(c.figure.text), default: []].append(i) }
        func best(_ anchor: ClaimAnchor) -> Int? {
            var top: (index: Int, score: Double)?
            for i in byFigure[AnchorMatch.normalized(anchor.figure)] ?? [] {
                guard let s = AnchorMatch.score(anchor, claims[i], title: titles[claims[i].article]) else { continue }
                if top == nil || s > top!.score { top = (i, s) }
            }
            return top?.index
        }
        var notClaims = Set<Int>()
        for c in ordered where c.kind != .merge {
            guard let anchor = c.claim, let i = best(anchor) else {
                result.unmatched.append(c)
                continue
            }
            result.target[c.id] = ClaimRef(claims[i])
            switch c.kind {
            case .measure: claims[i].correctedMeasure = c.measure.flatMap(nonEmpty)
            case .source: claims[i].source = c.source.flatMap(nonEmpty)
            case .notAClaim: notClaims.insert(i)
            case .merge: break
            }
        }
        return notClaims
    }

    /// Every claim of a merged measure takes the measure it is merged into, down a chain of
    /// merges; a merge no claim went through is unmatched.
    private static func applyMerges(_ ordered: [Correction], to claims: inout [Claim], into result: inout Result) {
        var into: [String: String] = [:]
        var merges: [Correction] = []
        for c in ordered where c.kind == .merge {
            // Claims of no measure are not one measure: merging them would compare them all.
            guard let from = c.measure, from != MeasureFrame.unmeasured, let to = c.into.flatMap(nonEmpty), from != to else {
                result.unmatched.append(c)
                continue
            }
            into[from] = to
            merges.append(c)
        }
        guard !merges.isEmpty else { return }
        var used = Set<String>()
        for i in claims.indices {
            var measure = claims[i].measure
            var seen: Set<String> = [measure]
            // A cycle of merges stops where it would come back.
            while let next = into[measure], seen.insert(next).inserted {
                used.insert(measure)
                measure = next
            }
            if measure != claims[i].measure { claims[i].correctedMeasure = measure }
        }
        for c in merges where !used.contains(c.measure ?? "") { result.unmatched.append(c) }
    }

    private static func nonEmpty(_ s: String) -> String? {
        let t = s.trimmingCharacters(in: .whitespaces)
        return t.isEmpty ? nil : t
    }
}
