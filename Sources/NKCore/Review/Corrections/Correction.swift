import Foundation

/// A reviewer's fix to how a claim was read, kept in the review file and applied on every load:
/// the claim is of another measure, all claims of one measure are of another, the claim's source
/// is someone else, or the figure is not a claim at all. Claim fixes are anchored like verdicts
/// (article, figure as written, sentence), so that they survive an article being re-saved.
public struct Correction: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// `claim` is of `measure`.
        case measure
        /// Every claim of `measure` is of `into`.
        case merge
        /// `claim` is said by `source`.
        case source
        /// `claim`'s figure is not a claim: left out of claims and conflicts.
        case notAClaim = "not a claim"
    }

    /// From the kind and the anchor (or the merged measure): one correction of each kind per
    /// claim, the same in every process, so that files merge entry by entry.
    public var id: String
    public var kind: Kind
    public var claim: ClaimAnchor?
    public var measure: String?
    public var into: String?
    public var source: String?
    /// ISO 8601, UTC.
    public var updated: String

    public init(kind: Kind, claim: ClaimAnchor? = nil, measure: String? = nil, into: String? = nil, source: String? = nil, updated: Date) {
        self.kind = kind
        self.claim = claim
        self.measure = measure
        self.into = into
        self.source = source
        self.updated = ReviewEntry.timestamp(updated)
        id = Correction.id(kind: kind, claim: claim, measure: kind == .merge ? measure : nil)
    }

    static func id(kind: Kind, claim: ClaimAnchor?, measure: String?) -> String {
        let parts = [kind.rawValue] + (claim.map { [$0.article, $0.figure, $0.sentence] } ?? []) + (measure.map { [$0] } ?? [])
        return FNV.hex(parts)
    }

    /// The claim's new measure.
    public static func reassign(_ claim: Claim, title: String?, to measure: String, at now: Date) -> Correction {
        Correction(kind: .measure, claim: ClaimAnchor(claim, title: title), measure: measure, updated: now)
    }

    /// Every claim of `measure` is of `into`.
    public static func merge(_ measure: String, into: String, at now: Date) -> Correction {
        Correction(kind: .merge, measure: measure, into: into, updated: now)
    }

    public static func source(_ claim: Claim, title: String?, _ source: String, at now: Date) -> Correction {
        Correction(kind: .source, claim: ClaimAnchor(claim, title: title), source: source, updated: now)
    }

    public static func notAClaim(_ claim: Claim, title: String?, at now: Date) -> Correction {
        Correction(kind: .notAClaim, claim: ClaimAnchor(claim, title: title), updated: now)
    }

    /// The id a correction of `kind` on this claim has (or would have).
    public static func id(_ kind: Kind, of claim: Claim) -> String {
        id(kind: kind, claim: ClaimAnchor(claim, title: nil), measure: nil)
    }

    /// In words, for lists and messages: "6,000: measure → troops deployed".
    public var summary: String {
        switch kind {
        case .measure: "\(claim?.figure ?? "?"): measure → \(measure ?? "")"
        case .merge: "measure \(measure ?? "") → \(into ?? "")"
        case .source: "\(claim?.figure ?? "?"): source → \(source ?? "")"
        case .notAClaim: "\(claim?.figure ?? "?"): not a claim"
        }
    }
}

/// FNV-1a, 64 bits, of strings each ended by a zero byte: short ids that are the same everywhere.
enum FNV {
    static func hex(_ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 + [0] {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
