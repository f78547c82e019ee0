import Testing
@testable import NKCore

/// People crossing into a country, people trapped, ages set off by commas, months named "May",
/// and a second body that gives a count of its own: read on invented stories.
struct ArrivalsAndAgesTests {
    private func claim(_ text: String, _ figure: String) -> Claim? { claimOf(figure, in: text, date: "2026-05-09") }

    @Test func crossingIntoACountryIsArriving() {
        #expect(claim("More than 40,000 people have crossed into Dravenia, the border police said.", "More than 40,000")?.measure == "people arrived")
        #expect(claim("The interior ministry put the total number of arrivals at 131,000.", "131,000")?.measure == "people arrived")
        #expect(claim("Officials said 4,000 people had entered the country on Monday.", "4,000")?.measure.hasPrefix("people arrived") == true)
        #expect(claim("UNHCR said 120,000 have crossed into Dravenia.", "120,000")?.measure == "people arrived")
    }

    @Test func aBareCountOfThoseTrappedCountsPeople() {
        #expect(claim("The union said 52 were trapped.", "52")?.measure == "people trapped")
        #expect(claim("The company put the number trapped at 38.", "38")?.measure == "people trapped")
    }

    @Test func aMonthNamedMayIsNoPlan() {
        let count = claim("KOSTREL, May 6 - More than 40,000 people have crossed since Sunday, police said.", "More than 40,000")
        #expect(count?.frame.group == nil)
        #expect(claim("The ministry's count since May 3 stands at 85,000 arrivals.", "85,000")?.frame.group == nil)
        #expect(claim("In May, 3,000 people fled the fighting.", "3,000")?.frame.group == nil)
        // Lowercase, or leading a headline's words, "may" still makes a guess or a plan.
        #expect(claim("Officials said the number of arrivals may reach 200,000.", "200,000")?.frame.group == "projected")
    }

    @Test func aSmallNumberSetOffByCommasAfterANameIsAnAge() {
        #expect(claim("Among those rescued was Tomas Beran, 31, a father of two.", "31")?.frame.isAge == true)
        #expect(claim("His wife Alina, 29, had kept vigil at the gates.", "29")?.frame.isAge == true)
        // Counts by place are not ages.
        #expect(claim("The dead were counted in Ostrel, 41, and in Kenton, 12.", "41")?.frame.isAge == false)
        #expect(claim("Deaths were reported in Ostrel, 41, in Kenton, 12.", "41")?.frame.isAge == false)
        #expect(claim("The toll in Ostrel, 41, up from 35, is the highest.", "41")?.frame.isAge == false)
    }

    @Test func aSecondBodyGivingItsOwnCountIsASecondSpeaker() {
        #expect(claim("UNHCR says 120,000 have crossed into Dravenia, ministry counts 85,000.", "85,000")?.source == "ministry")
        #expect(claim("The agency said 120,000 people had crossed, while the ministry counted 85,000.", "85,000")?.source == "ministry")
        // "…, and the organisation put …" goes on with the same speaker.
        #expect(claim("The WHO said 300 had died, and the organisation put the injured at 1,200.", "1,200")?.source == "WHO")
        // A trailing "the force said" still stands for the body named before it.
        #expect(claim("Police tell a different story: 128,000 took part at the peak, the force said.", "128,000")?.source == "Police")
    }

    @Test func rivalCountsOfArrivalsContradict() {
        let a = article("a", "Crisis\n\nMore than 150,000 people have crossed into Dravenia, UNHCR said on Thursday.", date: "2026-05-14")
        let b = article("b", "Count\n\nThe interior ministry put the number of arrivals at 118,000 on Thursday.", date: "2026-05-14")
        let found = conflicts([a, b]).conflicts
        #expect(found.map(\.measure).contains { $0.hasPrefix("people arrived") })
    }
}

/// "Organisers said 1.7 million, police 128,000": the second speaker's verb is the first's.
struct GappedSpeakerTests {
    private func source(_ text: String, _ figure: String) -> String? { claimOf(figure, in: text, date: "2026-03-09")?.source }

