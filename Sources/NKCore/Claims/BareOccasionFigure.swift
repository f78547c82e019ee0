extension ClaimExtractor {
    /// "For June 16, the Front said nearly 2 million": in a report whose dated counts all belong
    /// to one kind of occasion (people who took part), a bare figure tied to a day counts the same
    /// on that day.
    static func measureBareDatedFigures(_ claims: inout [Claim], events: WordSet, peopleNouns: WordSet) {
        var kinds = Unanimous<String, MeasureFrame>()
        for c in claims where c.isComparable {
            guard let e = c.frame.event, events.contains(e), c.frame.time != nil else { continue }
            kinds.record(MeasureFrame(thing: c.frame.thing, event: e), under: "")
        }
        guard let kind = kinds[""] else { return }
        for i in claims.indices where claims[i].isUnmeasured && !claims[i].isVague {
            let f = claims[i].frame
            guard f.time != nil, f.event == nil, f.group == nil, f.rate == nil, f.per == nil, !f.isShare, !f.isAge,
                  f.thing.map(peopleNouns.contains) ?? true, claims[i].figure.currency == nil, claims[i].figure.unit == nil else { continue }
            claims[i].frame.thing = kind.thing
            claims[i].frame.event = kind.event
            claims[i].isUnmeasured = !claims[i].frame.isSpecific(peopleNouns: peopleNouns, occasionRequired: events)
        }
    }
}
