/// "down from a peak of 420,000", "350,000 at the height of the storm": a peak is a measure of
/// its own, never set against a count at some other moment. A crowd is the exception: its peak
/// is how a turnout is counted ("police put the peak at 338,000").
extension MeasureFinder {
    /// How far from the figure, within its clause, a peak is named.
    static let peakReach = 4

    func namesPeak(words: [Word], first: Int, after: Int) -> Bool {
        var k = first - 1
        while k >= 0, first - k <= MeasureFinder.peakReach, !words[k].isPunctuation {
            if vocab.peakWords.contains(words[k].lower) { return true }
            k -= 1
        }
        var j = after
        while j < words.count, j - after < MeasureFinder.peakReach + 2, !words[j].isPunctuation {
            if vocab.peakWords.contains(words[j].lower) { return true }
            j += 1
        }
        return false
    }
}
