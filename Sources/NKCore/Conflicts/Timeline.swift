/// The claims on one measure in date order, parts of it included: how a count moved over time.
public enum Timeline {
    /// Claims on `measure` and on "part of `measure`", oldest first; undated claims last.
    public static func claims(_ claims: [Claim], measure: String) -> [Claim] {
        let m = measure.lowercased()
        let picked = claims.filter { !$0.isVague && ($0.measure.lowercased() == m || $0.measure.lowercased() == "part of " + m) }
        return picked.enumerated().sorted { a, b in
            let da = approximateDay(a.element.date) ?? .infinity
            let db = approximateDay(b.element.date) ?? .infinity
            return da < db || (da == db && a.offset < b.offset)
        }.map(\.element)
    }

    /// The measure a user means: an exact name, else the only measure that contains the words.
    public static func resolve(_ query: String, in claims: [Claim]) -> Result<String, TimelineError> {
        let measures = Array(Set(claims.filter(\.isComparable).map(\.measure))).sorted()
        let q = query.lowercased().trimmed
        if let exact = measures.first(where: { $0.lowercased() == q }) { return .success(exact) }
        let partial = measures.filter { $0.lowercased().contains(q) && !$0.hasPrefix("part of ") }
        if partial.count == 1 { return .success(partial[0]) }
        return .failure(TimelineError(query: query, candidates: partial.isEmpty ? measures : partial, ambiguous: !partial.isEmpty))
    }

    public struct TimelineError: Error, Sendable {
        public var query: String
        public var candidates: [String]
        /// The words are in several measures (the candidates), rather than in none.
        public var ambiguous = false
    }

    /// The claims that repeat, further down their article, one of the same measure and bounds
    /// said before them (see Restatements): one claim said twice.
    public static func repeats(_ claims: [Claim]) -> Set<ClaimRef> {
        var out = Set<ClaimRef>()
        for group in Dictionary(grouping: claims, by: \.measure).values {
            out.formUnion(Restatements.collapse(group).repeats.joined().map(ClaimRef.init))
        }
        return out
    }
}

import Foundation
