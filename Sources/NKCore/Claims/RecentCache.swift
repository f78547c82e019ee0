/// A memo of answers about places in an article (a sentence, a line) that keeps only those of the
/// latest places. Why: an article is read front to back and every look-back is bounded, so an
/// answer far behind the place being read is never asked for again — and keeping them all made
/// memory grow with the article (the words of every sentence of a 1 GB file). An answer dropped
/// and asked for again is simply recomputed.
struct RecentCache<Key: Positioned, Value> {
    private var entries: [Key: Value] = [:]
    /// How many of the latest places are kept: far more than any look-back reaches.
    private let keep: Int

    init(keep: Int = 256) { self.keep = keep }

    subscript(key: Key) -> Value? {
        get { entries[key] }
        set {
            entries[key] = newValue
            // Pruned once every `keep` insertions, so the sort costs O(log keep) an insertion.
            if entries.count > 2 * keep { prune() }
        }
    }

    private mutating func prune() {
        let cut = entries.keys.map(\.position).sorted(by: >)[keep - 1]
        entries = entries.filter { $0.key.position >= cut }
    }
}

/// A key that names a place in the text.
protocol Positioned: Hashable {
    var position: Int { get }
}

extension Int: Positioned { var position: Int { self } }
extension Range: Positioned where Bound == Int { var position: Int { lowerBound } }
