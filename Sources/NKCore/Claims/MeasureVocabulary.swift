import Foundation

/// What claims are made of, from `Resources/measures.json`: counted nouns and the words that fold
/// into them, events, modifiers, and the verbs that attribute a figure to someone.
/// A class: every finder holds it, and a struct of some ninety sets would be copied, each set
/// retained and released, for every figure.
public final class MeasureVocabulary: Sendable {
    struct File: Codable, Sendable {
        var nouns: [String: String]
        var events: [String: String]
        var additive: [String]
        var rates: [String: String]
        var perUnit: [String]
        var subsetMarkers: [String]
        var pronouns: [String]
        var functionWords: [String]
        var attributionVerbs: [String]
        var attributionBefore: [String]
        var backReferences: [String]
        var sourceStopWords: [String]
        var sourceDropLeading: [String]
        var notSources: [String]
        // Attribution.
        var evidenceNouns: [String]
        var sourceSkipBefore: [String]
        var timePrepositions: [String]
        var anaphorPronouns: [String]
        var anaphorNouns: [String]
        var bodyModifiers: [String]
        var anaphorModifiers: [String]
        var nameJoiners: [String]
        var notSourceLabels: [String]
        var invertingVerbs: [String]
        var weakAttributionVerbs: [String]
        var agentNouns: [String]
        var sourceNounAdjectives: [String]
        var clauseJoiners: [String]
        var secondaryBefore: [String]
        var verbNouns: [String]
        var tolerance: Double
        var updateAfterDays: Int
        var sameScopeRatio: Double
        // Measure frames.
        var eventNouns: [String: String]
        var peopleEvents: [String]
        var containerNouns: [String]
        var placeBefore: [String]
        var elsewhere: [String]
        var localPlaces: [String]
        var localOfficials: [String]
        var yearsBack: [String]
        var batchNouns: [String]
        var batchOrdinals: [String]
        var eventNounsBefore: [String: String]
        var forceNouns: [String]
        var spanJoiners: [String]
        var windowOpeners: [String]
        var windowFillers: [String]
        var windowUnits: [String]
        var dayBeforePhrases: [String]
        var dayAfterPhrases: [String]
        var sameDayPhrases: [String]
        var speakingWords: [String]
        var additionMarkers: [String]
        var capacityBefore: [String]
        var figureNouns: [String]
        var additiveNouns: [String]
        var dayGivers: [String]
        var shareNouns: [String]
        var populationNouns: [String]
        var heldThings: [String]
        var holderNouns: [String]
        var populationNoun: String
        var populationPhrases: [String]
        var peakWords: [String]
        var areaNoun: String
        var tollEvents: [String]
        var accumulatingEvents: [String]
        var strengthEvents: [String]
        var reportNouns: [String]
        var baseMarkers: [String]
        var changeEvents: [String]
        var weakSubsetMarkers: [String]
        var scaleNouns: [String]
        var partOfDeterminers: [String]
        var relativeTimeAfter: [String]
        var generalForceWords: [String]
        var occasions: [String]
        var occasionEvents: [String]
        var weekdays: [String]
        var notThings: [String]
        var scopeStops: [String]
        var widerArea: [String]
        var crowdOccasions: [String]
        var windowStarts: [String]
        var placeOf: [String]
        var peopleNouns: [String]
        var scopeStopsAfter: [String]
        var regionWide: [String]
        var ageMarkers: [String]
        var projections: [String]
        var figureReferences: [String]
        var occasionRequired: [String]
        var possessives: [String]
        var findingVerbs: [String]
        var relativePronouns: [String]
        var anaphorPossessives: [String]
        var negativeWords: [String]
        var clauseOpeners: [String]
        var relativeSubjects: [String]
        var quotingVerbs: [String]
        var originPhrases: [String]
        var originSubjects: [String]
        var subordinators: [String]
        var carryBreakers: [String]
        var writerPossessives: [String]
        var possessiveEllipsis: [String]
        var demonstratives: [String]
    }

