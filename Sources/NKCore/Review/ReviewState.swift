/// What a fact-checker decided about one contradiction.
public enum ReviewState: String, Codable, Sendable, CaseIterable {
    case unreviewed
    /// A real disagreement between the reports, confirmed by a person.
    case checked
    /// Not the same quantity after all: no longer flagged by the reader or by `conflicts`.
    case falseAlarm = "false alarm"
    /// Needs more work (a call, a source to find).
    case followUp = "follow up"

    /// Order in lists and reports: what still needs a person first.
    public var rank: Int {
        switch self {
        case .unreviewed: 0
        case .followUp: 1
        case .checked: 2
        case .falseAlarm: 3
        }
    }

    /// A tag that tells the states apart without colour: "[ ]", "[✓]", "[!]", "[✗]".
    public var tag: String {
        switch self {
        case .unreviewed: "[ ]"
        case .checked: "[✓]"
        case .followUp: "[!]"
        case .falseAlarm: "[✗]"
        }
    }
}
