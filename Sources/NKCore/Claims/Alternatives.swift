/// "550,000 or 190,000?", "1,500, 2,000 or 3,000?": figures offered as alternatives for one
/// quantity. A list of figures that only commas and an "or" join is one measure: where some of
/// them are measured, and agree, the others take that measure.
enum Alternatives {
    /// The longest text between two alternatives: ", or" with spaces.
    static let longestJoint = 8

    /// Links each claim to the one before it when the two stand in one list of alternatives.
    static func link(_ claims: inout [Claim], sentences: [Range<Int>], text: (Range<Int>) -> String) {
        var chain: [Int] = []
        var hasOr = false
        func close() {
            if hasOr, chain.count >= 2 {
                for (a, b) in zip(chain, chain.dropFirst()) { claims[b].alternativeTo = claims[a].figure.start }
            }
            chain = []
            hasOr = false
        }
        for i in claims.indices {
            guard i > 0, sentences[i] == sentences[i - 1], claims[i].article == claims[i - 1].article,
                  claims[i].figure.start >= claims[i - 1].figure.end,
                  // "4,000, or a quarter" restates a count as a share: no alternative to it.
                  claims[i].figure.kind == claims[i - 1].figure.kind, claims[i].figure.currency == claims[i - 1].figure.currency,
                  claims[i].frame.isShare == claims[i - 1].frame.isShare,
                  claims[i].figure.start - claims[i - 1].figure.end <= longestJoint,
                  let joint = Alternatives.joint(text(claims[i - 1].figure.end..<claims[i].figure.start)) else {
                close()
                chain = [i]
                continue
            }
            if chain.isEmpty { chain = [i - 1] }
            chain.append(i)
            hasOr = hasOr || joint == .or
        }
        close()
    }

    private enum Joint { case comma, or }

    private static func joint(_ between: String) -> Joint? {
        switch between.split(whereSeparator: { $0 == " " }).joined(separator: " ") {
        case ",": return .comma
        case "or", ", or": return .or
        default: return nil
        }
    }

    /// Gives each unmeasured alternative the measure its measured partners agree on.
    static func resolve(_ claims: [Claim]) -> [Claim] {
        guard claims.contains(where: { $0.alternativeTo != nil }) else { return claims }
        // Each list is named by its first member; a claim's partners come before it.
        var at: [String: Int] = [:]
        var list = [Int](claims.indices)
        var inList = [Bool](repeating: false, count: claims.count)
        for (i, c) in claims.enumerated() {
            if let prev = c.alternativeTo, let p = at[c.article + "|" + String(prev)] {
                list[i] = list[p]
                inList[i] = true
                inList[p] = true
            }
            at[c.article + "|" + String(c.figure.start)] = i
        }
        var measures = Unanimous<String, Claim> { $0.key == $1.key }
        for i in claims.indices where inList[i] && claims[i].isComparable && claims[i].frame.event != nil {
            measures.record(claims[i], under: String(list[i]))
        }
        guard !measures.isEmpty else { return claims }
        var out = claims
        for i in claims.indices where inList[i] && claims[i].isUnmeasured && !claims[i].isVague {
            guard let donor = measures[String(list[i])] else { continue }
            out[i].takeMeasure(of: donor)
        }
        return out
    }
}
