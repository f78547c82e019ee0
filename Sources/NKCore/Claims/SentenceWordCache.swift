/// The words of each sentence range of one article, split once.
/// Why: the extractor reads a sentence and the one after it, and the attribution reader reads
/// neighbouring sentences again (earlier speakers, quotations, carried sources); splitting a
/// range into words builds a string per word, so a range split once is kept for every later ask.
final class SentenceWordCache {
    let index: SentenceIndex
    private var known = RecentCache<Range<Int>, [Word]>()

    init(index: SentenceIndex) {
        self.index = index
    }

    /// `index.words(in: range)`, computed once per range.
    func words(in range: Range<Int>) -> [Word] {
        if let w = known[range] { return w }
        let w = index.words(in: range)
        known[range] = w
        return w
    }
}
