/// How well a claim fits an anchor: the same figure, in the same article (by id or by title),
/// in a sentence that is the same or mostly the same once whitespace, case and punctuation are
/// set aside.
public enum AnchorMatch {
    /// Sentences sharing less than this share of their words are different sentences.
    static let minimumSimilarity = 0.6

    /// A score (higher is better), or nil when the claim is not the anchored one.
    public static func score(_ anchor: ClaimAnchor, _ claim: Claim, title: String?) -> Double? {
        guard normalized(anchor.figure) == normalized(claim.figure.text) else { return nil }
        let sameID = anchor.article == claim.article
        let sameTitle = anchor.title.map { t in title.map { normalized($0) == normalized(t) } ?? false } ?? false
        guard sameID || sameTitle else { return nil }
        let similarity = sentenceSimilarity(anchor.sentence, claim.sentence)
        guard similarity >= minimumSimilarity else { return nil }
        // Offsets only break ties between equally good matches.
        let distance = Double(abs(anchor.offset - claim.figure.start))
        return similarity * 10 + (sameID ? 2 : 0) + (sameTitle ? 1 : 0) - min(1, distance / 1_000_000)
    }

    /// 1 for the same words in the same order, else the share of words the two have in common.
    static func sentenceSimilarity(_ a: String, _ b: String) -> Double {
        let x = normalized(a), y = normalized(b)
        if x == y { return 1 }
        let wx = Set(x.split(separator: " ")), wy = Set(y.split(separator: " "))
        let union = wx.union(wy).count
        return union == 0 ? 0 : Double(wx.intersection(wy).count) / Double(union) * 0.99
    }

    /// Lower case letters and digits; every run of anything else is one space. Line breaks,
    /// curly or straight quotes and dash styles then do not matter.
    public static func normalized(_ s: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in s.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSpace && !out.isEmpty { out += " " }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return out
    }
}
