import Testing
@testable import NKCore

/// Figures whose clause leaves out what they count ("the company 2,410", "against the
/// ministry's 15"), the question a figure answers, and other readings found on invented
/// stories of a strike, a ferry, a rally and a prison escape.
struct GappedClauseTests {
    private func all(_ text: String, date: String = "2026-03-03") -> [Claim] {
        claims([article("a", "Dispute\n\n" + text, date: date)])
    }

    private func of(_ claims: [Claim], _ figure: String) throws -> Claim {
        try #require(claims.first { $0.figure.text == figure })
    }

    @Test func aClauseOfWhoSaysSoCountsWhatTheFigureBeforeItCounts() throws {
        let toll = all("The company's death toll still stands at 12, against the ministry's 15 and the union's 21.")
        #expect(try of(toll, "12").measure == "people killed")
        #expect(try of(toll, "15").measure == "people killed")
        #expect(try of(toll, "21").measure == "people killed")
        let revised = all("The union said 4,000 workers had walked out, then 4,100.")
        #expect(try of(revised, "4,100").measure == (try of(revised, "4,000").measure))
        #expect(try of(revised, "4,100").isUnmeasured == false)
    }

    @Test func aClauseWithAVerbOpeningTheNextSentenceGoesOn() throws {
        let toll = all("The ministry's final death toll is 15. The company's is 12.")
        #expect(try of(toll, "12").measure == "people killed")
        // "is", "was" after a person give an age or a state, not a figure left out.
        #expect(try of(all("Police said 12 people were killed in the attack. He was 19."), "19").isUnmeasured)
        #expect(try of(all("Police said 12 people were killed in the attack. Petrov was 19."), "19").isUnmeasured)
    }

    @Test func aPlaceOrADayBetweenMakesAnotherCount() throws {
        let places = all("The ministry said 40 people died in Korvany; in Brasna, the union says 45.")
        #expect(try of(places, "45").measure != "people killed in Korvany")
        let days = all("Police said 300 people were arrested on Saturday; on Sunday, police said 120.")
        #expect(try of(days, "120").measure != (try of(days, "300").measure))
    }

    @Test func theGappedFigureKeepsItsDonorsYear() throws {
        let escape = all("At Brannick, 44 inmates escaped in 2019, according to court records (the ministry gives 41).")
        #expect(try of(escape, "41").frame.year == 2019)
        #expect(try of(escape, "41").measure == (try of(escape, "44").measure))
    }

    @Test func theQuestionBeforeAGappedClauseSaysWhatItsFigureCounts() throws {
        let asked = all("The two sides disagree on how many miners were killed: the union says 21, the company 12.")
        #expect(try of(asked, "21").measure == "miners killed")
        #expect(try of(asked, "12").measure == "miners killed")
        let sentence = all("How many people died in the collapse? The ministry says 15.")
        #expect(try of(sentence, "15").measure == "people killed")
    }

    @Test func aSharesPeopleAreWhatItCounts() throws {
        let a = article("a", "Influx\n\nAround 70% of arrivals are women and children, the agency said.", date: "2026-05-09")
        let b = article("b", "Influx\n\nPosts claim that eight in ten of the arrivals are men of military age.", date: "2026-05-16")
        #expect(ConflictFinder().find(claims([a, b])).conflicts.isEmpty)
        #expect(claims([a]).first?.measure == "share of women and children arrived")
        // Without an event, the share is still of its whole.
        #expect(try of(all("About 70% of the population are children."), "About 70%").measure == "share of population")
    }

    @Test func aNounThatNamesItsEventLooksNoFurtherBack() throws {
        let balance = all("The final balance is 52 dead, 229 survivors and 56 missing.")
        #expect(try of(balance, "229").measure == "people survived")
        #expect(try of(balance, "56").measure == "people missing")
        // "the number of survivors" names what its figures count: no earlier toll.
        let revised = all("By Saturday 23 people had died. The coast guard revised the number of survivors, from 212 on Friday to 231.")
        #expect(try of(revised, "212").measure != "people killed")
        #expect(try of(revised, "212").frame.event == "survived")
    }

    @Test func aDatelinesDateIsNotTheDayOfWhatItReports() throws {
        let rally = all("KORVANY, April 13 (CPA) - Tens of thousands of people rallied in the capital on Saturday. Police said about 18,000 people had taken part.",
                        date: "2025-04-13")
        #expect(try of(rally, "about 18,000").frame.time == "04-12")
        #expect(try of(rally, "about 18,000").frame.event == "took part")
    }

