/// A conflict's repeats laid out after its sides, for the JSON: a program that counts claim
/// pairs sees every place a figure is said, while `repeatOf` and `repeats` keep them one side.
struct RepeatedPlaces {
    /// The repeats, each with the index of the side it says again.
    let places: [(claim: Claim, side: Int)]
    /// Where each side's repeats start among the conflict's claims, and how many are paired.
    private let indices: [[Int]]

    /// A side said again more often is paired for its first few places only: the rest add
    /// nothing to who disagrees with whom, and an article saying a figure a thousand times must
    /// not make the output quadratic.
    static let pairedPerSide = 4

    init(_ c: Conflict) {
        var places: [(Claim, Int)] = []
        var indices: [[Int]] = []
        for side in c.claims.indices {
            var mine: [Int] = []
            for claim in c.repeats(of: side) {
                if mine.count < RepeatedPlaces.pairedPerSide { mine.append(c.claims.count + places.count) }
                places.append((claim, side))
            }
            indices.append(mine)
        }
        self.places = places
        self.indices = indices
    }

    /// The conflict's pairs, then each pair again with a repeat in place of either side.
    func pairs(_ sides: [Conflict.Pair]) -> [Conflict.Pair] {
        var out = sides
        for p in sides {
            for r in repeats(of: p.a) { out.append(Conflict.Pair(a: r, b: p.b, severity: p.severity, kind: p.kind)) }
            for r in repeats(of: p.b) { out.append(Conflict.Pair(a: p.a, b: r, severity: p.severity, kind: p.kind)) }
        }
        return out
    }

    private func repeats(of side: Int) -> [Int] { indices.indices.contains(side) ? indices[side] : [] }
}
