/// A figure repeated to the digit is the same quantity: "none of them is 11,300" speaks of the
/// 11,300 dead another sentence measured. An unmeasured claim whose exact value is distinctive
/// (three significant digits or more: 11,300, 3,252, not 10,000) and which every claim of that
/// value with an event puts under one measure takes that measure for comparison.
enum Echoes {
    static func resolve(_ claims: [Claim]) -> [Claim] {
        var donors: [String: Claim?] = [:]
        // Only a measure with an event says enough to lend ("came" in "where 11,300 came from" does not).
        for c in claims where c.isComparable && c.frame.event != nil {
            guard let key = echoKey(c) else { continue }
            if let existing = donors[key] {
                // Two measures for one value: ambiguous, so no one inherits.
                if let e = existing, e.key != c.key { donors[key] = .some(nil) }
            } else {
                donors[key] = .some(c)
            }
        }
        guard !donors.isEmpty else { return claims }
        return claims.map { c in
            guard c.isUnmeasured, !c.isVague, let key = echoKey(c), let donor = donors[key] ?? nil else { return c }
            var echoed = c
            echoed.frame = donor.frame
            echoed.measure = donor.measure
            echoed.isUnmeasured = false
            return echoed
        }
    }

    /// Value, kind and currency of an exact figure with three or more significant digits.
    private static func echoKey(_ c: Claim) -> String? {
        let f = c.figure
        guard let v = f.value, f.low == v, f.high == v, v.isFinite, v >= 100, v < 1e15 else { return nil }
        var digits = String(Int64(v.rounded()))
        guard Double(Int64(v.rounded())) == v else { return nil }
        while digits.hasSuffix("0") { digits.removeLast() }
        guard digits.count >= 3 else { return nil }
        return [String(Int64(v)), f.kind.rawValue, f.currency ?? "", f.unit ?? ""].joined(separator: "|")
    }
}
