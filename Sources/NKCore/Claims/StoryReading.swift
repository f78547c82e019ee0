/// What one article leaves open, the others in the story often settle: a figure repeated to the
/// digit is the same quantity in the same place; "300 killed" counts the kind of people the story
/// names for that event; "15,972 rounds of tear gas" were fired, as the story's other counts say. Run over all the claims of a corpus, after each article is read.
public enum StoryReading {
    public static func resolve(_ claims: [Claim], vocabulary: MeasureVocabulary = .standard) -> [Claim] {
        Echoes.resolve(ImpliedEvents.resolve(ImpliedPeople.resolve(claims, vocab: vocabulary), vocab: vocabulary))
    }
}
