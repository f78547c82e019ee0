/// "put the number in Russia at some 10,000 and said as many as 8,000 had been deployed to the
/// Kursk region": where part of a force was sent sets that part apart from the whole the same
/// sentence counts. "the soldiers North Korea has sent to Russia, about 12,000" counts the whole
/// force, wherever it went: with no larger count of it beside, a destination is no scope.
enum Destinations {
    /// How many claims on each side of one are looked at for its whole: a sentence's figures
    /// each cost the same, however many it lists.
    static let reach = 12

    static func apply(_ claims: inout [Claim], sentences: [Range<Int>]) {
        for i in claims.indices where claims[i].frame.placeIsDestination {
            let lo = max(0, i - reach), hi = min(claims.count, i + reach + 1)
            let hasWhole = (lo..<hi).contains { j in
                j != i && sentences[j] == sentences[i] && claims[j].frame.place == nil && counts(claims[j], moreThan: claims[i])
            }
            if !hasWhole {
                claims[i].frame.sentTo = claims[i].frame.place
                claims[i].frame.place = nil
                claims[i].frame.placeIsDestination = false
            }
        }
    }

    /// Whether `whole` counts what `part` does, and more of it.
    private static func counts(_ whole: Claim, moreThan part: Claim) -> Bool {
        guard whole.frame.event == part.frame.event, whole.frame.group == nil,
              whole.frame.thing == part.frame.thing || whole.frame.thing == nil || part.frame.thing == nil || part.frame.thingImplied,
              let w = whole.figure.value ?? whole.figure.low ?? whole.figure.high,
              let p = part.figure.value ?? part.figure.high ?? part.figure.low else { return false }
        return w > p
    }
}
