/// "6,022 people had been arrested since June 9. Students accounted for 2,393 of them.": a part
/// that names no event of its own ("of them", "of whom") went through what its whole did, in the
/// same place and over the same span; it stays a part, of its own kind.
enum PartOfEarlier {
    /// How many claims back the whole is looked for.
    static let reach = 3

    static func apply(_ claims: inout [Claim], sentences: [Range<Int>], vocab: MeasureVocabulary) {
        for i in claims.indices where claims[i].frame.group == "part of" && claims[i].frame.event == nil && !claims[i].isVague {
            var k = i - 1
            while k >= 0, k >= i - reach {
                let whole = claims[k]
                // Only the sentence before or the same one: further back the "them" is another's.
                if sentences[i].lowerBound - sentences[k].upperBound > 2 && sentences[k] != sentences[i] { break }
                // The nearest count before the part is its whole; one that names no event leaves
                // the part's event open ("14 people, among them six officers").
                guard whole.frame.group == nil, !whole.frame.isShare, !whole.frame.isAge else { k -= 1; continue }
                if whole.frame.event != nil, whole.isComparable {
                    var frame = whole.frame
                    frame.thing = claims[i].frame.thing ?? whole.frame.thing
                    frame.group = "part of"
                    frame.thingImplied = claims[i].frame.thing == nil && whole.frame.thingImplied
                    claims[i].frame = frame
                    claims[i].isUnmeasured = !frame.isSpecific(vocab)
                }
                break
            }
        }
    }
}
