import Testing
@testable import NKCore

/// What a figure is a count of, read on invented stories of a strike, a fire and a mine: durations
/// with no event, the day a flow happened, "pay" as a noun, a second incident beside the story's
/// own, and who "the union" is when no union was named before.
struct StoryScopeTests {
    private func claim(_ text: String, _ figure: String) -> Claim? { claimOf(figure, in: text, date: "2025-02-11") }

    @Test func aDurationWithNoEventIsNotCompared() throws {
        let chamber = try #require(claim("The refuge chamber held air and water for two days.", "two"))
        #expect(chamber.isUnmeasured)
        #expect(chamber.frame.thing == "days")
        // Two reports of different stretches of time are no contradiction.
        let a = article("a", "Mine\n\nThe search went on for three days.", date: "2025-02-11")
        let b = article("b", "Mine\n\nThe closure will last at least 30 days.", date: "2025-02-12")
        #expect(ConflictFinder().find(claims([a, b])).conflicts.isEmpty)
        // A duration with its own event is measured.
        #expect(claim("The last four were trapped for 70 hours.", "70")?.measure == "hours trapped")
    }

    @Test func aDurationTakesNoEventFromOtherDurations() {
        // Hours the men were trapped say nothing of when rescuers arrived or how long shifts were.
        let all = claims([article("a", "Mine\n\nThe men were trapped for 73 hours. After 48 hours, rescuers reached the chamber.", date: "2025-02-11"),
                          article("b", "Mine\n\nRescuers worked in shifts of 12 hours.", date: "2025-02-12")])
        #expect(all.first { $0.figure.text == "48" }?.isUnmeasured == true)
        #expect(all.first { $0.figure.text == "12" }?.isUnmeasured == true)
        #expect(ConflictFinder().find(all).conflicts.isEmpty)
    }

    @Test func anAgeAfterOnePersonIsNoCount() {
        #expect(claim("The body of a man, 71, was found in a burnt-out car.", "71")?.frame.isAge == true)
        #expect(claim("The body of a woman, 68, was found in the ruins of her home.", "68")?.frame.isAge == true)
        // However it is written, "N-year-old" is an age.
        #expect(claim("Among the dead are two firefighters and a 19-year-old apprentice.", "19")?.frame.isAge == true)
        #expect(claim("A 45-year-old woman and her two-year-old son were hurt.", "45")?.frame.isAge == true)
        #expect(claim("A 45-year-old woman and her two-year-old son were hurt.", "two")?.frame.isAge == true)
        #expect(claim("He was 19 years old when he joined.", "19")?.frame.isAge == true)
        #expect(claim("The strike lasted 19 years, the union said.", "19")?.frame.isAge == false)
        // A count set off by commas after a thing is still a count.
        #expect(claim("The toll, 41, is expected to rise, police said.", "41")?.frame.isAge == false)
        // A place's count between commas is still a count.
        #expect(claim("Deaths were reported in the town, 41, and in the valley, 12.", "41")?.frame.isAge == false)
    }

    @Test func anAreaOfSomethingCountsThatThing() {
        #expect(claim("The fire burnt 9,200 hectares of state pine plantation.", "9,200")?.frame.thing == "state pine plantation hectares")
        #expect(claim("Crews built 236 km of containment lines.", "236")?.frame.thing == "containment lines km")
        #expect(claim("The fire has burnt 41,200 hectares.", "41,200")?.frame.thing == "hectares")
        // Land is no kind of area apart: set against the fire's other counts.
        #expect(claim("The fire has burnt 30,000 hectares of land.", "30,000")?.frame.thing == "hectares")
        // A distance from a place is no length of it.
        #expect(claim("The authorities cleared everyone living within 2 km of the plant.", "2")?.frame.thing == "km")
    }

    @Test func aLimitIsNoMeasuredValue() throws {
        #expect(claim("It said the warehouse held less than 300 tonnes, well within the 500 tonnes allowed by its permit.", "500")?.frame.group == "limit of")
        #expect(claim("That is more than double the 500-tonne permit limit.", "500")?.frame.group == "limit of")
        #expect(claim("Readings passed the legal limit of 35 ppm.", "35")?.frame.group == "limit of")
        #expect(claim("The last inspection found 450 tonnes on site.", "450")?.frame.group == nil)
        #expect(claim("Officials said 500 residents were allowed to return home.", "500")?.frame.group == nil)
        // Never set against a measured amount.
        let a = article("a", "Plant\n\nThe inspection found 450 tonnes of fertiliser stored on site.", date: "2025-06-04")
        let b = article("b", "Plant\n\nThe site may store up to the 2,000 tonnes of fertiliser allowed by its permit.", date: "2025-06-05")
        #expect(ConflictFinder().find(claims([a, b])).conflicts.isEmpty)
    }