    @Test func whatAVesselIsLicensedToCarryIsItsCapacity() throws {
        let ferry = all("The operator said the ferry was licensed to carry 350 passengers.")
        #expect(try of(ferry, "350").frame.group == MeasureFrame.capacity)
        #expect(try of(all("The ferry was carrying 305 passengers."), "305").measure == "people on board")
    }

    @Test func theMinistryIsNoEarlierSpeakerOfAnotherKind() throws {
        let text = "Organisers said 15,000 people marched. The ministry put the number of marchers at 4,200."
        #expect(try of(all(text), "4,200").source == "ministry")
        // A company's name holds no "firm", but the firm is the company that spoke last.
        let firm = "Acme Ltd said 21 miners were killed on Friday. The firm later said 23 miners had died."
        #expect(try of(all(firm), "23").source == "Acme Ltd")
        // A speaker whose name is of the description's kind is still found.
        let agency = "South Korea's National Intelligence Service said 3,000 troops had arrived. The agency later said 10,000 would come."
        #expect(try of(all(agency), "10,000").source == "South Korea's National Intelligence Service")
    }

    @Test func peopleNamedByWhatBefellThemMayBeCountedDoingSomethingElse() throws {
        #expect(try of(all("The hospital said 37 survivors were admitted overnight."), "37").frame.event != "survived")
        #expect(try of(all("The charity said 52 survivors interviewed at the port described an overloaded ferry."), "52").frame.event != "survived")
        #expect(try of(all("Port Kennet General Hospital had admitted 37 survivors overnight."), "37").frame.event != "survived")
        #expect(try of(all("By 24 April, payments had been made to 112 survivors."), "112").frame.event != "survived")
        // Harm done to them, a total or an adjective before them says what they count.
        #expect(try of(all("Troops killed 40 strikers on Monday."), "40").frame.event == "killed")
        #expect(try of(all("The blast injured 30 evacuees."), "30").frame.event == "injured")
        #expect(try of(all("That brought the total to 229 survivors."), "229").frame.event == "survived")
        #expect(try of(all("A combined 229 survivors were found."), "229").frame.event == "survived")
        // Being counted or found is still being one of them.
        #expect(try of(all("Officials said 12,000 evacuees had registered."), "12,000").frame.event == "evacuated")
        #expect(try of(all("The coast guard said 229 survivors had been found."), "229").frame.event == "survived")
        #expect(try of(all("The coast guard reported 229 survivors."), "229").frame.event == "survived")
    }

    @Test func aCountRevisedToAFigureKeepsWhatItCounted() throws {
        let revised = all("The coast guard revised the number of survivors from 212 on Friday to 231.")
        #expect(try of(revised, "231").frame.event == "survived")
        #expect(try of(revised, "231").measure == (try of(revised, "212").measure))
    }

    @Test func aDayOpeningALaterClauseIsThatClausesDay() throws {
        let raised = all("Organisers first said more than 150,000 people had taken part in the rally and on Monday raised their figure.",
                         date: "2025-04-15")
        #expect(try of(raised, "more than 150,000").frame.time != "04-14")
        // "last Saturday" in a Saturday's paper is the Saturday before.
        let last = all("Police said 18,000 people took part in last Saturday's rally.", date: "2025-04-19")
        #expect(try of(last, "18,000").frame.time == "04-12")
        let same = all("On Saturday, 9,000 people took part in the march, police said.", date: "2025-04-19")
        #expect(try of(same, "9,000").frame.time == "04-19")
    }

    @Test func aListOfCountsByPlaceCountsEachPlace() throws {
        let list = all("Of these, 2,417 died in Hadrun Province (Korvel district 1,106; Brasna district 702; Ulmet district 395).")
        #expect(try of(list, "1,106").measure == "people killed in Korvel")
        #expect(try of(list, "702").measure == "people killed in Brasna")
        #expect(try of(list, "395").measure == "people killed in Ulmet")
        // A place's count is never set against the whole's.
        let national = article("b", "Quake\n\nThe agency said 2,431 people had died.", date: "2026-03-04")
        let listed = article("a", "Quake\n\nOf these, 2,417 died in Hadrun Province (Korvel district 1,106; Brasna district 702).", date: "2026-03-03")
        #expect(ConflictFinder().find(claims([listed, national])).conflicts.isEmpty)
    }

    @Test func aWeekdayAgainstAnImpossibleYearIsNoDay() throws {
        let huge = claims([article("a", "Toll\n\nOn Saturday 40 people were killed.", date: "9223372036854775807-03-07")])
        #expect(huge.first { $0.figure.text == "40" }?.frame.time == nil)
    }
}

