/// "• Displaced: the IOM counted 43,059 people …; OCHA gave 42,045": a line that opens with an
/// event and a colon is a labelled item, and its figures that name no event of their own count
/// that event.
extension MeasureFinder {
    /// The event a line's label names. `words` are the line's first words.
    func labelEvent(_ words: [Word]) -> String? {
        var i = 0
        while i < words.count && words[i].isPunctuation && words[i].text != ":" { i += 1 }
        // A label of one or two words ("Displaced:", "Deaths:", "Reported missing:").
        for length in 1...2 where i + length < words.count && words[i + length].text == ":" {
            let label = words[i..<(i + length)]
            guard !label.contains(where: \.isPunctuation) else { return nil }
            let last = label.last!.lower
            if let e = vocab.events[label.map(\.lower).joined(separator: " ")] ?? vocab.events[last] { return e }
            if let n = vocab.noun(last), let e = vocab.eventNouns[n] { return e }
            return vocab.eventNouns[last]
        }
        return nil
    }
}