    @Test func aSpeakerRightBeforeTheFigureInALaterClauseGivesIt() {
        #expect(source("Organisers said 1.7 million people marched, police 128,000.", "128,000") == "police")
        #expect(source("The company says 38 men were trapped, the union 52.", "52") == "union")
        #expect(source("The company says the roof fell 640 metres below the surface, the union 710 metres.", "710") == "union")
        #expect(source("Safety Watch counts at least 19 dead, and the union 21.", "21") == "union")
        #expect(source("The company says 38 men were trapped, Ostrowin 52.", "52") == "Ostrowin")
        // The first clause keeps its own speaker.
        #expect(source("Organisers said 1.7 million people marched, police 128,000.", "1.7 million") == "Organisers")
    }

    @Test func aListUnderALabelNamesEachBodysCount() {
        let text = "Dead: company 12; ministry 15; charity at least 19; union 21"
        #expect(source(text, "12") == "company")
        #expect(source(text, "15") == "ministry")
        #expect(source(text, "at least 19") == "charity")
        // Kinds of people listed, police among them, and parties' seats name no speaker.
        #expect(source("Killed: civilians 300; police 12", "12") == nil)
        #expect(source("Seats: SNP 48, Labour 37", "48") != "SNP")
    }

    @Test func aPlaceOrADayBeforeTheFigureIsNoSpeaker() {
        // No reporting verb before, no body: counts by place.
        #expect(source("The toll: Ostrel 12, Kenton 4.", "4") == nil)
        #expect(source("Officials said 41 had died by Monday, Tuesday 45.", "45") == "Officials")
        // A second subject of the reported clause, or a second place, is no speaker.
        #expect(source("Officials said Russia has lost 3,000 tanks, Ukraine 1,200.", "1,200") == "Officials")
        #expect(source("The health ministry said 38 died in Ostrel, Kenton 12.", "12") == "health ministry")
        #expect(source("The ministry said militants killed 300 civilians, and the army 40.", "40") == "ministry")
        // A speaker after the figure names it.
        #expect(source("Estimates differ: organisers 1.7 million, police 128,000, the newspaper said.", "128,000") == "newspaper")
        // A verb of its own after the speaker is an ordinary clause.
        #expect(source("Organisers said 1.7 million marched, police said 128,000.", "128,000") == "police")
    }

    @Test func aPluralsPossessiveNamesItsOwner() {
        #expect(source("The Ministry of Emergency Situations' figures show 15 dead.", "15") == "Ministry of Emergency Situations")
        #expect(source("The miners’ union says 52 were trapped.", "52")?.hasSuffix("union") == true)
    }
}

/// "52 people were trapped" in a story that counts trapped miners counts the miners.
struct PeopleOfTheStoryTests {
    private func measures(_ texts: [String]) -> [String] {
        claims(texts.enumerated().map { article("a\($0.offset)", "Mine\n\n" + $0.element, date: "2026-03-0\($0.offset + 2)") }).map(\.measure)
    }

    @Test func peopleCountedForAnEventTakeTheKindTheStoryNamesForIt() {
        let found = measures(["The company said 38 miners were trapped.", "The ministry said 44 miners were trapped.",
                              "The union said 52 people were trapped."])
        #expect(found == ["miners trapped", "miners trapped", "miners trapped"])
    }

    @Test func peopleStayTheWholeWhereTheStoryCountsPeopleAsOften() {
        let found = measures(["Officials said 300 people were killed.", "The ministry said 320 people were killed.",
                              "Police said 12 civilians were killed.", "Medics said 15 civilians were killed."])
        #expect(found.filter { $0 == "people killed" }.count == 2)
        #expect(found.filter { $0 == "civilians killed" }.count == 2)
    }

    @Test func peopleFarMoreNumerousThanTheNamedKindStayPeople() {
        let found = measures(["Medics said 12 children were killed.", "The agency said 14 children were killed.",
                              "Officials said 300 people were killed."])
        #expect(found == ["children killed", "children killed", "people killed"])
    }

    @Test func aQuotationClosedAfterAPluralIsNoPossessive() {
        let text = "Police called the 40 men 'rioters' in a statement, and the workers’ union said so too."
        let index = SentenceIndex(text)
        let words = index.words(in: 0..<index.scalars.count).map(\.text)
        #expect(words.contains("rioters"))
        #expect(words.contains("workers’"))
    }
}