    /// The lists this vocabulary was built from: a user's vocabulary is merged onto them.
    let file: File
    let nouns: [String: String]
    let events: [String: String]
    /// Words in the longest event phrase ("put out of action"): how far a phrase is looked for.
    let longestEventPhrase: Int
    /// The first words of the events of several words.
    let eventPhraseStarts: Set<String>
    let additive: Set<String>
    let rates: [String: String]
    let perUnit: Set<String>
    let subsetMarkers: [[String]]
    let pronouns: Set<String>
    let functionWords: Set<String>
    let attributionVerbs: Set<String>
    let attributionBefore: [[String]]
    /// `attributionBefore` by first word, in the same order: each word looks up only its own phrases.
    let attributionBeforeByFirstWord: [String: [[String]]]
    /// One lookup per word for the sets `AttributionFinder.cues` asks about (see `WordRoles`).
    let wordRoles: [String: WordRoles]
    let backReferences: [[String]]
    let sourceStopWords: Set<String>
    let sourceDropLeading: Set<String>
    /// Words that name a time, not a speaker: "on Sunday suggests" has no source "Sunday".
    let notSources: Set<String>
    /// "X's figures", "the RTHK breakdown": nouns whose owner is the source.
    let evidenceNouns: Set<String>
    /// Words between a speaker and the verb: "now puts", "has said".
    let sourceSkipBefore: Set<String>
    /// "on Wednesday", "late on Monday": what opens a time between speaker and verb.
    let timePrepositions: Set<String>
    /// "he said", "it said": speakers named in an earlier sentence.
    let anaphorPronouns: Set<String>
    /// "the agency said": nouns that, after "the", name an earlier speaker.
    let anaphorNouns: Set<String>
    /// "fire" in "the fire brigade": a word that names no one alone but does before a body.
    let bodyModifiers: Set<String>
    /// "the same organisation", "the UN agency": words allowed before such a noun.
    let anaphorModifiers: Set<String>
    /// "of", "for", "at" inside a name: "the head of the agency", "a station at the University".
    let nameJoiners: Set<String>
    /// Line labels that are not speakers: "Update:", "Correction:".
    let notSourceLabels: Set<String>
    /// Verbs that may come before their speaker: ", said Marie Roe", ", says the agency".
    let invertingVerbs: Set<String>
    /// Verbs that attribute only when a named or known agent does them: "Britain released",
    /// not "the collapse released".
    let weakAttributionVerbs: Set<String>
    /// Lowercase subjects that can speak: "officials", "police", "researchers".
    let agentNouns: Set<String>
    /// "a different estimate", "the latest report": words that make the next verb form a noun.
    let sourceNounAdjectives: Set<String>
    /// ", and", ", but": a later clause with a speaker of its own.
    let clauseJoiners: Set<String>
    /// "citing X": the source's source, which later sentences do not inherit.
    let secondaryBefore: Set<String>
    /// "a different estimate", "the March report": attribution verbs that are also nouns.
    let verbNouns: Set<String>
    /// How far an approximate figure may stray before it contradicts another (0.1 = 10%).
    public let tolerance: Double
    /// Claims this many days apart or more are a possible update rather than a contradiction.
    public let updateAfterDays: Int
    /// Figures further apart than this factor, within weeks, measure different scopes.
    public let sameScopeRatio: Double
    /// Nouns that name an event, and the event: "deaths" → "killed", "casualties" → "injured or killed".
    let eventNouns: [String: String]
    /// Events that happen to people: a figure with one of them and no noun counts people.
    let peopleEvents: Set<String>
    /// "rounds of tear gas", "tons of grain": nouns whose "of" phrase names what is counted.
    let containerNouns: Set<String>
    /// Words before a place name that put a figure there: "in", "inside", "at".
    let placeBefore: Set<String>
    /// Words that put a figure outside the place named: "elsewhere", "outside".
    let elsewhere: Set<String>
    /// Words that stand for the article's own place: "the city", "there".
    let localPlaces: [[String]]
    /// "Derna's mayor", "the city's governor": officials who speak for one place.
    let localOfficials: Set<String>
    /// "four years ago", "a year earlier": words after "years" that count back from the article.
    let yearsBack: Set<String>
    /// "group", "wave", "batch": what a force is sent in, one after another.
    let batchNouns: Set<String>
    /// "second", "new": a batch that follows earlier ones.
    let batchOrdinals: Set<String>
    /// "the capture of", "the arrest of": nouns naming the event of the figure after "of".
    let eventNounsBefore: [String: String]
    /// "troops": a force, whose bare count is its strength where it is sent.
    let forceNouns: Set<String>
    /// "June 12 to November 30": words joining two dates into a span.
    let spanJoiners: Set<String>
    /// "in", "over": open a period a figure is counted over ("in the previous week").
    let windowOpeners: Set<String>
    /// "the", "a single", "previous": words between the opener and the period's unit.
    let windowFillers: Set<String>
    /// "in the past three days", "within 24 hours": units a stretch of time is counted in.
    let windowUnits: Set<String>
    /// "the previous day", "the day before" (then nothing): the day before the date just named.
    let dayBeforePhrases: [RelativeDayPhrase]
    /// "the next day": the day after the date just named.
    let dayAfterPhrases: [RelativeDayPhrase]
    /// "that night", "the same day": the day the sentence before named.
    let sameDayPhrases: [[String]]
    /// "speaking at an air base in Germany": where a speaker stands, not where the figure holds.
    let speakingWords: Set<String>
    /// "along with", "as well as": what follows is added to what came before, not part of it.
    let additionMarkers: [[String]]
    /// "Victoria Park holds around 100,000 people": what a place can take, not what it took.
    let capacityBefore: [[String]]
    /// "the number", "the toll": nouns that name a figure already given.
    let figureNouns: Set<String>
    /// "reinforcements": nouns that count an addition to what is already there.
    let additiveNouns: Set<String>
    /// "for November 18", "puts October 1 at": words before a date that give the figure to that day.
    let dayGivers: Set<String>
    /// "the share of", "the proportion of": nouns naming a share and what it is of.
    let shareNouns: Set<String>
    /// "a population of 90,000": nouns before a figure that make it how many live in a place.
    let populationNouns: Set<String>
    /// "seats": things counted for whoever holds them.
    let heldThings: Set<String>
    /// "camp", "candidates", "party": nouns naming who holds them.
    let holderNouns: Set<String>
    /// What a population figure counts, as the measure names it.
    let populationNoun: String
    /// "home to 125,000 people": phrases before a figure that do the same.
    let populationPhrases: [[String]]
    /// "a peak of", "at the height of": the figure is a maximum.
    let peakWords: Set<String>
    /// What a share of a place counts: its area.
    let areaNoun: String
    /// Harms already done, whose "could reach" is an estimate of the count, not a plan.
    let tollEvents: Set<String>
    /// Events whose counts only grow ("killed", "arrested"): a later, higher count may be an update.
    let accumulatingEvents: Set<String>
    /// "sent", "deployed": what a whole went through, never what befell a share of it.
    let strengthEvents: Set<String>
    /// "reports of missing people": a count of reports of something counts the thing.
    let reportNouns: Set<String>
    /// "out of 4,000": the figure after is the whole a part is taken from.
    let baseMarkers: [[String]]
    /// "rose", "fell": before "to", what follows is a level, not a change.
    let changeEvents: Set<String>
    /// "with": marks a part only when the figure names no event of its own.
    let weakSubsetMarkers: [[String]]
    /// "magnitude", "category": a noun before the figure naming the scale it reads.
    let scaleNouns: Set<String>
    /// "300 of the wounded", "2,000 of those sent": after "of", these make the figure a part.
    let partOfDeterminers: Set<String>
    /// "a week later", "a year ago": after a period, these make it a time, not a rate.
    let relativeTimeAfter: Set<String>
    /// "men": a word for a force that is also everyday English; its bare count states no strength.
    let generalForceWords: Set<String>
    /// `localPlaces` by first word: each word looks up only its own phrases.
    let localPlacesByFirstWord: [String: [[String]]]
    /// Nouns of one-off occasions whose date tells one from another: "the June 9 march".
    let occasions: Set<String>
    /// Events that belong to an occasion: "took part", "fired".
    let occasionEvents: Set<String>
    /// Weekday names, Sunday first, for dating "Sunday's march" from the article's date.
    let weekdays: [String]
    /// Words in a noun phrase that name no counted thing: "figure", "total", "still", "overnight".
    let notThings: Set<String>
    /// Words that end the stretch of a clause a figure's place is looked for in, looking back.
    let scopeStops: Set<String>
    /// "in Derna and surrounding areas" is wider than Derna.
    let widerArea: Set<String>
    /// Occasions that draw a crowd: "the June 9 march peaked at 240,000" counts who took part.
    let crowdOccasions: Set<String>
    /// Words before a date that make it the start or end of a span, not an occasion: "since June 9".
    let windowStarts: Set<String>
    /// "for Derna", "of Derna": a place only when the article is about that place.
    let placeOf: Set<String>
    /// Things events happen to: "troops" alone says neither deployed nor killed, so is not compared.
    let peopleNouns: Set<String>
    /// Words that start another clause or noun phrase after a figure: "12,000 troops to support its
    /// war in Ukraine" does not put the troops in Ukraine.
    let scopeStopsAfter: Set<String>
    /// "across the region", "nationwide", "in all": the figure covers the whole area, no one place.
    let regionWide: Set<String>
    /// "aged 14 to 76": an age, not a count.
    let ageMarkers: Set<String>
    /// "could reach", "is expected to": a projection, which never contradicts a count.
    let projections: Set<String>
    /// "his figure was 3,252", "by Sunday it had reached 3,283": words that carry on the quantity
    /// of the sentence before.
    let figureReferences: Set<String>
    /// Events that mean nothing without their occasion: a turnout with no date names no march.
    let occasionRequired: Set<String>
    /// "his reveal", "their report": a possessive before common nouns names a thing, not a speaker.
    let possessives: Set<String>
    /// "the Audit Bureau found", "official figures showed": verbs that attribute only (weakly).
    let findingVerbs: Set<String>
    /// "the roughly 1,000 that Western officials gave": a relative clause naming who gave a figure.
    let relativePronouns: Set<String>
    /// "its team counted", "their estimate puts": a possessive pronoun standing for an earlier speaker.
    let anaphorPossessives: Set<String>
    /// "neither side", "none of them": phrases that name no one.
    let negativeWords: Set<String>
    /// "… as UN appeals for $71.4m": words opening a clause with a speaker of its own.
    let clauseOpeners: Set<String>
    /// "X, who said": relative pronouns standing for the name before them.
    let relativeSubjects: Set<String>
    /// "quoted X as saying": verbs whose object is the speaker.
    let quotingVerbs: Set<String>
    /// "comes from", "goes back to": attribution only after a figure-like subject ("this number").
    let originPhrases: Set<String>
    let originSubjects: Set<String>
    /// ", after two dams gave way": a clause of background after the attribution.
    let subordinators: Set<String>
    /// "But …", "Therefore …": a sentence that does not inherit the previous speaker.
    let carryBreakers: Set<String>
    /// "by my arithmetic", "our count": the writer's own figure, no one else's.
    let writerPossessives: Set<String>
    /// "Seoul's would mean …": words after a possessive that leave its noun (the figure) unsaid.
    let possessiveEllipsis: Set<String>
    /// "this fact check", "these pages": the writer's own piece, not a speaker.
    let demonstratives: Set<String>

