/// How many letters separate two words (Levenshtein): a misspelt key is named with its fix.
enum WordDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased()), y = Array(b.lowercased())
        var row = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: y.count, by: 1) {
                let old = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (x[i - 1] == y[j - 1] ? 0 : 1))
                previous = old
            }
        }
        return x.isEmpty ? y.count : row[y.count]
    }

    /// The candidate nearest `word`, when it is near enough to be what was meant.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let best = candidates.map { ($0, between(word, $0)) }.min { ($0.1, $0.0) < ($1.1, $1.0) }
        guard let best, best.1 <= max(2, word.count / 4) else { return nil }
        return best.0
    }
}
