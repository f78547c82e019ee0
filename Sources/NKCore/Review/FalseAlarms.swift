/// Contradictions a reviewer called false alarms are no longer reported as conflicts.
public enum FalseAlarms {
    /// The result without the pairs marked false alarm; a claim left in no pair leaves its
    /// conflict, and a conflict left with no pair is gone. Returns how many pairs were hidden.
    public static func removing(from result: ConflictFinder.Result, _ resolution: ReviewResolution) -> (result: ConflictFinder.Result, hidden: Int) {
        var out = result
        var hidden = 0
        var pairNumber = 0
        var conflicts: [Conflict] = []
        for c in result.conflicts {
            var kept: [Conflict.Pair] = []
            for p in c.pairs {
                if resolution.state(ofPair: pairNumber) == .falseAlarm { hidden += 1 } else { kept.append(p) }
                pairNumber += 1
            }
            guard !kept.isEmpty else { continue }
            // Renumber the claims still in a pair, in their old order.
            let members = Array(Set(kept.flatMap { [$0.a, $0.b] })).sorted()
            var position: [Int: Int] = [:]
            for (n, m) in members.enumerated() { position[m] = n }
            var conflict = c
            conflict.claims = members.map { c.claims[$0] }
            conflict.repeats = members.map { c.repeats(of: $0) }
            conflict.pairs = kept.map { p in
                var q = p
                q.a = position[p.a]!
                q.b = position[p.b]!
                return q
            }
            conflicts.append(conflict)
        }
        out.conflicts = conflicts
        return (out, hidden)
    }
}
