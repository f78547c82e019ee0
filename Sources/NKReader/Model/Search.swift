import NKCore

/// Where a search query occurs in every article.
public struct SearchResults: Equatable, Sendable {
    public var query: String
    /// Per article: scalar ranges of the matches, in order.
    public var matches: [[Range<Int>]]
    public var total: Int { matches.reduce(0) { $0 + $1.count } }

    /// Case-insensitive search of plain text; matches never overlap.
    public init(query: String, articles: [Article]) {
        self.query = query
        let needle = Array(query.unicodeScalars).map(SearchResults.fold)
        matches = articles.map { article in
            guard !needle.isEmpty else { return [] }
            let hay = Array(article.text.unicodeScalars)
            var out: [Range<Int>] = []
            var i = 0
            while i + needle.count <= hay.count {
                var k = 0
                while k < needle.count && SearchResults.fold(hay[i + k]) == needle[k] { k += 1 }
                if k == needle.count { out.append(i..<(i + k)); i += k } else { i += 1 }
            }
            return out
        }
    }

    /// Whether a sorted, non-overlapping list of matches covers `offset`: a binary search, so
    /// drawing stays fast however many matches there are.
    static func match(in matches: [Range<Int>], containing offset: Int) -> Bool {
        var lo = 0, hi = matches.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if matches[mid].upperBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < matches.count && matches[lo].contains(offset)
    }

    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.isASCII { return s.value >= 0x41 && s.value <= 0x5A ? Unicode.Scalar(s.value | 0x20)! : s }
        return s.properties.lowercaseMapping.unicodeScalars.first ?? s
    }
}
