/// "pro-democracy candidates have taken 333 seats, against 52 for the pro-establishment camp":
/// seats are counted for whoever holds them, and two camps' counts are two measures. The holder is
/// the group the clause names: "for the X camp" right after the figure, else the nearest "X
/// candidates", "X party" before it.
extension MeasureFinder {
    /// How far before a figure its holder is looked for.
    static let holderReach = 12

    /// The holder's words ("pro-democracy"), when the figure counts seats, or a thing not yet
    /// known ("against 52 for the pro-establishment camp"), and its clause names one.
    func holder(words: [Word], first: Int, after: Int, thing: String?) -> String? {
        if let thing, let last = thing.split(separator: " ").last, !vocab.heldThings.contains(String(last)) { return nil }
        // "a net gain of 263": a figure that sizes another noun counts that, not what is held.
        if thing == nil, first >= 1, words[first - 1].lower == "of" { return nil }
        // "298 of the 452 seats": the whole that parts are held of belongs to no one.
        if first >= 2, words[first - 1].lower == "the", words[first - 2].lower == "of" { return nil }
        // "against 52 for the pro-establishment camp"
        var j = after
        while j < words.count, j < after + 3, !words[j].isPunctuation {
            if words[j].lower == "for", let name = holderNamed(words, from: j + 1, limit: min(words.count, j + 5)) { return name }
            j += 1
        }
        var k = first - 1
        while k >= 1, first - k <= MeasureFinder.holderReach {
            let w = words[k]
            if w.text == ";" || w.text == "." { break }
            if vocab.holderNouns.contains(w.lower), let name = modifiers(words, before: k) { return name }
            k -= 1
        }
        return nil
    }

    /// "the pro-establishment camp" from `start`: the modifiers of a holder noun within `limit`.
    private func holderNamed(_ words: [Word], from start: Int, limit: Int) -> String? {
        var k = start
        while k < limit, !words[k].isPunctuation {
            if vocab.holderNouns.contains(words[k].lower) { return modifiers(words, before: k) }
            k += 1
        }
        return nil
    }

    /// The word right before a holder noun: "pro-democracy" in "pro-democracy candidates"; two
    /// when both are capitalised, as a party's name is ("Liberal Democrat party").
    private func modifiers(_ words: [Word], before k: Int) -> String? {
        func isName(_ w: Word) -> Bool {
            !w.isPunctuation && !vocab.functionWords.contains(w.lower) && w.lower.first?.isLetter == true && vocab.events[w.lower] == nil
        }
        guard k >= 1, isName(words[k - 1]) else { return nil }
        if k >= 2, words[k - 1].isCapitalised, words[k - 2].isCapitalised, isName(words[k - 2]) {
            return words[k - 2].lower + " " + words[k - 1].lower
        }
        return words[k - 1].lower
    }
}

enum SeatHolder {
    /// A holder read before the thing was known ("against 52 for the camp") holds only what the
    /// story settles is held: in a story that counts one held thing the way its counts agree on
    /// ("seats captured"), "gives the pro-establishment camp 60" counts that; elsewhere the holder
    /// is dropped from a count that turned out to be of anything else.
    static func settle(_ claims: [Claim], vocab: MeasureVocabulary) -> [Claim] {
        func isHeld(_ frame: MeasureFrame) -> Bool { vocab.heldThings.contains(frame.head ?? "") }
        // The held thing ("seats") and its event, as three in four of the story's counts of it give them.
        var tally: [String: [String: Int]] = [:]
        for c in claims where c.isComparable && isHeld(c.frame) && c.frame.group == nil {
            guard let event = c.frame.event, let thing = c.frame.head else { continue }
            tally["", default: [:]][thing + "|" + event, default: 0] += 1
        }
        let kind = StoryMajority.dominant(tally, support: 2)[""]?.split(separator: "|", maxSplits: 1).map(String.init)
        return claims.map { c in
            guard c.frame.holder != nil else { return c }
            var settled = c
            // Money, shares and units hold no seats: "froze HK$70 million" of an alliance counts money.
            if c.frame.thing == nil, c.isUnmeasured, !c.isVague, c.isPlainCount, c.frame.group == nil, let kind, kind.count == 2 {
                settled.frame.thing = kind[0]
                settled.frame.event = kind[1]
                settled.isUnmeasured = !settled.frame.isSpecific(vocab)
                return settled
            }
            if !isHeld(c.frame) { settled.frame.holder = nil }
            return settled
        }
    }
}
