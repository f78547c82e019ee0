/// "4,000 battle casualties among an estimated 11,000 troops, almost 40% of the force": a share
/// set after counts restates one of them against the whole. Being sent is what the whole went
/// through; what befell the share is the event of the count it restates.
struct ApposedShare {
    let vocab: MeasureVocabulary

    /// How many figures back a share looks for the count it restates.
    static let reach = 4

    func apply(_ claims: inout [Claim], sentences: [Range<Int>]) {
        for i in claims.indices where claims[i].frame.isShare && !claims[i].isVague {
            guard claims[i].frame.event.map(vocab.strengthEvents.contains) ?? true else { continue }
            var k = i - 1
            while k >= 0, k >= i - ApposedShare.reach, sentences[k] == sentences[i] {
                let c = claims[k]
                if !c.frame.isShare, let e = c.frame.event, !vocab.strengthEvents.contains(e), vocab.peopleEvents.contains(e) {
                    claims[i].frame.event = e
                    if claims[i].frame.thing == nil { claims[i].frame.thing = c.frame.thing }
                    claims[i].isUnmeasured = !claims[i].frame.isSpecific(vocab)
                    break
                }
                k -= 1
            }
        }
    }
}
