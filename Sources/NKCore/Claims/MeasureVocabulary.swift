import Foundation

/// What claims are made of, from `Resources/measures.json`: counted nouns and the words that fold
/// into them, events, modifiers, and the verbs that attribute a figure to someone.
/// A class: every finder holds it, and a struct of some ninety sets would be copied, each set
/// retained and released, for every figure.
public final class MeasureVocabulary: Sendable {
    struct File: Codable, Sendable {
        var nouns: [String: String]
        var events: [String: String]
        var boardingVerbs: [String: String]
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
        var eventTitles: [String]
        var institutions: [String]
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
        var thingCapacityBefore: [String]
        var capacityUnits: [String]
        var eventDayBefore: [String]
        var incidentVerbsAfter: [String]
        var incidentKinds: [[String]]
        var anaphorKinds: [[String]]
        var articles: [String]
        var personNouns: [String]
        var ageUnits: [String]
        var genericAreas: [String]
        var distanceUnits: [String]
        var limitNouns: [String]
        var limitParticiples: [String]
        var verbOnlyEvents: [String]
        var verbMarkers: [String]
        var gapVerbs: [String]
        var stateNouns: [String]
        var placeLabelNouns: [String]
        var countingVerbs: [String]
        var gapLinks: [String]
        var gapOpeners: [String]
        var multipleWords: [String]
        var hedgeModals: [String]
        var whoeverEvents: [String]
        var forceEvents: [String: String]
        var comparativeWords: [String]
        var multipleNounsBefore: [String]
        var putVerbs: [String]
        var totalNouns: [String]
        var settlementNouns: [String]
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
        var forceKinds: [String]
        var firstOrdinals: [String]
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
        var bodyPronouns: [String]
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
    let nouns: WordMap<String>
    let events: WordMap<String>
    /// "a boat carrying about 130 people": a vehicle's verb, and the event of the figure right after it.
    let boardingVerbs: WordMap<String>
    /// Words in the longest event phrase ("put out of action"): how far a phrase is looked for.
    let longestEventPhrase: Int
    /// The first words of the events of several words.
    let eventPhraseStarts: WordSet
    let additive: WordSet
    let rates: WordMap<String>
    let perUnit: WordSet
    let subsetMarkers: [[String]]
    let pronouns: WordSet
    let functionWords: WordSet
    let attributionVerbs: WordSet
    let attributionBefore: [[String]]
    /// `attributionBefore` by first word, in the same order: each word looks up only its own phrases.
    let attributionBeforeByFirstWord: WordMap<[[String]]>
    /// One lookup per word for the sets `AttributionFinder.cues` asks about (see `WordRoles`).
    let wordRoles: WordMap<WordRoles>
    let backReferences: [[String]]
    let sourceStopWords: WordSet
    let sourceDropLeading: WordSet
    /// Words that name a time, not a speaker: "on Sunday suggests" has no source "Sunday".
    let notSources: WordSet
    /// "X's figures", "the RTHK breakdown": nouns whose owner is the source.
    let evidenceNouns: WordSet
    /// Words between a speaker and the verb: "now puts", "has said".
    let sourceSkipBefore: WordSet
    /// "on Wednesday", "late on Monday": what opens a time between speaker and verb.
    let timePrepositions: WordSet
    /// "he said", "it said": speakers named in an earlier sentence.
    let anaphorPronouns: WordSet
    /// "the agency said": nouns that, after "the", name an earlier speaker.
    let anaphorNouns: WordSet
    /// "fire" in "the fire brigade": a word that names no one alone but does before a body.
    let bodyModifiers: WordSet
    /// "the same organisation", "the UN agency": words allowed before such a noun.
    let anaphorModifiers: WordSet
    /// "of", "for", "at" inside a name: "the head of the agency", "a station at the University".
    let nameJoiners: WordSet
    /// Line labels that are not speakers: "Update:", "Correction:".
    let notSourceLabels: WordSet
    /// Words a named event's title opens with: "Storm Vela", "Hurricane Mara", "Operation Dawn".
    let eventTitles: WordSet
    /// Where an agent works is who it is, not a place: "researchers at the University of Montalvo".
    let institutions: WordSet
    /// Verbs that may come before their speaker: ", said Marie Roe", ", says the agency".
    let invertingVerbs: WordSet
    /// Verbs that attribute only when a named or known agent does them: "Britain released",
    /// not "the collapse released".
    let weakAttributionVerbs: WordSet
    /// Lowercase subjects that can speak: "officials", "police", "researchers".
    let agentNouns: WordSet
    /// "a different estimate", "the latest report": words that make the next verb form a noun.
    let sourceNounAdjectives: WordSet
    /// ", and", ", but": a later clause with a speaker of its own.
    let clauseJoiners: WordSet
    /// "citing X": the source's source, which later sentences do not inherit.
    let secondaryBefore: WordSet
    /// "a different estimate", "the March report": attribution verbs that are also nouns.
    let verbNouns: WordSet
    /// How far an approximate figure may stray before it contradicts another (0.1 = 10%).
    public let tolerance: Double
    /// Claims this many days apart or more are a possible update rather than a contradiction.
    public let updateAfterDays: Int
    /// Figures further apart than this factor, within weeks, measure different scopes.
    public let sameScopeRatio: Double
    /// Nouns that name an event, and the event: "deaths" → "killed", "casualties" → "injured or killed".
    let eventNouns: WordMap<String>
    /// Events that happen to people: a figure with one of them and no noun counts people.
    let peopleEvents: WordSet
    /// "rounds of tear gas", "tons of grain": nouns whose "of" phrase names what is counted.
    let containerNouns: WordSet
    /// Words before a place name that put a figure there: "in", "inside", "at".
    let placeBefore: WordSet
    /// Words that put a figure outside the place named: "elsewhere", "outside".
    let elsewhere: WordSet
    /// Words that stand for the article's own place: "the city", "there".
    let localPlaces: [[String]]
    /// "Derna's mayor", "the city's governor": officials who speak for one place.
    let localOfficials: WordSet
    /// "four years ago", "a year earlier": words after "years" that count back from the article.
    let yearsBack: WordSet
    /// "group", "wave", "batch": what a force is sent in, one after another.
    let batchNouns: WordSet
    /// "second", "new": a batch that follows earlier ones.
    let batchOrdinals: WordSet
    /// "the capture of", "the arrest of": nouns naming the event of the figure after "of".
    let eventNounsBefore: WordMap<String>
    /// "troops": a force, whose bare count is its strength where it is sent.
    let forceNouns: WordSet
    /// "June 12 to November 30": words joining two dates into a span.
    let spanJoiners: WordSet
    /// "in", "over": open a period a figure is counted over ("in the previous week").
    let windowOpeners: WordSet
    /// "the", "a single", "previous": words between the opener and the period's unit.
    let windowFillers: WordSet
    /// "in the past three days", "within 24 hours": units a stretch of time is counted in. A
    /// count of them with no event ("two days") is compared with nothing.
    let windowUnits: WordSet
    /// "the previous day", "the day before" (then nothing): the day before the date just named.
    let dayBeforePhrases: [RelativeDayPhrase]
    /// "the next day": the day after the date just named.
    let dayAfterPhrases: [RelativeDayPhrase]
    /// "that night", "the same day": the day the sentence before named.
    let sameDayPhrases: [[String]]
    /// "speaking at an air base in Germany": where a speaker stands, not where the figure holds.
    let speakingWords: WordSet
    /// "along with", "as well as": what follows is added to what came before, not part of it.
    let additionMarkers: [[String]]
    /// "Victoria Park holds around 100,000 people": what a place can take, not what it took.
    let capacityBefore: [[String]]
    /// "held 22.5 million cubic metres": a capacity of the `capacityUnits` only ("held 84 people" detains them).
    let thingCapacityBefore: [[String]]
    /// "cubic metres", "barrels": what a structure holds, counted by `thingCapacityBefore`.
    let capacityUnits: WordSet
    /// "crossed on Friday": what joins an event to the day it happened.
    let eventDayBefore: WordSet
    /// "the Pinnacle Road fire": what a named incident is, after its name (every noun of `incidentKinds`).
    let incidentNouns: WordSet
    /// "the flood itself killed", "the fire destroyed": words after an incident's noun that end its name.
    let incidentVerbsAfter: WordSet
    /// Nouns for one kind of incident, the first naming the kind: "fire", "blaze", "bushfire".
    let incidentKinds: [[String]]
    /// Nouns that may name one body: "the agency" for a "Service", not for a union.
    let anaphorKinds: [Set<String>]
    /// "a", "an", "the": before a noun for one person ("a man, 71,").
    let articles: WordSet
    /// "man", "woman", "resident": one person, whose age may follow between commas.
    let personNouns: WordSet
    /// "year", "months": what an age is counted in, before "old" ("19-year-old").
    let ageUnits: WordSet
    /// "hectares of land": an area of nothing in particular, which names no thing of its own.
    let genericAreas: WordSet
    /// "km", "miles": a length, which "of the plant" measures from.
    let distanceUnits: WordSet
    /// "limit", "maximum", "cap": what a limit set on a quantity is called.
    let limitNouns: WordSet
    /// "allowed", "permitted": right after a quantity, the limit set on it.
    let limitParticiples: WordSet
    /// "pay": an event only as a verb ("will pay €140"), not as a noun ("average gross pay", "a pay rise").
    let verbOnlyEvents: WordSet
    /// "to", "will", "did": words before a bare verb that show it is one.
    let verbMarkers: WordSet
    /// "says", "estimate", "is": what a clause that leaves out what its figure counts may say
    /// ("the company still says 38", "The company's is 12"). Verbs of giving a figure only:
    /// "Germany pledged €30 million, France €20 million" are two pledges.
    let gapVerbs: WordSet
    /// "survivors", "evacuees": people named by what befell them, who may be counted doing
    /// something else ("37 survivors were admitted to hospital").
    let stateNouns: WordSet
    /// "district", "province": after a place's name, the kind of area a list's item counts.
    let placeLabelNouns: WordSet
    /// "registered", "found", "pulled": what counts such people or makes them so ("12,000
    /// evacuees had registered", "pulled 78 survivors from the water"), not something else they
    /// did or had done to them.
    let countingVerbs: WordSet
    /// "at", "it": the small words such a clause may also hold ("put it at 44").
    let gapLinks: WordSet
    /// "against", "than": words that open such a clause ("against the ministry's 15").
    let gapOpeners: WordSet
    /// "times": after a figure, a multiple of what the comparison after it names.
    let multipleWords: WordSet
    /// "could", "may": before "be", a hedge on a figure for now, not a forecast.
    let hedgeModals: WordSet
    /// "took part", "voted": events whose doers are whoever did them ("265,790 protesters took part" are people).
    let whoeverEvents: WordSet
    /// What an event is when it befalls a force: "arrived" is deployed, "lost" killed or wounded.
    let forceEvents: [String: String]
    /// "more", "less": the comparison a multiple is of ("50 times more likely").
    let comparativeWords: WordSet
    /// "factor": before "of" and a figure, a multiple ("differ by a factor of three").
    let multipleNounsBefore: WordSet
    /// "puts": the verb that sizes something "at" a figure.
    let putVerbs: WordSet
    /// "total", "tally": bare, the article's running total ("the total stood at 420").
    let totalNouns: WordSet
    /// "city", "town": a place people live in, sized by how many do.
    let settlementNouns: WordSet
    /// "the number", "the toll": nouns that name a figure already given.
    let figureNouns: WordSet
    /// "reinforcements": nouns that count an addition to what is already there.
    let additiveNouns: WordSet
    /// "for November 18", "puts October 1 at": words before a date that give the figure to that day.
    let dayGivers: WordSet
    /// "the share of", "the proportion of": nouns naming a share and what it is of.
    let shareNouns: WordSet
    /// "a population of 90,000": nouns before a figure that make it how many live in a place.
    let populationNouns: WordSet
    /// "seats": things counted for whoever holds them.
    let heldThings: WordSet
    /// "camp", "candidates", "party": nouns naming who holds them.
    let holderNouns: WordSet
    /// What a population figure counts, as the measure names it.
    let populationNoun: String
    /// "home to 125,000 people": phrases before a figure that do the same.
    let populationPhrases: [[String]]
    /// "a peak of", "at the height of": the figure is a maximum.
    let peakWords: WordSet
    /// What a share of a place counts: its area.
    let areaNoun: String
    /// Harms already done, whose "could reach" is an estimate of the count, not a plan.
    let tollEvents: WordSet
    /// Events whose counts only grow ("killed", "arrested"): a later, higher count may be an update.
    let accumulatingEvents: WordSet
    /// "sent", "deployed": what a whole went through, never what befell a share of it.
    let strengthEvents: WordSet
    /// "reports of missing people": a count of reports of something counts the thing.
    let reportNouns: WordSet
    /// "out of 4,000": the figure after is the whole a part is taken from.
    let baseMarkers: [[String]]
    /// "rose", "fell": before "to", what follows is a level, not a change.
    let changeEvents: WordSet
    /// "with": marks a part only when the figure names no event of its own.
    let weakSubsetMarkers: [[String]]
    /// "magnitude", "category": a noun before the figure naming the scale it reads.
    let scaleNouns: WordSet
    /// "300 of the wounded", "2,000 of those sent": after "of", these make the figure a part.
    let partOfDeterminers: WordSet
    /// "a week later", "a year ago": after a period, these make it a time, not a rate.
    let relativeTimeAfter: WordSet
    /// "men": a word for a force that is also everyday English; its bare count states no strength.
    let generalForceWords: WordSet
    /// "special", "combat": what arm of a force a count names, not another force; "1,500 special
    /// forces" and "3,000 troops" count one deployment.
    let forceKinds: WordSet
    /// "first", "initial": the batch that opens a series ("the first batch of 1,500").
    let firstOrdinals: WordSet
    /// `localPlaces` by first word: each word looks up only its own phrases.
    let localPlacesByFirstWord: WordMap<[[String]]>
    /// Nouns of one-off occasions whose date tells one from another: "the June 9 march".
    let occasions: WordSet
    /// Events that belong to an occasion: "took part", "fired".
    let occasionEvents: WordSet
    /// Weekday names, Sunday first, for dating "Sunday's march" from the article's date.
    let weekdays: [String]
    /// Words in a noun phrase that name no counted thing: "figure", "total", "still", "overnight".
    let notThings: WordSet
    /// Words that end the stretch of a clause a figure's place is looked for in, looking back.
    let scopeStops: WordSet
    /// "in Derna and surrounding areas" is wider than Derna.
    let widerArea: WordSet
    /// Occasions that draw a crowd: "the June 9 march peaked at 240,000" counts who took part.
    let crowdOccasions: WordSet
    /// Words before a date that make it the start or end of a span, not an occasion: "since June 9".
    let windowStarts: WordSet
    /// "for Derna", "of Derna": a place only when the article is about that place.
    let placeOf: WordSet
    /// Things events happen to: "troops" alone says neither deployed nor killed, so is not compared.
    let peopleNouns: WordSet
    /// Words that start another clause or noun phrase after a figure: "12,000 troops to support its
    /// war in Ukraine" does not put the troops in Ukraine.
    let scopeStopsAfter: WordSet
    /// "across the region", "nationwide", "in all": the figure covers the whole area, no one place.
    let regionWide: WordSet
    /// "aged 14 to 76": an age, not a count.
    let ageMarkers: WordSet
    /// "could reach", "is expected to": a projection, which never contradicts a count.
    let projections: WordSet
    /// "his figure was 3,252", "by Sunday it had reached 3,283": words that carry on the quantity
    /// of the sentence before.
    let figureReferences: WordSet
    /// Events that mean nothing without their occasion: a turnout with no date names no march.
    let occasionRequired: WordSet
    /// "his reveal", "their report": a possessive before common nouns names a thing, not a speaker.
    let possessives: WordSet
    /// "the Audit Bureau found", "official figures showed": verbs that attribute only (weakly).
    let findingVerbs: WordSet
    /// "the roughly 1,000 that Western officials gave": a relative clause naming who gave a figure.
    let relativePronouns: WordSet
    /// "its team counted", "their estimate puts": a possessive pronoun standing for an earlier speaker.
    let anaphorPossessives: WordSet
    /// Pronouns that may stand for a body ("the ministry said it had recorded"), not only for a person.
    let bodyPronouns: WordSet
    /// "neither side", "none of them": phrases that name no one.
    let negativeWords: WordSet
    /// "… as UN appeals for $71.4m": words opening a clause with a speaker of its own.
    let clauseOpeners: WordSet
    /// "X, who said": relative pronouns standing for the name before them.
    let relativeSubjects: WordSet
    /// "quoted X as saying": verbs whose object is the speaker.
    let quotingVerbs: WordSet
    /// "comes from", "goes back to": attribution only after a figure-like subject ("this number").
    let originPhrases: WordSet
    let originSubjects: WordSet
    /// ", after two dams gave way": a clause of background after the attribution.
    let subordinators: WordSet
    /// "But …", "Therefore …": a sentence that does not inherit the previous speaker.
    let carryBreakers: WordSet
    /// "by my arithmetic", "our count": the writer's own figure, no one else's.
    let writerPossessives: WordSet
    /// "Seoul's would mean …": words after a possessive that leave its noun (the figure) unsaid.
    let possessiveEllipsis: WordSet
    /// "this fact check", "these pages": the writer's own piece, not a speaker.
    let demonstratives: WordSet

