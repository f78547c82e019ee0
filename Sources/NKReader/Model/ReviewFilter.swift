import NKCore

/// Which contradictions `n`/`N` visit and the `c` list shows; `&` (as in less) cycles through them.
public enum ReviewFilter: CaseIterable, Equatable, Sendable {
    /// Everything but false alarms: the default.
    case open
    case unreviewed
    case followUp
    case checked
    case falseAlarm
    case all

    public func admits(_ state: ReviewState) -> Bool {
        switch self {
        case .open: state != .falseAlarm
        case .unreviewed: state == .unreviewed
        case .followUp: state == .followUp
        case .checked: state == .checked
        case .falseAlarm: state == .falseAlarm
        case .all: true
        }
    }

    public var label: String {
        switch self {
        case .open: "open (no false alarms)"
        case .unreviewed: "unreviewed"
        case .followUp: "follow up"
        case .checked: "checked"
        case .falseAlarm: "false alarms"
        case .all: "all"
        }
    }

    var next: ReviewFilter {
        let all = ReviewFilter.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
