/// The claims that sources are credited with, by value (see `Echoes`), kept as one entry per
/// source and currency: an echo asks which sources' names hold one another, and a long article
/// credits the same few sources again and again, so an echo looks at each source once rather
/// than at every claim it made (which was quadratic on one long article).
struct SourcedValues {
    private struct Entry {
        /// Lower-cased.
        var source: String
        var currency: String?
        /// The first claim recorded for this source and currency.
        var first: Claim
        var firstOrder: Int
        var key: String
        /// Whether every claim recorded for it has `key`.
        var unanimous = true
    }

    private struct EntryID: Hashable {
        var group: String
        var source: ExactText
        var currency: String?
    }

    /// Two spellings of a name that Unicode calls equal may still hold different names, byte for
    /// byte: sources are told apart by their bytes, as the containment test sees them.
    private struct ExactText: Hashable {
        var text: String
        static func == (a: ExactText, b: ExactText) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }
        func hash(into hasher: inout Hasher) { for b in text.utf8 { hasher.combine(b) } }
    }

    private var entries: [String: [Entry]] = [:]
    private var positions: [EntryID: Int] = [:]
    private var recorded = 0

    var isEmpty: Bool { entries.isEmpty }

    /// Records a claim with a source under `group`, in the order the claims come.
    mutating func record(_ claim: Claim, under group: String) {
        guard let source = claim.source?.lowercased() else { return }
        let key = claim.key
        let id = EntryID(group: group, source: ExactText(text: source), currency: claim.figure.currency)
        if let p = positions[id] {
            if entries[group]![p].key != key { entries[group]![p].unanimous = false }
        } else {
            positions[id] = entries[group, default: []].count
            entries[group, default: []].append(Entry(source: source, currency: claim.figure.currency, first: claim,
                                                     firstOrder: recorded, key: key))
        }
        recorded += 1
    }

    /// The first claim under `group` whose source's name holds `source` or is held by it, with
    /// that currency, when every such claim has one measure; nil when none does or they differ.
    func donor(under group: String, source: String, currency: String?) -> Claim? {
        let matching = (entries[group] ?? []).filter { $0.currency == currency && ($0.source.contains(source) || source.contains($0.source)) }
        guard let donor = matching.min(by: { $0.firstOrder < $1.firstOrder }),
              matching.allSatisfy({ $0.unanimous && $0.key == donor.key }) else { return nil }
        return donor.first
    }
}
