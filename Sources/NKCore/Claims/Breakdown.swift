/// "6,022 people, 4,474 men and 1,548 women, had been arrested since June 9": figures right after
/// a count that add up to it break it down. Each part was counted as the whole was (same event,
/// place, day and span) and differs only in what it counts, so "4,474 men arrested to date" is
/// weighed against another report's men arrested to date, never against the whole.
struct Breakdown {
    let vocab: MeasureVocabulary

    /// The most parts a breakdown is read with.
    static let mostParts = 4

    func apply(_ claims: inout [Claim], sentences: [Range<Int>]) {
        for whole in claims.indices {
            guard let total = Breakdown.exact(claims[whole]), claims[whole].frame.event != nil,
                  !claims[whole].isUnmeasured else { continue }
            var sum = 0.0
            var parts: [Int] = []
            var k = whole + 1
            while k < claims.count, sentences[k] == sentences[whole], parts.count < Breakdown.mostParts,
                  let v = Breakdown.exact(claims[k]), sum + v <= total {
                sum += v
                parts.append(k)
                k += 1
                if sum == total { break }
            }
            guard parts.count >= 2, sum == total else { continue }
            // Each part must name its own kind ("men", "women"), and none another event.
            guard parts.allSatisfy({ p in
                let f = claims[p].frame
                return f.thing != nil && !f.thingImplied && f.thing != claims[whole].frame.thing
                    && (f.event == nil || f.event == claims[whole].frame.event)
            }) else { continue }
            for p in parts {
                var frame = claims[whole].frame
                frame.thing = claims[p].frame.thing
                frame.thingImplied = false
                claims[p].frame = frame
                claims[p].isUnmeasured = !frame.isSpecific(vocab)
            }
        }
    }

    /// A whole number stated exactly, neither a range nor a bound nor a share.
    static func exact(_ c: Claim) -> Double? {
        let f = c.figure
        guard f.kind == .number, !c.frame.isShare, !c.isVague, let v = f.value, f.low == v, f.high == v, v > 0 else { return nil }
        return v
    }
}
