/// Claims on one measure that cannot all hold. Every claim in it contradicts another in it.
public struct Conflict: Sendable {
    public enum Kind: String, Sendable {
        case contradiction
        /// The claims are months apart: a count that changed over time, perhaps.
        case possibleUpdate = "possible update"
    }

    /// Two claims that cannot both hold.
    public struct Pair: Sendable, Equatable {
        public var a: Int
        public var b: Int
        public var severity: Double
        public var kind: Kind
    }

    public var measure: String
    public var claims: [Claim]
    /// Indices into `claims`, most severe first.
    public var pairs: [Pair]
    /// Parallel to `claims`: the other places in the same article that say the same figure
    /// (see `Restatements`); empty for most.
    public var repeats: [[Claim]] = []

    /// The places in its article that repeat claim `i`.
    public func repeats(of i: Int) -> [Claim] { repeats.indices.contains(i) ? repeats[i] : [] }

    public var severity: Double { pairs.map(\.severity).max() ?? 0 }
    public var kind: Kind { pairs.contains { $0.kind == .contradiction } ? .contradiction : .possibleUpdate }
}

/// Claims on one measure from more than one source that can all hold at once.
public struct Agreement: Sendable {
    public var measure: String
    public var claims: [Claim]
    /// Parallel to `claims`: the other places in the same article that say the same figure.
    public var repeats: [[Claim]] = []

    /// The places in its article that repeat claim `i`.
    public func repeats(of i: Int) -> [Claim] { repeats.indices.contains(i) ? repeats[i] : [] }
}