    @Test func ofWhoseCountsAPart() {
        #expect(claim("The union said 21 died, two of whose bodies, he said, have not been found.", "two")?.measure == "part of people killed")
        // Its own event makes it a count of its own, never the toll itself.
        #expect(claim("The union said 21 died, two of whose bodies have still not been found.", "two")?.measure == "people missing")
    }

    @Test func aDayRightAfterTheVerbIsTheDayOfTheEvent() throws {
        let friday = try #require(claim("According to Pelc, 9,200 people crossed on Friday.", "9,200"))
        #expect(friday.frame.time == "02-07")
        #expect(friday.measure == "people arrived on 7 Feb")
        // The day a figure was given, not of what it counts.
        #expect(claim("The interior ministry put the total number of arrivals at 131,000 on Sunday evening.", "131,000")?.frame.time == nil)
        #expect(claim("The ministry put the number trapped at 41 in a statement on Monday afternoon.", "41")?.frame.time == nil)
        #expect(claim("The ministry said on Friday that 85,000 have crossed.", "85,000")?.frame.time == nil)
        #expect(claim("According to Pelc, 9,200 people crossed the border on Friday.", "9,200")?.frame.time == "02-07")
        // The day a span began counts from it.
        #expect(claim("Police said 1,200 people were arrested after curfew on Friday.", "1,200")?.frame.time == nil)
        // A toll is the disaster's, whichever day it is told on.
        #expect(claim("Twelve people were killed on Saturday, police said.", "Twelve")?.frame.time == nil)
    }

    @Test func payIsAnEventOnlyAsAVerb() {
        let wage = claim("The union puts average gross pay at €2,600.", "€2,600")
        #expect(wage?.frame.event == nil)
        #expect(wage?.isUnmeasured == true)
        #expect(claim("The union wants a pay rise of €310 a month.", "€310")?.frame.event == nil)
        #expect(claim("Moscow will pay each soldier about $2,000 a month.", "about $2,000")?.frame.event == "paid")
        #expect(claim("Moscow will also pay each soldier about $2,000 a month.", "about $2,000")?.frame.event == "paid")
    }

    @Test func strikersAndEvacueesNameWhatBefellThem() {
        #expect(claim("For 17 March the union reported 4,300 strikers.", "4,300")?.measure == "people struck")
        #expect(claim("Officials said 12,000 evacuees had registered.", "12,000")?.measure == "people evacuated")
        #expect(claim("Police said they held 300 detainees.", "300")?.measure == "people arrested")
    }

    @Test func aNameAbbreviatedInBracketsDoesNotEndTheClause() {
        #expect(claim("The union said more than 4,000 members at Ardmoyle City Transit (ACT) had walked out.", "more than 4,000")?.frame.event == "struck")
    }

    @Test func aShareNamesNoKindOfPeople() {
        let text = "The company put the number of staff on strike at 2,300 and said about 45% of scheduled bus services had struck. The union put the share at 60% of scheduled bus services. For 17 March the union reported 4,300 strikers."
        let all = claims([article("a", "Strike\n\n" + text, date: "2025-03-18")])
        #expect(measure(all, "4,300") == "people struck")
        #expect(measure(all, "2,300") == "people struck")
    }

