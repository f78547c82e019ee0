/// The claims that sources are credited with, by value (see `Echoes`), kept as one entry per
/// source and currency: an echo asks which sources' names hold one another, and a long article
/// credits the same few sources again and again, so an echo looks at each source once rather
/// than at every claim it made (which was quadratic on one long article).
struct SourcedValues {
    /// A source as the containment test sees it: lower-cased, told apart byte for byte (two
    /// spellings Unicode calls equal may still hold different names), and the claim's currency.
    private struct SourceID: Hashable {
        var source: String
        var currency: String?
        static func == (a: SourceID, b: SourceID) -> Bool {
            a.currency == b.currency && a.source.utf8.elementsEqual(b.source.utf8)
        }
        // Strings equal byte for byte hash alike under the standard (canonical) hash.
        func hash(into hasher: inout Hasher) {
            hasher.combine(source)
            hasher.combine(currency)
        }
    }

    private struct Entry {
        var id: SourceID
        /// The first claim recorded for this source and currency.
        var first: Claim
        var firstOrder: Int
        /// `first.key`, computed once a second claim or an echo needs it.
        var key: String?
        /// Whether every claim recorded for it has the first one's key.
        var unanimous = true
    }

    /// The entries of one article, value and kind: found by a short walk while there are few,
    /// through an index once there are many.
    private struct Group {
        static let walkedEntries = 8
        var entries: [Entry] = []
        var index: [SourceID: Int]?

        mutating func record(_ claim: Claim, as id: SourceID, order: Int) {
            let found = index != nil ? index![id] : entries.firstIndex { $0.id == id }
            guard let p = found else {
                entries.append(Entry(id: id, first: claim, firstOrder: order))
                if index != nil {
                    index![id] = entries.count - 1
                } else if entries.count > Group.walkedEntries {
                    index = Dictionary(uniqueKeysWithValues: entries.indices.map { (entries[$0].id, $0) })
                }
                return
            }
            guard entries[p].unanimous else { return }
            let key = entries[p].key ?? entries[p].first.key
            entries[p].key = key
            if claim.key != key { entries[p].unanimous = false }
        }
    }

    /// A value one article gives, of one kind: the claims recorded are grouped by it.
    struct Value: Hashable {
        var article: String
        var value: Double
        var kind: Figure.Kind
    }

    private var groups: [Value: Group] = [:]
    private var recorded = 0

    var isEmpty: Bool { groups.isEmpty }

    /// Records a claim with a source under `group`, in the order the claims come.
    mutating func record(_ claim: Claim, under group: Value) {
        guard let source = claim.source?.lowercased() else { return }
        groups[group, default: Group()].record(claim, as: SourceID(source: source, currency: claim.figure.currency), order: recorded)
        recorded += 1
    }

    /// The first claim under `group` whose source's name holds `source` or is held by it, with
    /// that currency, when every such claim has one measure; nil when none does or they differ.
    func donor(under group: Value, source: String, currency: String?) -> Claim? {
        let matching = (groups[group]?.entries ?? []).filter {
            $0.id.currency == currency && ($0.id.source.contains(source) || source.contains($0.id.source))
        }
        guard let donor = matching.min(by: { $0.firstOrder < $1.firstOrder }) else { return nil }
        let key = donor.key ?? donor.first.key
        return matching.allSatisfy({ $0.unanimous && ($0.key ?? $0.first.key) == key }) ? donor.first : nil
    }
}
