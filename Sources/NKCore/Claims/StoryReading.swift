/// What one article leaves open, the others in the story often settle: a figure repeated to the
/// digit is the same quantity in the same place; "300 killed" counts the kind of people the story
/// names for that event; "15,972 rounds of tear gas" were fired, as the story's other counts say.
/// Run over all the claims of a corpus, after each article is read.
public enum StoryReading {
    /// A claim settled in one pass can settle another in the next ("10 000 and then 11 300 dead"
    /// is placed once 11 300 is): passes repeat until nothing changes, a few at most.
    static let mostPasses = 4

    public static func resolve(_ claims: [Claim], vocabulary: MeasureVocabulary = .standard) -> [Claim] {
        // The story's own incident names no part of it: dropped before any pass lends a measure.
        var current = StoryIncident.resolve(claims, vocab: vocabulary)
        for _ in 0..<mostPasses {
            let next = pass(current, vocabulary: vocabulary)
            if next == current { break }
            current = next
        }
        return SeatHolder.settle(current, vocab: vocabulary)
    }

    private static func pass(_ claims: [Claim], vocabulary: MeasureVocabulary) -> [Claim] {
        let people = ImpliedPeople.resolve(NamedPeople.resolve(ForceMen.resolve(claims, vocab: vocabulary), vocab: vocabulary), vocab: vocabulary)
        let named = ImpliedAdditions.resolve(people, vocab: vocabulary)
        let echoed = Alternatives.resolve(Echoes.resolve(ImpliedEvents.resolve(named, vocab: vocabulary)))
        let occasions = ImpliedOccasion.resolve(echoed, vocab: vocabulary)
        return ForcePresence.resolve(TheatrePlace.resolve(occasions, vocab: vocabulary), vocab: vocabulary)
    }
}