    @Test func anotherIncidentIsCountedApartFromTheStorysOwn() {
        let text = """
        The Tallow Creek fire has burnt 41,200 hectares, the fire service said. The Tallow Creek fire destroyed 143 homes.
        The Mount Sorrel fire to the north is at 8,200 hectares, and the Pinnacle Road fire near Dunmore, which started yesterday, at 1,150 hectares.
        """
        let all = claims([article("a", "Fires\n\n" + text, date: "2025-02-11"),
                          article("b", "Fires\n\nThe Tallow Creek fire has burnt 9,000 hectares, the volunteers said.", date: "2025-02-12")])
        #expect(measure(all, "41,200") == "hectares")
        #expect(measure(all, "8,200") == "hectares in the Mount Sorrel fire")
        #expect(measure(all, "1,150") == "hectares in the Pinnacle Road fire")
        // Another article's count of the story's own fire is set against this one's, not the others'.
        let areas = ConflictFinder().find(all).conflicts.flatMap { $0.claims.map(\.figure.text) }
        #expect(areas.contains("9,000") && areas.contains("41,200"))
        #expect(!areas.contains("1,150") && !areas.contains("8,200"))
        // What another incident did is its own: the story's is the one it names most.
        let outbreak = "The outbreak has killed 214 people, the ministry said. The outbreak has sickened 3,000 people."
        let flood = claims([article("c", "Cholera\n\nThe government says 143 people were killed by the flood. " + outbreak, date: "2025-02-11")])
        #expect(measure(flood, "143") == "people killed in the flood")
        #expect(measure(flood, "214") == "people killed")
        // Alone, "the flood" is the story's own.
        #expect(claim("The government says 143 people were killed by the flood.", "143")?.measure == "people killed")
        // A body's name, a sentence's opening word and an incident compared with are no incident,
        // in a story that names another more often.
        let other = " The Mount Sorrel fire destroyed 5 homes. The Mount Sorrel fire destroyed 6 sheds."
        let look = { (text: String, figure: String) in claimOf(figure, in: text + other, date: "2025-02-11")?.frame.incident }
        #expect(look("The Country Fire Authority said 40 homes were lost.", "40") == nil)
        #expect(look("Severe flooding has displaced 12,000 people.", "12,000") == nil)
        #expect(look("Unlike the Pinnacle Road fire, which was contained last week, the new blaze has burnt 3,000 hectares.", "3,000") == nil)
        // "The blaze" of the Tallow Creek fire's story is that fire; a storm's floods are the storm's.
        let blaze = claims([article("e", "Fires\n\nThe Tallow Creek fire has burnt 41,200 hectares. The Tallow Creek fire destroyed 143 homes. The blaze has now scorched 58,000 hectares, fire chiefs say.", date: "2025-02-11")])
        #expect(measure(blaze, "58,000") == "hectares")
        let daniel = claims([article("f", "Storm\n\nStorm Daniel killed 4,000 people. Storm Daniel left 9,000 missing. More than 1,000 people were killed by the floods.", date: "2025-02-11")])
        #expect(measure(daniel, "More than 1,000") == "people killed")
        // "The outbreak" of a story about a named flood is another incident.
        let floods = claims([article("d", "Floods\n\nThe Derna floods killed 4,000 people. The Derna floods left 9,000 missing. The outbreak has killed 214 people.", date: "2025-02-11")])
        #expect(measure(floods, "214") == "people killed in the outbreak")
        #expect(measure(floods, "4,000") == "people killed")
        // A headline's topic is the story's own incident.
        #expect(claim("Libya floods: more than 1,000 bodies recovered in Derna.", "more than 1,000")?.frame.incident == nil)
        // "Storm Vela" is named by its title.
        let storm = claims([article("b", "Storms\n\nStorm Ada killed 12 people. Storm Ada left 40 injured. Storm Vela killed 3 people.", date: "2025-02-11")])
        #expect(storm.first { $0.figure.text == "3" }?.frame.incident == "Storm Vela")
        #expect(storm.first { $0.figure.text == "12" }?.frame.incident == nil)
    }

    @Test func theUnionIsNoEarlierBodyOfAnotherKind() {
        let text = """
        The fire service said 41 homes burned.
        The union said more than 4,000 members had walked out.
        The company put the number of staff on strike at 2,300.
        The ministry said 52 people were trapped.
        """
        let all = claims([article("a", "Strike\n\n" + text, date: "2025-02-11")])
        #expect(all.first { $0.figure.text == "more than 4,000" }?.source == "union")
        #expect(all.first { $0.figure.text == "2,300" }?.source == "company")
        #expect(all.first { $0.figure.text == "52" }?.source == "ministry")
        // A "Service" may be "the agency".
        let spies = claims([article("b", "Troops\n\nSouth Korea's National Intelligence Service said 1,500 troops had arrived. The agency said 3,000 more would follow.", date: "2025-02-11")])
        #expect(spies.first { $0.figure.text == "3,000" }?.source == "South Korea's National Intelligence Service")
        let who = claims([article("c", "Cholera\n\nThe World Health Organization said 1,000 cases were confirmed. The agency said 1,200 people were in hospital.", date: "2025-02-11")])
        #expect(who.first { $0.figure.text == "1,200" }?.source == "World Health Organization")
    }
}
