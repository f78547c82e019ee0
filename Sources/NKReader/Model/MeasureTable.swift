import NKCore

/// The `m` table: every claim of one measure across the articles, sortable, one row selected.
public struct MeasureTable: Equatable, Sendable {
    public enum Order: Equatable, Sendable, CaseIterable {
        case date, value, source

        /// The key that sorts by it, shown in the table's footer.
        public var key: Character {
            switch self {
            case .date: "d"
            case .value: "v"
            case .source: "s"
            }
        }

        public var label: String {
            switch self {
            case .date: "date"
            case .value: "value"
            case .source: "source"
            }
        }
    }

    public var measure: String
    public var order: Order = .date
    /// The same sort key again reverses the order.
    public var descending = false
    public var selected = 0
    /// The `c` list's selection when the table was opened from there: Esc goes back to it.
    public var listSelection: Int?

    public init(measure: String, listSelection: Int? = nil) {
        self.measure = measure
        self.listSelection = listSelection
    }
}

extension ReaderState {
    /// The table's claims in its order: the measure's claims and its parts, as the timeline has
    /// them (oldest first, undated last), then sorted stably by value or source.
    public func measureTableClaims(_ table: MeasureTable) -> [Claim] {
        let byDate = Timeline.claims(corpus.claims, measure: table.measure)
        let sorted: [Claim]
        switch table.order {
        case .date: sorted = byDate
        case .value:
            // Lower bound first, then upper; a figure with neither ("thousands") last.
            func key(_ c: Claim) -> (Double, Double) {
                (c.figure.low ?? c.figure.high ?? .infinity, c.figure.high ?? c.figure.low ?? .infinity)
            }
            sorted = byDate.enumerated().sorted { a, b in
                let (ka, kb) = (key(a.element), key(b.element))
                return (ka.0, ka.1, a.offset) < (kb.0, kb.1, b.offset)
            }.map(\.element)
        case .source:
            // Claims no one is named for come last.
            func key(_ c: Claim) -> (Int, String) { c.source.map { (0, $0.lowercased()) } ?? (1, "") }
            sorted = byDate.enumerated().sorted { a, b in
                let (ka, kb) = (key(a.element), key(b.element))
                return (ka.0, ka.1, a.offset) < (kb.0, kb.1, b.offset)
            }.map(\.element)
        }
        return table.descending ? sorted.reversed() : sorted
    }

    /// Opens the table on the current claim's measure, else the current contradiction's.
    mutating func openMeasureTable() {
        if let unknown = contradictionsUnknown { message = unknown; return }
        let claim = currentClaim() ?? stop.map { corpus.stops[$0].a }
        guard let claim else {
            message = "No claim selected: n goes to a contradiction, a click picks a figure; then m lists its measure."
            return
        }
        guard claim.isComparable else {
            message = "\(Sanitizer.oneLine(claim.figure.text)) has no measure to list (M gives it one)."
            return
        }
        showMeasureTable(MeasureTable(measure: claim.measure), selecting: claim)
    }

    /// Opens the table with `claim`'s row selected, when it is there, else row `otherwise`
    /// (kept on the table).
    mutating func showMeasureTable(_ table: MeasureTable, selecting claim: Claim?, otherwise row: Int = 0) {
        var table = table
        let claims = measureTableClaims(table)
        table.selected = claim.flatMap { c in claims.firstIndex(of: c) } ?? max(0, min(row, claims.count - 1))
        mode = .measureTable(table)
    }

    mutating func measureTableKey(_ key: Key, table: MeasureTable) {
        var table = table
        let claims = measureTableClaims(table)
        let n = claims.count
        let page = max(1, measureTableArea().height - 3)
        if let row = RowSelection.moved(table.selected, by: key, count: n, page: page) {
            table.selected = row
            mode = .measureTable(table)
            return
        }
        switch key {
        case .escape, .character("q"), .character("m"):
            mode = table.listSelection.map { .conflicts(selected: $0) } ?? .reading
        case .character(let c) where MeasureTable.Order.allCases.contains { $0.key == c }:
            // Re-sorting keeps the same claim selected.
            let picked = claims.indices.contains(table.selected) ? claims[table.selected] : nil
            let order = MeasureTable.Order.allCases.first { $0.key == c }!
            table.descending = order == table.order ? !table.descending : false
            table.order = order
            showMeasureTable(table, selecting: picked)
        case .enter:
            guard claims.indices.contains(table.selected) else { return }
            mode = .reading
            jump(to: claims[table.selected])
        case .character("t"):
            // The same claims as a chart, the same one selected.
            let picked = claims.indices.contains(table.selected) ? claims[table.selected] : nil
            showTimeline(TimelineChart(measure: table.measure, listSelection: table.listSelection), selecting: picked)
        case .character("M"), .character("S"), .character("D"):
            _ = correctionKey(key, on: claims.indices.contains(table.selected) ? claims[table.selected] : nil, from: .table(table))
        default: return
        }
    }

    /// Shows a claim in its article: through its contradiction when it has one (both sides
    /// on screen, as `n` would), else alone in the focused pane.
    mutating func jump(to claim: Claim) {
        if go(toStopHolding: claim) { return }
        guard let article = corpus.articleIndex(claim.article) else { return }
        stop = nil
        open(article: article, in: focus)
        panes[focus].mark = claim.figure.start
        reveal(claim.figure.start, in: focus)
        message = "\(Sanitizer.oneLine(claim.figure.text)): \(claim.measure) — in no contradiction."
    }

    /// Shows the first contradiction `claim` is a side of (or repeats a side of), as `n` would,
    /// with `claim` itself marked and focused: the current claim. False when it is in none.
    mutating func go(toStopHolding claim: Claim) -> Bool {
        guard let i = corpus.stops.firstIndex(where: { $0.has(claim) }), let side = corpus.stops[i].side(of: claim) else { return false }
        go(toStop: i)
        focus = side
        if panes[side].mark != claim.figure.start {
            // A repeat of the side: the place asked for is the one shown.
            panes[side].mark = claim.figure.start
            reveal(claim.figure.start, in: side)
        }
        return true
    }

    /// What a claim's contradictions were judged: the verdicts of the pairs it is in, "agrees"
    /// when it is only in agreements, "—" when in neither.
    public func verdictLabel(_ claim: Claim) -> String {
        let states = corpus.stops.indices.filter { corpus.stops[$0].has(claim) }
            .map { review.state(ofPair: $0) }
        if states.isEmpty {
            return corpus.result.agreements.contains { $0.claims.contains(claim) || $0.repeats.contains { $0.contains(claim) } } ? "agrees" : "—"
        }
        // A claim in several contradictions: each verdict given, then how many are left.
        var parts = [ReviewState.followUp, .checked, .falseAlarm].filter(states.contains).map { "\($0.tag) \($0.rawValue)" }
        let open = states.filter { $0 == .unreviewed }.count
        if open > 0 { parts.append(parts.isEmpty ? "to review" : "\(open) to review") }
        return parts.joined(separator: ", ")
    }
}