    public static let standard: MeasureVocabulary = {
        do { return MeasureVocabulary(try JSONDecoder().decode(File.self, from: Data(PackageResources.measures_json))) } catch {
            preconditionFailure("the embedded measures.json is invalid: \(error)")
        }
    }()

    init(_ f: File) {
        file = f
        nouns = f.nouns
        events = f.events
        longestEventPhrase = f.events.keys.map { $0.split(separator: " ").count }.max() ?? 1
        eventPhraseStarts = Set(f.events.keys.compactMap { $0.contains(" ") ? $0.split(separator: " ").first.map(String.init) : nil })
        additive = Set(f.additive)
        rates = f.rates
        perUnit = Set(f.perUnit)
        let words = { (s: String) in s.split(separator: " ").map(String.init) }
        subsetMarkers = f.subsetMarkers.map(words).sorted { $0.count > $1.count }
        pronouns = Set(f.pronouns)
        functionWords = Set(f.functionWords)
        attributionVerbs = Set(f.attributionVerbs)
        attributionBefore = f.attributionBefore.map(words)
        attributionBeforeByFirstWord = Dictionary(grouping: attributionBefore.filter { !$0.isEmpty }, by: { $0[0] })
        wordRoles = WordRoles.table(f)
        backReferences = f.backReferences.map(words)
        sourceStopWords = Set(f.sourceStopWords)
        sourceDropLeading = Set(f.sourceDropLeading)
        notSources = Set(f.notSources)
        evidenceNouns = Set(f.evidenceNouns)
        sourceSkipBefore = Set(f.sourceSkipBefore)
        timePrepositions = Set(f.timePrepositions)
        anaphorPronouns = Set(f.anaphorPronouns)
        anaphorNouns = Set(f.anaphorNouns)
        bodyModifiers = Set(f.bodyModifiers)
        anaphorModifiers = Set(f.anaphorModifiers)
        nameJoiners = Set(f.nameJoiners)
        notSourceLabels = Set(f.notSourceLabels)
        invertingVerbs = Set(f.invertingVerbs)
        weakAttributionVerbs = Set(f.weakAttributionVerbs)
        agentNouns = Set(f.agentNouns)
        sourceNounAdjectives = Set(f.sourceNounAdjectives)
        clauseJoiners = Set(f.clauseJoiners)
        secondaryBefore = Set(f.secondaryBefore)
        verbNouns = Set(f.verbNouns)
        findingVerbs = Set(f.findingVerbs)
        relativePronouns = Set(f.relativePronouns)
        anaphorPossessives = Set(f.anaphorPossessives)
        negativeWords = Set(f.negativeWords)
        clauseOpeners = Set(f.clauseOpeners)
        relativeSubjects = Set(f.relativeSubjects)
        quotingVerbs = Set(f.quotingVerbs)
        originPhrases = Set(f.originPhrases)
        originSubjects = Set(f.originSubjects)
        subordinators = Set(f.subordinators)
        carryBreakers = Set(f.carryBreakers)
        writerPossessives = Set(f.writerPossessives)
        possessiveEllipsis = Set(f.possessiveEllipsis)
        demonstratives = Set(f.demonstratives)
        tolerance = f.tolerance
        updateAfterDays = f.updateAfterDays
        sameScopeRatio = f.sameScopeRatio
        eventNouns = f.eventNouns
        peopleEvents = Set(f.peopleEvents)
        containerNouns = Set(f.containerNouns)
        placeBefore = Set(f.placeBefore)
        elsewhere = Set(f.elsewhere)
        localPlaces = f.localPlaces.map(words)
        localOfficials = Set(f.localOfficials)
        yearsBack = Set(f.yearsBack)
        batchNouns = Set(f.batchNouns)
        batchOrdinals = Set(f.batchOrdinals)
        eventNounsBefore = f.eventNounsBefore
        forceNouns = Set(f.forceNouns)
        spanJoiners = Set(f.spanJoiners)
        windowOpeners = Set(f.windowOpeners)
        windowFillers = Set(f.windowFillers)
        windowUnits = Set(f.windowUnits)
        dayBeforePhrases = f.dayBeforePhrases.map(RelativeDayPhrase.init)
        dayAfterPhrases = f.dayAfterPhrases.map(RelativeDayPhrase.init)
        sameDayPhrases = f.sameDayPhrases.map(words)
        speakingWords = Set(f.speakingWords)
        additionMarkers = f.additionMarkers.map(words)
        capacityBefore = f.capacityBefore.map(words)
        figureNouns = Set(f.figureNouns)
        additiveNouns = Set(f.additiveNouns)
        dayGivers = Set(f.dayGivers)
        shareNouns = Set(f.shareNouns)
        populationNouns = Set(f.populationNouns)
        heldThings = Set(f.heldThings)
        holderNouns = Set(f.holderNouns)
        populationNoun = f.populationNoun
        populationPhrases = f.populationPhrases.map(words)
        peakWords = Set(f.peakWords)
        areaNoun = f.areaNoun
        tollEvents = Set(f.tollEvents)
        accumulatingEvents = Set(f.accumulatingEvents)
        strengthEvents = Set(f.strengthEvents)
        reportNouns = Set(f.reportNouns)
        baseMarkers = f.baseMarkers.map(words)
        changeEvents = Set(f.changeEvents)
        weakSubsetMarkers = f.weakSubsetMarkers.map(words)
        scaleNouns = Set(f.scaleNouns)
        partOfDeterminers = Set(f.partOfDeterminers)
        relativeTimeAfter = Set(f.relativeTimeAfter)
        generalForceWords = Set(f.generalForceWords)
        localPlacesByFirstWord = Dictionary(grouping: localPlaces.filter { !$0.isEmpty }, by: { $0[0] })
        occasions = Set(f.occasions)
        occasionEvents = Set(f.occasionEvents)
        weekdays = f.weekdays
        notThings = Set(f.notThings)
        scopeStops = Set(f.scopeStops)
        widerArea = Set(f.widerArea)
        crowdOccasions = Set(f.crowdOccasions)
        windowStarts = Set(f.windowStarts)
        placeOf = Set(f.placeOf)
        peopleNouns = Set(f.peopleNouns)
        scopeStopsAfter = Set(f.scopeStopsAfter)
        regionWide = Set(f.regionWide)
        ageMarkers = Set(f.ageMarkers)
        projections = Set(f.projections)
        figureReferences = Set(f.figureReferences)
        occasionRequired = Set(f.occasionRequired)
        possessives = Set(f.possessives)
    }

    /// The key a counted noun folds into; a noun the vocabulary does not know keys under itself.
    func noun(_ w: String) -> String? { nouns[w] }
}