    /// A lowercase word naming a body that can speak: "officials", "the agency", "the union".
    func namesBody(_ lower: String) -> Bool {
        agentNouns.contains(lower) || anaphorNouns.contains(lower)
    }

    public static let standard: MeasureVocabulary = {
        do { return MeasureVocabulary(try JSONDecoder().decode(File.self, from: Data(PackageResources.measures_json))) } catch {
            preconditionFailure("the embedded measures.json is invalid: \(error)")
        }
    }()

    init(_ f: File) {
        file = f
        nouns = WordMap(f.nouns)
        events = WordMap(f.events)
        boardingVerbs = WordMap(f.boardingVerbs)
        longestEventPhrase = f.events.keys.map { $0.split(separator: " ").count }.max() ?? 1
        eventPhraseStarts = WordSet(f.events.keys.compactMap { $0.contains(" ") ? $0.split(separator: " ").first.map(String.init) : nil })
        additive = WordSet(f.additive)
        rates = WordMap(f.rates)
        perUnit = WordSet(f.perUnit)
        let words = { (s: String) in s.split(separator: " ").map(String.init) }
        subsetMarkers = f.subsetMarkers.map(words).sorted { $0.count > $1.count }
        pronouns = WordSet(f.pronouns)
        functionWords = WordSet(f.functionWords)
        attributionVerbs = WordSet(f.attributionVerbs)
        attributionBefore = f.attributionBefore.map(words)
        attributionBeforeByFirstWord = WordMap(Dictionary(grouping: attributionBefore.filter { !$0.isEmpty }, by: { $0[0] }))
        wordRoles = WordMap(WordRoles.table(f))
        backReferences = f.backReferences.map(words)
        sourceStopWords = WordSet(f.sourceStopWords)
        sourceDropLeading = WordSet(f.sourceDropLeading)
        notSources = WordSet(f.notSources)
        evidenceNouns = WordSet(f.evidenceNouns)
        sourceSkipBefore = WordSet(f.sourceSkipBefore)
        timePrepositions = WordSet(f.timePrepositions)
        anaphorPronouns = WordSet(f.anaphorPronouns)
        anaphorNouns = WordSet(f.anaphorNouns)
        bodyModifiers = WordSet(f.bodyModifiers)
        anaphorModifiers = WordSet(f.anaphorModifiers)
        nameJoiners = WordSet(f.nameJoiners)
        notSourceLabels = WordSet(f.notSourceLabels)
        eventTitles = WordSet(f.eventTitles)
        institutions = WordSet(f.institutions)
        invertingVerbs = WordSet(f.invertingVerbs)
        weakAttributionVerbs = WordSet(f.weakAttributionVerbs)
        agentNouns = WordSet(f.agentNouns)
        sourceNounAdjectives = WordSet(f.sourceNounAdjectives)
        clauseJoiners = WordSet(f.clauseJoiners)
        secondaryBefore = WordSet(f.secondaryBefore)
        verbNouns = WordSet(f.verbNouns)
        findingVerbs = WordSet(f.findingVerbs)
        relativePronouns = WordSet(f.relativePronouns)
        anaphorPossessives = WordSet(f.anaphorPossessives)
        bodyPronouns = WordSet(f.bodyPronouns)
        negativeWords = WordSet(f.negativeWords)
        clauseOpeners = WordSet(f.clauseOpeners)
        relativeSubjects = WordSet(f.relativeSubjects)
        quotingVerbs = WordSet(f.quotingVerbs)
        originPhrases = WordSet(f.originPhrases)
        originSubjects = WordSet(f.originSubjects)
        subordinators = WordSet(f.subordinators)
        carryBreakers = WordSet(f.carryBreakers)
        writerPossessives = WordSet(f.writerPossessives)
        possessiveEllipsis = WordSet(f.possessiveEllipsis)
        demonstratives = WordSet(f.demonstratives)
        tolerance = f.tolerance
        updateAfterDays = f.updateAfterDays
        sameScopeRatio = f.sameScopeRatio
        eventNouns = WordMap(f.eventNouns)
        peopleEvents = WordSet(f.peopleEvents)
        containerNouns = WordSet(f.containerNouns)
        placeBefore = WordSet(f.placeBefore)
        elsewhere = WordSet(f.elsewhere)
        localPlaces = f.localPlaces.map(words)
        localOfficials = WordSet(f.localOfficials)
        yearsBack = WordSet(f.yearsBack)
        batchNouns = WordSet(f.batchNouns)
        batchOrdinals = WordSet(f.batchOrdinals)
        eventNounsBefore = WordMap(f.eventNounsBefore)
        forceNouns = WordSet(f.forceNouns)
        spanJoiners = WordSet(f.spanJoiners)
        windowOpeners = WordSet(f.windowOpeners)
        windowFillers = WordSet(f.windowFillers)
        windowUnits = WordSet(f.windowUnits)
        dayBeforePhrases = f.dayBeforePhrases.map(RelativeDayPhrase.init)
        dayAfterPhrases = f.dayAfterPhrases.map(RelativeDayPhrase.init)
        sameDayPhrases = f.sameDayPhrases.map(words)
        speakingWords = WordSet(f.speakingWords)
        additionMarkers = f.additionMarkers.map(words)
        capacityBefore = f.capacityBefore.map(words)
        thingCapacityBefore = f.thingCapacityBefore.map(words)
        capacityUnits = WordSet(f.capacityUnits)
        eventDayBefore = WordSet(f.eventDayBefore)
        incidentNouns = WordSet(f.incidentKinds.flatMap { $0 })
        incidentVerbsAfter = WordSet(f.incidentVerbsAfter)
        incidentKinds = f.incidentKinds
        anaphorKinds = f.anaphorKinds.map(Set.init)
        articles = WordSet(f.articles)
        personNouns = WordSet(f.personNouns)
        ageUnits = WordSet(f.ageUnits)
        genericAreas = WordSet(f.genericAreas)
        distanceUnits = WordSet(f.distanceUnits)
        limitNouns = WordSet(f.limitNouns)
        limitParticiples = WordSet(f.limitParticiples)
        verbOnlyEvents = WordSet(f.verbOnlyEvents)
        verbMarkers = WordSet(f.verbMarkers)
        gapVerbs = WordSet(f.gapVerbs)
        stateNouns = WordSet(f.stateNouns)
        placeLabelNouns = WordSet(f.placeLabelNouns)
        countingVerbs = WordSet(f.countingVerbs)
        gapLinks = WordSet(f.gapLinks)
        gapOpeners = WordSet(f.gapOpeners)
        multipleWords = WordSet(f.multipleWords)
        hedgeModals = WordSet(f.hedgeModals)
        whoeverEvents = WordSet(f.whoeverEvents)
        forceEvents = f.forceEvents
        comparativeWords = WordSet(f.comparativeWords)
        multipleNounsBefore = WordSet(f.multipleNounsBefore)
        putVerbs = WordSet(f.putVerbs)
        totalNouns = WordSet(f.totalNouns)
        settlementNouns = WordSet(f.settlementNouns)
        figureNouns = WordSet(f.figureNouns)
        additiveNouns = WordSet(f.additiveNouns)
        dayGivers = WordSet(f.dayGivers)
        shareNouns = WordSet(f.shareNouns)
        populationNouns = WordSet(f.populationNouns)
        heldThings = WordSet(f.heldThings)
        holderNouns = WordSet(f.holderNouns)
        populationNoun = f.populationNoun
        populationPhrases = f.populationPhrases.map(words)
        peakWords = WordSet(f.peakWords)
        areaNoun = f.areaNoun
        tollEvents = WordSet(f.tollEvents)
        accumulatingEvents = WordSet(f.accumulatingEvents)
        strengthEvents = WordSet(f.strengthEvents)
        reportNouns = WordSet(f.reportNouns)
        baseMarkers = f.baseMarkers.map(words)
        changeEvents = WordSet(f.changeEvents)
        weakSubsetMarkers = f.weakSubsetMarkers.map(words)
        scaleNouns = WordSet(f.scaleNouns)
        partOfDeterminers = WordSet(f.partOfDeterminers)
        relativeTimeAfter = WordSet(f.relativeTimeAfter)
        generalForceWords = WordSet(f.generalForceWords)
        forceKinds = WordSet(f.forceKinds)
        firstOrdinals = WordSet(f.firstOrdinals)
        localPlacesByFirstWord = WordMap(Dictionary(grouping: localPlaces.filter { !$0.isEmpty }, by: { $0[0] }))
        occasions = WordSet(f.occasions)
        occasionEvents = WordSet(f.occasionEvents)
        weekdays = f.weekdays
        notThings = WordSet(f.notThings)
        scopeStops = WordSet(f.scopeStops)
        widerArea = WordSet(f.widerArea)
        crowdOccasions = WordSet(f.crowdOccasions)
        windowStarts = WordSet(f.windowStarts)
        placeOf = WordSet(f.placeOf)
        peopleNouns = WordSet(f.peopleNouns)
        scopeStopsAfter = WordSet(f.scopeStopsAfter)
        regionWide = WordSet(f.regionWide)
        ageMarkers = WordSet(f.ageMarkers)
        projections = WordSet(f.projections)
        figureReferences = WordSet(f.figureReferences)
        occasionRequired = WordSet(f.occasionRequired)
        possessives = WordSet(f.possessives)
    }

    /// The key a counted noun folds into; a noun the vocabulary does not know keys under itself.
    func noun(_ w: String) -> String? { nouns[w] }
}
