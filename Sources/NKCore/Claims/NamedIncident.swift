/// "The Mount Sorrel fire to the north is at 8,200 hectares, and the Pinnacle Road fire … at
/// 1,150": a story about one disaster often counts others beside it. A figure whose sentence
/// names an incident before it ("the Pinnacle Road fire", "Storm Vela"), or whose event it caused
/// ("143 people were killed by the flood"), is that incident's. The story's own incident is
/// what every other figure counts too, so it names no part of the story and is dropped (see
/// `StoryIncident`).
extension ScopeFinder {
    /// The incident a figure counts, as written: "Mount Sorrel fire", "Storm Vela", "flood".
    func incident(words: [Word], first: Int, after: Int) -> String? {
        // "143 people were killed by the flood": the agent of the count's event.
        var j = after
        while j + 2 < words.count, j - after < Self.agentReach, !words[j].isPunctuation {
            if words[j].lower == "by", words[j + 1].lower == "the", isIncidentNoun(words, at: j + 2) { return words[j + 2].lower }
            j += 1
        }
        // Bounded, so a long sentence costs each figure the same.
        var k = first - 1
        while k >= 0, first - k <= Self.incidentReach {
            // "Storm Vela", "Hurricane Mara": a title before the name.
            if words[k].isCapitalised, vocab.eventTitles.contains(words[k].lower), k + 1 < first, words[k + 1].isCapitalised {
                return words[k].text + " " + words[k + 1].text
            }
            guard isIncidentNoun(words, at: k) else { k -= 1; continue }
            // The nearest incident is the figure's, named or not: past "the new blaze" an earlier
            // "Unlike the Mount Sorrel fire, …" is a comparison.
            if let name = name(before: k, in: words) {
                // "Libya floods: more than 1,000 bodies …": a headline's topic is the story's own.
                if k + 1 < words.count, Self.topicMarks.contains(words[k + 1].text) { return nil }
                return name + " " + words[k].lower
            }
            // "The flood itself killed 151 people": the subject of the count's clause.
            if k >= 1, words[k - 1].lower == "the", !words[(k + 1)..<first].contains(where: \.isPunctuation) {
                return words[k].lower
            }
            return nil
        }
        return nil
    }

    /// "fire" in "the Mount Sorrel fire to the north", not in "the Rural Fire Authority" or
    /// "fire crews", where it names something else.
    private func isIncidentNoun(_ words: [Word], at k: Int) -> Bool {
        guard vocab.incidentNouns.contains(words[k].lower), !words[k].isCapitalised else { return false }
        guard k + 1 < words.count else { return true }
        let next = words[k + 1]
        return next.isPunctuation || next.startsWithDigit || vocab.functionWords.contains(next.lower) || vocab.scopeStops.contains(next.lower)
            || MeasureFinder.auxiliaries.contains(next.lower) || vocab.events[next.lower] != nil || vocab.incidentVerbsAfter.contains(next.lower)
    }

    /// The capitalised words right before `k` ("Mount Sorrel"); not a sentence's opening word
    /// alone ("Severe flooding has displaced …").
    private func name(before k: Int, in words: [Word]) -> String? {
        var j = k
        while j > 0, k - j < Self.incidentNameLength, words[j - 1].isCapitalised, !words[j - 1].isPunctuation,
              !vocab.functionWords.contains(words[j - 1].lower), !vocab.notSources.contains(words[j - 1].lower) { j -= 1 }
        guard j < k, !(j == 0 && k == 1) else { return nil }
        return words[j..<k].map(\.text).joined(separator: " ")
    }

    /// What ends a headline's topic: "Libya floods:", "Libya floods –".
    static let topicMarks: Set<String> = [":", "–", "—", "|"]
    /// Words looked ahead for "by the flood".
    static let agentReach = 6
    /// Words looked back for an incident's name.
    static let incidentReach = 24
    /// Words in an incident's name: "Mount Sorrel", "Tallow Creek", "Port Ellis Road".
    static let incidentNameLength = 4
}

/// Drops the story's own incident from its figures. The name its claims give most ("Tallow Creek",
/// as "the Tallow Creek fire" or "blaze") is its own, and then so is an unnamed "the fire" of its kind;
/// with no name given, the unnamed incident named most is. An incident of another year ("the 1997
/// Brackenridge fires") never is; two named equally often leave both.
enum StoryIncident {
    static func resolve(_ claims: [Claim], vocab: MeasureVocabulary) -> [Claim] {
        var names: [String: Int] = [:]
        var unnamed: [String: Int] = [:]
        for c in claims where c.frame.year == nil {
            guard let i = c.frame.incident else { continue }
            if let n = name(of: i, vocab) { names[n, default: 0] += 1 } else { unnamed[noun(i, vocab), default: 0] += 1 }
        }
        let own = unique(names)
        let ownUnnamed = own == nil ? unique(unnamed) : nil
        let ownIsTitled = own.flatMap { $0.split(separator: " ").first.map { vocab.eventTitles.contains(String($0)) } } ?? false
        // What the story's own named incident is: "fire" of "Tallow Creek fire".
        let ownNouns = Set(claims.compactMap { c in
            c.frame.incident.flatMap { i in name(of: i, vocab) == own ? i.lowercased().split(separator: " ").last.map { noun(String($0), vocab) } : nil }
        })
        guard own != nil || ownUnnamed != nil else { return claims }
        return claims.map { c in
            guard let i = c.frame.incident else { return c }
            let n = name(of: i, vocab)
            // "the fire" of a story about the Tallow Creek fire; "the outbreak" of a flood story is another.
            // A storm's own floods and fires are its own too.
            let isOwn = n.map { $0 == own } ?? (own != nil ? ownIsTitled || ownNouns.contains(noun(i, vocab)) : noun(i, vocab) == ownUnnamed)
            guard isOwn else { return c }
            var whole = c
            whole.frame.incident = nil
            return whole
        }
    }

    /// The name without what the incident is: "tallow creek" of "Tallow Creek fire" and of
    /// "Tallow Creek blaze"; the whole of "Storm Vela"; nil for an unnamed "flood".
    static func name(of incident: String, _ vocab: MeasureVocabulary) -> String? {
        let words = incident.lowercased().split(separator: " ").map(String.init)
        guard words.count >= 2 else { return nil }
        return vocab.eventTitles.contains(words[0]) ? words.joined(separator: " ") : words.dropLast().joined(separator: " ")
    }

    /// What kind of incident a noun names: "fire" of "fires", "blaze" and "bushfire" alike.
    static func noun(_ incident: String, _ vocab: MeasureVocabulary) -> String {
        vocab.incidentKinds.first { $0.contains(incident) }?.first ?? incident
    }

    /// The key counted most, when no other is counted as often.
    private static func unique(_ tally: [String: Int]) -> String? {
        guard let most = tally.values.max() else { return nil }
        let top = tally.filter { $0.value == most }
        return top.count == 1 ? top.first?.key : nil
    }
}
