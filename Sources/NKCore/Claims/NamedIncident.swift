/// "The Mount Sorrel fire to the north is at 8,200 hectares, and the Pinnacle Road fire … at
/// 1,150": a story about one disaster often counts others beside it. A figure whose sentence
/// names an incident before it ("the Pinnacle Road fire", "Storm Vela") is that incident's; the
/// story's own incident, the one its claims name most, is what every other figure counts too,
/// so it names no part of the story and is dropped (see `StoryIncident`).
extension ScopeFinder {
    /// The nearest incident named before the figure in its sentence, as written: "Mount Sorrel fire".
    func incident(words: [Word], first: Int) -> String? {
        var k = first - 1
        // Bounded, so a long sentence costs each figure the same.
        while k >= 0, first - k <= Self.incidentReach {
            if vocab.incidentNouns.contains(words[k].lower), let name = name(before: k, in: words) {
                // "Libya floods: more than 1,000 bodies …": a headline's topic is the story's own.
                if k + 1 < words.count, Self.topicMarks.contains(words[k + 1].text) { return nil }
                return name + " " + words[k].lower
            }
            // "Storm Vela", "Hurricane Mara": a title before the name.
            if words[k].isCapitalised, vocab.eventTitles.contains(words[k].lower), k + 1 < first, words[k + 1].isCapitalised {
                return words[k].text + " " + words[k + 1].text
            }
            k -= 1
        }
        return nil
    }

    /// The capitalised words right before `k` ("Mount Sorrel"), not a sentence's opening "The".
    private func name(before k: Int, in words: [Word]) -> String? {
        var j = k
        while j > 0, k - j < Self.incidentNameLength, words[j - 1].isCapitalised, !words[j - 1].isPunctuation,
              !vocab.functionWords.contains(words[j - 1].lower), !vocab.notSources.contains(words[j - 1].lower) { j -= 1 }
        guard j < k else { return nil }
        return words[j..<k].map(\.text).joined(separator: " ")
    }

    /// What ends a headline's topic: "Libya floods:", "Libya floods –".
    static let topicMarks: Set<String> = [":", "–", "—", "|"]

    /// Words looked back for an incident's name.
    static let incidentReach = 24
    /// Words in an incident's name: "Mount Sorrel", "Tallow Creek", "Port Ellis Road".
    static let incidentNameLength = 4
}

/// Drops the story's own incident from its figures: the one named by most claims, when one is.
enum StoryIncident {
    static func resolve(_ claims: [Claim]) -> [Claim] {
        var named: [String: Int] = [:]
        for c in claims { if let i = c.frame.incident { named[i, default: 0] += 1 } }
        guard let most = named.values.max() else { return claims }
        let own = named.filter { $0.value == most }
        // Two incidents named equally often: neither is plainly the story's.
        guard own.count == 1, let story = own.first?.key else { return claims }
        return claims.map { c in
            guard c.frame.incident == story else { return c }
            var whole = c
            whole.frame.incident = nil
            return whole
        }
    }
}
