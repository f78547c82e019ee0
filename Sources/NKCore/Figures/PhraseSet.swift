/// Phrases indexed by their first and last tokens, so matching one costs a table lookup rather
/// than a walk over the whole list.
struct PhraseSet: Sendable {
    let phrases: [Phrase]
    private let firstIndex: KeyIndex
    private let lastIndex: KeyIndex
    /// Phrase indices grouped by first (and by last) key, longest phrase first.
    private let byFirst: [[Int]]
    private let byLast: [[Int]]

    init(_ list: [Phrase]) {
        let phrases = list.sorted { $0.keys.count > $1.keys.count }
        self.phrases = phrases
        func group(_ key: (Phrase) -> UInt64?) -> (KeyIndex, [[Int]]) {
            var slots: [UInt64: Int32] = [:]
            var groups: [[Int]] = []
            for (i, p) in phrases.enumerated() {
                guard let k = key(p) else { continue }
                if let s = slots[k] { groups[Int(s)].append(i) } else {
                    slots[k] = Int32(groups.count)
                    groups.append([i])
                }
            }
            return (KeyIndex(slots), groups)
        }
        let first = group { $0.keys.first }
        let last = group { $0.keys.last }
        firstIndex = first.0
        byFirst = first.1
        lastIndex = last.0
        byLast = last.1
    }

    func startingWith(_ key: UInt64) -> [Int] {
        firstIndex.value(key).map { byFirst[Int($0)] } ?? []
    }

    func endingWith(_ key: UInt64) -> [Int] {
        lastIndex.value(key).map { byLast[Int($0)] } ?? []
    }
}
