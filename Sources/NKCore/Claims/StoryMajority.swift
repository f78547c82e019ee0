/// What most of a story's claims agree on: for each slot (an event, a counted thing), the value
/// that at least three in four of the claims that fill it give, if any.
enum StoryMajority {
    static let agreement = 0.75

    /// `tallies[slot][value]` counts the claims giving `value` for `slot`; a value needs at least
    /// `support` claims behind it.
    static func dominant(_ tallies: [String: [String: Int]], support: Int = 1) -> [String: String] {
        var out: [String: String] = [:]
        for (slot, counts) in tallies {
            let total = counts.values.reduce(0, +)
            if let (value, n) = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
               n >= support, Double(n) >= agreement * Double(total) {
                out[slot] = value
            }
        }
        return out
    }
}
