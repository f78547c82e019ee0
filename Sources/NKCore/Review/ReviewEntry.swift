import Foundation

/// One reviewed contradiction: its two claims' anchors, the verdict and the note.
public struct ReviewEntry: Codable, Equatable, Sendable {
    /// Fixed when the entry is first made, from its anchors: two processes reviewing the same
    /// pair make the same id, so their files merge entry by entry.
    public var id: String
    /// The measure when the verdict was given, for people reading the file.
    public var measure: String
    public var a: ClaimAnchor
    public var b: ClaimAnchor
    public var state: ReviewState
    public var note: String
    /// When the entry last changed (ISO 8601, UTC); of two copies of one entry in a file, the later is kept.
    public var updated: String

    public init(id: String, measure: String, a: ClaimAnchor, b: ClaimAnchor, state: ReviewState, note: String, updated: String) {
        self.id = id
        self.measure = measure
        self.a = a
        self.b = b
        self.state = state
        self.note = note
        self.updated = updated
    }

    /// A new entry for a pair of claims; the anchors are put in a fixed order (article, then
    /// offset) so that the pair read either way round makes the same entry.
    public init(pair: ContradictionPair, titles: [String: String], state: ReviewState, note: String, updated: Date) {
        var anchors = [ClaimAnchor(pair.a, title: titles[pair.a.article]), ClaimAnchor(pair.b, title: titles[pair.b.article])]
        anchors.sort { ($0.article, $0.offset) < ($1.article, $1.offset) }
        self.init(id: ReviewEntry.id(anchors[0], anchors[1]), measure: pair.measure, a: anchors[0], b: anchors[1],
                  state: state, note: note, updated: ReviewEntry.timestamp(updated))
    }

    /// A short stable hash (FNV-1a, 64 bits) of both anchors' article, figure and sentence.
    static func id(_ a: ClaimAnchor, _ b: ClaimAnchor) -> String {
        FNV.hex([a.article, a.figure, a.sentence, b.article, b.figure, b.sentence])
    }

    public static func timestamp(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.string(from: date)
    }
}
