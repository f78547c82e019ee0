/// What a figure measures, in the parts a careful analyst checks before calling two figures the
/// same quantity: the thing counted, the event or state, where, when, which group, at what rate.
/// Two claims compare only when every part is the same; a part the text leaves open stays nil.
public struct MeasureFrame: Sendable, Equatable, Hashable {
    /// The thing counted with the modifiers that change it: "troops", "tear gas rounds".
    public var thing: String?
    /// Who holds what is counted, for things counted per holder: "pro-democracy" seats.
    public var holder: String?
    /// The event or state: "killed", "injured or killed", "missing", "deployed".
    public var event: String?
    /// Where it holds: a named place ("Derna"), or "elsewhere" for what lies outside it.
    public var place: String?
    /// Another incident than the story's own that the figure counts: "Pinnacle Road fire".
    public var incident: String?
    /// The text sets the place against the rest of the area ("in Derna alone", "170 elsewhere"),
    /// or speaks for the whole area ("across the region"): the story tells places apart.
    /// Not part of the measure's name.
    var placeContrasted = false
    /// The place is where the figure was sent ("deployed to the Kursk region"): a part of the
    /// force only when the sentence also counts the whole (see `Destinations`).
    var placeIsDestination = false
    /// Where a whole force was sent, once that is no scope of the figure (see `Destinations`):
    /// "the soldiers North Korea has sent to Russia" counts the force, and says it is in Russia.
    var sentTo: String?
    /// The occasion it belongs to, as a month and day ("06-16"), when the text ties it to one.
    public var time: String?
    /// Another year than the article's, when the sentence is about one ("in 2015", "four years ago").
    public var year: Int?
    /// A running total counted from some start ("since June 9", "so far"): it keeps growing, so it
    /// is set only against other running totals, never against one day's count.
    public var isRunningTotal = false
    /// A part of a larger whole ("part of"), or an addition to an earlier figure ("additional").
    public var group: String?
    /// "per soldier", "per group".
    public var per: String?
    /// "monthly", "daily".
    public var rate: String?
    /// A share of a whole (percent, "a third", "one in ten") rather than a count.
    public var isShare = false
    /// An age ("aged 14 to 76"), listed but never compared.
    public var isAge = false
    /// The thing was not written but taken for people from the event ("about 300 killed").
    var thingImplied = false
    /// The capitalised words before the counted noun, lower-cased: "north korean" troops.
    var origin: String?
    /// People counted by the name of their country, as an adjective: "north korean" for
    /// "10,000 North Koreans"; the story's noun for such people is theirs (see `NamedPeople`).
    var demonym: String?

    /// Whether the text says enough to compare: an event, or a counted thing that is not a kind of
    /// people ("civilians" alone may be killed, injured or displaced). `peopleNouns` lists those.
    public func isSpecific(peopleNouns: Set<String>, occasionRequired: Set<String> = []) -> Bool {
        isSpecific(peopleNouns: WordSet(peopleNouns), occasionRequired: WordSet(occasionRequired))
    }

    func isSpecific(peopleNouns: WordSet, occasionRequired: WordSet = [], durations: WordSet = []) -> Bool {
        if isAge { return false }
        if let event, occasionRequired.contains(event), time == nil { return false }
        if event != nil { return true }
        // "6,000 more troops": an addition to a force is already one event; "3,000 more" of
        // nothing named says too little.
        guard thing != nil else { return false }
        // "two days", "48 hours": a duration alone says how long, not of what.
        if durations.contains(head ?? "") { return false }
        if group == "additional" { return true }
        return !peopleNouns.contains(head ?? "")
    }

    /// Whether the text says enough to compare, by the vocabulary's people, durations and occasions.
    func isSpecific(_ vocab: MeasureVocabulary) -> Bool {
        isSpecific(peopleNouns: vocab.peopleNouns, occasionRequired: vocab.occasionRequired, durations: vocab.windowUnits)
    }

    /// The counted noun, the thing's last word: "rounds" of "tear gas rounds", "metres" of
    /// "cubic metres".
    var head: String? { thing?.split(separator: " ").last.map(String.init) }

    /// "11,000 troops" with no event: a count of a force states its strength where it is sent
    /// ("each group of 30 troops" is how it is organised, and "300 of them" a part, not its
    /// strength).
    mutating func statesStrength(forceNouns: WordSet, forceEvents: [String: String]) {
        foldForceEvent(forceNouns: forceNouns, forceEvents: forceEvents)
        guard event == nil, per == nil, group != "part of", let t = thing, forceNouns.contains(t) else { return }
        event = MeasureFrame.deployment
    }

    /// A count of a force's strength: "11,000 troops deployed", "sent", "stationed".
    func countsForceStrength(_ vocab: MeasureVocabulary) -> Bool {
        guard let event, let thing else { return false }
        return vocab.strengthEvents.contains(event) && vocab.forceNouns.contains(thing)
    }

    /// What an event is when it befalls a force: "12,000 has arrived" were sent, "losing about
    /// a thousand men a week" are casualties.
    mutating func foldForceEvent(forceNouns: WordSet, forceEvents: [String: String]) {
        guard let e = event, let folded = forceEvents[e], let t = thing, forceNouns.contains(t) else { return }
        event = folded
    }

    /// The event a force's strength is counted under.
    static let deployment = "deployed"
    /// The event of arriving: a force's deployment, any other thing's own event ("doses arrived").
    static let arrival = "arrived"

    /// The group of a capacity: never compared with counts, only with other capacities.
    static let capacity = "capacity of"
    /// The group of a limit set on a quantity ("the 500 tonnes allowed by its permit"): compared
    /// only with other limits, never with what was measured.
    static let limit = "limit of"
    /// The group of a first batch: compared with other first batches only.
    static let firstBatch = "first batch of"
    /// What a figure that refers back to this one ("his figure was 3,252") measures: the same
    /// thing, event, place, day and kind, in the group its own words give.
    func carriedOn(group: String?) -> MeasureFrame {
        var carried = MeasureFrame(thing: thing, event: event, place: place, time: time, group: group, isShare: isShare)
        // A thing only implied stays so: the story's own passes may still name it.
        carried.thingImplied = thingImplied
        return carried
    }

    public static let unmeasured = "(unmeasured)"

    /// The measure in words, as the reports and the reader show it: "additional troops",
    /// "people killed in Derna", "people took part on 16 Jun".
    public var description: String {
        var parts: [String] = []
        if let group { parts.append(group) }
        if isAge { parts.append("age of") }
        if isShare { parts.append("share of") }
        if let thing {
            if let holder { parts.append(holder) }
            parts.append(thing)
        }
        // "6,000 more troops" already says they are sent.
        if let event, group != "additional" || thing == nil || event != MeasureFrame.deployment { parts.append(event) }
        if let place { parts.append(place == "elsewhere" ? "elsewhere" : "in " + place) }
        if let incident { parts.append("in the " + incident) }
        if let time { parts.append("on " + DateLabel.dayMonth(time)) } else if isRunningTotal { parts.append("to date") }
        if let year { parts.append("in " + String(year)) }
        if let per { parts.append("per " + per) }
        if let rate { parts.append(rate) }
        return parts.isEmpty ? MeasureFrame.unmeasured : parts.joined(separator: " ")
    }
}
