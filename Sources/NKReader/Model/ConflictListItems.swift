import NKCore

/// A line of the `c` list that can be selected: a contradiction (an index into `corpus.stops`)
/// or, below them, an agreement (an index into the finder's agreements).
public enum ListedItem: Equatable, Sendable {
    case stop(Int)
    case agreement(Int)
}

extension ReaderState {
    /// The `c` list's selectable lines in its order: the contradictions the filter admits, then
    /// every agreement.
    public func listedItems() -> [ListedItem] {
        listedStops().map(ListedItem.stop) + corpus.result.agreements.indices.map(ListedItem.agreement)
    }

    /// The selected line of the `c` list, if the selection is on one.
    func listedItem(_ selection: Int) -> ListedItem? {
        let items = listedItems()
        return items.indices.contains(selection) ? items[selection] : nil
    }

    /// The measure of a line of the list, and the claim to select when its table or chart opens.
    func measureOf(_ item: ListedItem) -> (measure: String, claim: Claim) {
        switch item {
        case .stop(let i): (corpus.stops[i].measure, corpus.stops[i].a)
        case .agreement(let i): (corpus.result.agreements[i].measure, corpus.result.agreements[i].claims[0])
        }
    }

    /// Shows an agreement's first two claims side by side, each marked, as `n` shows a
    /// contradiction's two sides.
    mutating func show(agreement i: Int) {
        let agreement = corpus.result.agreements[i]
        let shown = Array(agreement.claims.prefix(2))
        stop = nil
        for (p, claim) in shown.enumerated() {
            guard let article = corpus.articleIndex(claim.article) else { continue }
            open(article: article, in: p)
            panes[p].mark = claim.figure.start
            reveal(claim.figure.start, in: p)
        }
        mode = .reading
        let more = agreement.claims.count - shown.count
        message = "Agreement on \(agreement.measure): " + shown.map(ClaimLabel.short).joined(separator: " and ")
            + (more > 0 ? " and \(more) more (m lists them)" : "")
    }
}
