/// "said on November 19 that officers had fired 1,458 rounds the day before": a day named from
/// another date in the sentence is that date moved by a day, and the sentence's counts are that
/// day's, not the day they were announced.
extension ScopeFinder {
    func shiftRelativeDays(_ dates: inout Dates, in words: [Word]) {
        guard !dates.entries.isEmpty else { return }
        let named = dates.entries.count
        var last: Int?   // the last date named before `i`, among the entries read from the text
        var next = 0
        var i = 0
        while i < words.count {
            while next < named, dates.entries[next].index < i { last = next; next += 1 }
            guard let (shift, end) = relativeDay(words, at: i) else { i += 1; continue }
            // The date it counts from is the last one named before it.
            if let k = last, let moved = Self.day(dates.entries[k].value, movedBy: shift, year: articleDate?.year) {
                dates.entries[k] = (dates.entries[k].index, moved, true)
                dates.entries.append((i, moved, true))
            }
            i = end
        }
    }

    /// "the previous day" anywhere; "the day before" only where nothing follows it, since "the
    /// day before the vote" counts from the vote, not from the date.
    private func relativeDay(_ words: [Word], at i: Int) -> (shift: Int, end: Int)? {
        for (phrases, shift) in [(vocab.dayBeforePhrases, -1), (vocab.dayAfterPhrases, 1)] {
            for phrase in phrases where i + phrase.words.count <= words.count {
                // "the previous day's 1,400 rounds": the possessive names the same day.
                guard phrase.words.indices.allSatisfy({ words[i + $0].lower.withoutPossessive == phrase.words[$0] }) else { continue }
                let end = i + phrase.words.count
                if phrase.needsEnd, end < words.count, !words[end].isPunctuation { continue }
                return (shift, end)
            }
        }
        return nil
    }

    /// "11-19" moved by one day, across months; February's length from the article's year.
    static func day(_ monthDay: String, movedBy shift: Int, year: Int?) -> String? {
        let parts = monthDay.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, (1...12).contains(parts[0]), (1...31).contains(parts[1]) else { return nil }
        let y = year ?? 2001
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var (m, d) = (parts[0], parts[1] + shift)
        if d < 1 { m = m == 1 ? 12 : m - 1; d = lengths[m - 1] }
        if d > lengths[m - 1] { m = m == 12 ? 1 : m + 1; d = 1 }
        return format(m, d)
    }
}

/// A phrase naming a day from another: its words, and whether it must end the clause.
struct RelativeDayPhrase: Sendable {
    var words: [String]
    var needsEnd: Bool

    /// "the day before." must end its clause (marked "the day before ."); others stand anywhere.
    init(_ text: String) {
        let parts = text.split(separator: " ").map(String.init)
        needsEnd = parts.last == "."
        words = needsEnd ? Array(parts.dropLast()) : parts
    }
}
