import NKCore

/// The `t` chart: one measure's claims in date order, one row selected.
public struct TimelineChart: Equatable, Sendable {
    public var measure: String
    public var selected = 0
    /// The `c` list's selection when the chart was opened from there: Esc goes back to it.
    public var listSelection: Int?

    public init(measure: String, listSelection: Int? = nil) {
        self.measure = measure
        self.listSelection = listSelection
    }
}

extension ReaderState {
    /// The chart's rows: the measure's claims and its parts, oldest first, undated last.
    public func timelineClaims(_ chart: TimelineChart) -> [Claim] {
        Timeline.claims(corpus.claims, measure: chart.measure)
    }

    /// Opens the chart on the current claim's measure, else the current contradiction's, else
    /// the first contradiction's, with the current claim's row selected.
    mutating func openTimeline() {
        if let unknown = contradictionsUnknown { message = unknown; return }
        if let picked = currentClaim(), !picked.isComparable {
            message = "\(Sanitizer.oneLine(picked.figure.text)) has no measure to chart (M gives it one)."
            return
        }
        let claim = currentClaim() ?? stop.map { corpus.stops[$0].a }
        guard let measure = claim?.measure ?? corpus.result.conflicts.first?.measure else {
            message = "No contradiction to chart yet: n goes to one, a click picks a figure."
            return
        }
        showTimeline(TimelineChart(measure: measure), selecting: claim)
    }

    /// Opens the chart with `claim`'s row selected, when it is there, else row `otherwise`
    /// (kept on the chart).
    mutating func showTimeline(_ chart: TimelineChart, selecting claim: Claim?, otherwise row: Int = 0) {
        var chart = chart
        let claims = timelineClaims(chart)
        chart.selected = claim.flatMap { c in claims.firstIndex(of: c) } ?? max(0, min(row, claims.count - 1))
        mode = .timeline(chart)
    }

    mutating func timelineKey(_ key: Key, chart: TimelineChart) {
        var chart = chart
        let claims = timelineClaims(chart)
        let page = max(1, overlayFrame().height - 3)
        if let row = RowSelection.moved(chart.selected, by: key, count: claims.count, page: page) {
            chart.selected = row
            mode = .timeline(chart)
            return
        }
        switch key {
        case .escape, .character("q"), .character("t"):
            mode = chart.listSelection.map { .conflicts(selected: $0) } ?? .reading
        case .character("m"):
            // The same claims as a table, the same one selected.
            let picked = claims.indices.contains(chart.selected) ? claims[chart.selected] : nil
            showMeasureTable(MeasureTable(measure: chart.measure, listSelection: chart.listSelection), selecting: picked)
        case .character("M"), .character("S"), .character("D"):
            _ = correctionKey(key, on: claims.indices.contains(chart.selected) ? claims[chart.selected] : nil, from: .timeline(chart))
        case .enter:
            guard claims.indices.contains(chart.selected) else { return }
            mode = .reading
            jump(to: claims[chart.selected])
        default: return
        }
    }
}
