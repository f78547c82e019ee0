import Testing
@testable import NKCore

/// Where, when and over what span a figure holds, on articles written for these tests: the
/// scopes that keep a city's toll from a region's, one day's count from a running total.
struct ScopeTests {
    @Test(arguments: [
        // A pronoun that opens the article's own place does not end the figure's clause.
        ("The mayor said 9,000 people might have died in his city.", "9,000", "Riverton"),
        // A local official speaks for the place.
        ("Riverton's mayor estimates 9,000 deaths.", "9,000", "Riverton"),
        // "the city's toll": the article's own place owns what follows.
        ("Officials put the city's toll at 9,000.", "9,000", "Riverton"),
        // Past a comma, a place with a figure of its own belongs to that figure.
        ("Riverton floods: 1,000 bodies recovered in Riverton, 10,000 feared missing", "10,000", nil),
        // Where researchers work is who they are, not where the dead died; where gunmen killed is.
        ("Researchers at the University of Halden put excess deaths at about 2,000.", "about 2,000", nil),
        ("Gunmen killed 147 people at Halden University College.", "147", "Halden University College"),
    ] as [(String, String, String?)])
    func place(text: String, figure: String, place: String?) throws {
        let c = try claim("Riverton floods\n\nOfficials in Riverton spoke.\n\n" + text, figure)
        #expect(c.frame.place == place)
    }

    @Test func aPlacelessRepeatOfAPlacedCountTakesItsPlace() {
        let a = article("a", "Floods\n\nThe Red Crescent said 11,300 people had been killed in Riverton.", date: "2023-09-14")
        let b = article("b", "Floods\n\nThe agency said 11,300 people have died.", date: "2023-09-15")
        let c = article("c", "Floods\n\nThe health ministry said 3,958 people had died in the floods.", date: "2023-09-16")
        let r = conflicts([a, b, c])
        // b's 11,300 is Riverton's count; c's region-wide 3,958 names no place and is not set against it.
        #expect(r.conflicts.isEmpty)
        // Without the placed report, the two placeless tolls are one measure and disagree.
        #expect(conflicts([b, c]).conflicts.count == 1)
    }

    @Test func aRunningTotalIsNotSetAgainstOneDaysCount() throws {
        let day = article("a", "Protests\n\nEleven people were arrested, police said.", date: "2019-06-13")
        let total = article("b", "Protests\n\nPolice said 6,105 people had been arrested since June 9.", date: "2019-12-16")
        #expect(conflicts([day, total]).conflicts.isEmpty)
        let c = try claim("Protests\n\nPolice said 6,105 people had been arrested since June 9.", "6,105")
        #expect(c.frame.isRunningTotal)
        #expect(c.measure == "people arrested to date")
        let month = try claim("Protests\n\nOfficers have fired 16,000 rounds of tear gas since June.", "16,000")
        #expect(month.frame.isRunningTotal)
    }

    @Test func aSpanBetweenTwoDatesCountsARunningTotal() throws {
        let c = try claim("Protests\n\nA breakdown covering June 12 to November 30 lists 10,010 rubber bullets.", "10,010")
        #expect(c.frame.isRunningTotal)
        #expect(c.frame.time == nil)
    }

    @Test func aFigureGivenForADayBelongsToIt() throws {
        let c = try claim("Protests\n\nThe breakdown lists 3,188 rubber bullets for November 18.", "3,188")
        #expect(c.frame.time == "11-18")
        #expect(!c.frame.isRunningTotal)
    }

    @Test(arguments: [
        ("Officials said 1,000 soldiers had been killed or wounded in the previous week alone.", "1,000", "weekly"),
        ("The army lost 1,000 soldiers in a single week.", "1,000", "weekly"),
        ("Officials said 5,500 people had died in Riverton earlier in the week.", "5,500", nil),
    ] as [(String, String, String?)])
    func aCountOverOnePeriodIsThatPeriodsRate(text: String, figure: String, rate: String?) throws {
        #expect(try claim("Losses\n\n" + text, figure).frame.rate == rate)
    }

    @Test func aFigureFollowedByOfThemIsAPart() throws {
        let text = "Search\n\nDivers found a cave holding seven bodies, three of them children."
        #expect(try claim(text, "three").frame.group == "part of")
        #expect(try claim(text, "seven").frame.group == nil)
    }

    @Test func aPartAfterACommaKeepsItsOwnPlace() throws {
        let text = "Toll\n\nThe minister said 2,794 deaths had been documented, 163 of them outside Riverton."
        #expect(try claim(text, "2,794").frame.place == nil)
        // With a place of its own, the part is that place's count.
        #expect(try claim(text, "163").measure == "people killed elsewhere")
    }

    @Test func aPlaceAfterAFigureIsNotWhatItCounts() throws {
        let text = "Toll\n\nHe said 4,335 bodies had been buried inside Riverton and 176 outside the city."
        #expect(try claim(text, "176").measure == "people killed elsewhere")
    }

    @Test func anUndatedTurnoutTakesTheOccasionLastNamed() throws {
        let text = """
            Marches

            For the June 9 march the Front said 1.03 million; police said the peak was 240,000.

            A professor put the turnout between 187,000 and 212,000.

            Both sides compare it with 2003, when the Front said 500,000 marched.
            """
        let all = claims([article("a", text, date: "2019-07-09")])
        let byText = Dictionary(all.map { ($0.figure.text, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byText["between 187,000 and 212,000"]?.frame.time == "06-09")
        #expect(byText["between 187,000 and 212,000"]?.isComparable == true)
        #expect(byText["500,000"]?.frame.time == nil)
    }

    @Test func aParticipleAfterTheNounNamesWhichOfThem() throws {
        let text = "Marches\n\nOn July 1 its team counted roughly 227,000 people passing the footbridge during the march."
        #expect(try claim(text, "roughly 227,000").frame.event == "passing")
    }

    @Test func aCountNamingNoOneCountsTheKindTheStoryNames() {
        let named = article("a", "War\n\nThe agency said 100 soldiers had been killed.", date: "2024-12-19")
        let again = article("c", "War\n\nThe ministry said 150 soldiers had been killed.", date: "2024-12-20")
        let bare = article("b", "War\n\nThe agency said about 300 had been killed.", date: "2025-01-13")
        let read = claims([named, again, bare])
        #expect(read.map(\.measure) == ["troops killed", "troops killed", "troops killed"])
        // One named count is too little to tell.
        #expect(claims([named, bare]).map(\.measure) == ["troops killed", "people killed"])
        // Alone, the bare count names no kind of people but the event's.
        #expect(claims([bare]).first?.measure == "people killed")
    }

    @Test(arguments: [
        // A bare count of a force states its strength where it is sent.
        ("Analysts put the contingent at between 11,000 and 12,000 troops.", "between 11,000 and 12,000", "troops deployed"),
        // A batch after earlier ones adds to them.
        ("North Korea has shipped a second group of about 1,500 soldiers to Russia.", "about 1,500", "additional troops"),
        // A noun before "of" names the event.
        ("The capture of two soldiers on 9 January gave Kyiv a source.", "two", "troops captured"),
        // A projection is no speaker: the event before it still counts.
        ("The agency said the number of wounded is expected to approach 1,000.", "1,000", "projected people injured"),
    ] as [(String, String, String)])
    func forces(text: String, figure: String, measure: String) throws {
        #expect(try claim("War\n\n" + text, figure).measure == measure)
    }

    @Test func theMonthMarchIsNoMarch() throws {
        let c = try claim("War\n\nOn March 5 a lawmaker said the second batch was only about 1,500.", "about 1,500")
        #expect(c.frame.event != "took part")
    }

    @Test func aCountOnOneDayIsThatDaysCount() throws {
        let c = try claim("Floods\n\nOn the day after the disaster, rescuers recovered 1,500 bodies.", "1,500")
        #expect(c.frame.rate == "daily")
    }

    @Test func aFigureOfAnotherYearBelongsToIt() throws {
        let text = "Vote\n\nDemocrats won at least 389 seats. Four years ago democrats won only around 100 seats. In 2015 turnout was 47%."
        let all = claims([article("a", text, date: "2019-11-25")])
        #expect(all.map(\.frame.year) == [nil, 2015, 2015])
        #expect(conflicts([article("a", text, date: "2019-11-25")]).conflicts.isEmpty)
    }

    @Test func aSecondVoiceRestatingAFigureMeasuresItAlike() throws {
        let text = "Marches\n\nOn June 16 police said 338,000 people took part, but later told Reuters that their estimate was 380,000."
        #expect(try claim(text, "380,000").measure == "people took part on 16 Jun")
        // Between two parties' tallies stands another subject: no restatement.
        let seats = "Vote\n\nThe democrats took 388 seats, with the establishment holding 59."
        #expect(try claim(seats, "59").isUnmeasured)
    }

    @Test func aThingCountedWithoutAnEventTakesTheStorysEvent() {
        let fired = article("a", "Protests\n\nPolice fired 1,000 rounds of tear gas since June 9.", date: "2019-08-05")
        let listed = article("b", "Protests\n\nA breakdown since June 12 lists 15,972 rounds of tear gas.", date: "2019-12-11")
        #expect(claims([fired, listed]).map(\.measure) == ["tear gas rounds fired to date", "tear gas rounds fired to date"])
        #expect(claims([listed]).first?.measure == "tear gas rounds to date")
    }

    @Test func whoTakesPartIsWhoeverCame() throws {
        let text = "Marches\n\nOn July 1, 265,790 protesters took part in the march."
        #expect(try claim(text, "265,790").measure == "people took part on 1 Jul")
    }

    @Test func aForcesStrengthIsItsDeployment() throws {
        let text = "War\n\nHe said nearly half of the 11-12,000-strong contingent was killed or wounded."
        #expect(try claim(text, "11-12,000").measure == "troops deployed")
        #expect(try claim(text, "nearly half").measure == "share of troops injured or killed")
    }

    @Test(arguments: [
        ("Zelensky said North Korean losses in Kursk top 3,000.", "top 3,000", "people injured or killed in Kursk"),
        ("Seoul's military puts North Korean losses at 1,100.", "1,100", "people injured or killed"),
        ("Papers said 2,000 soldiers had been moved by cargo ships.", "2,000", "troops deployed"),
    ] as [(String, String, String)])
    func lossesAndMovements(text: String, figure: String, measure: String) throws {
        #expect(try claim("War\n\n" + text, figure).measure == measure)
    }

    @Test func moneyCountsNoPeople() throws {
        let c = try claim("Markets\n\nThe bank reported losses of $3 billion.", "$3 billion")
        #expect(c.frame.thing == nil)
        #expect(c.frame.event == nil)
    }

    @Test func aFigureReferringBackToAnUndatedTurnoutTakesItsDayToo() throws {
        let text = """
            Marches

            On July 1 the Front said 550,000 people had joined the march.

            Counting along the march route, the team arrived at 265,790 participants. Allowing for error, it said the real figure lay between 240,000 and 290,000.
            """
        #expect(try claim(text, "between 240,000 and 290,000").measure == "people took part on 1 Jul")
    }

    @Test func aDatedTablesRowsCountWhatItsRepeatedRowsCount() {
        let report = article("a", "Marches\n\nOrganisers said 2 million people took part in the June 16 march.", date: "2019-06-17")
        let table = article("b", "Counts\n\nHOW THE COUNTS COMPARE\n- June 16: 2 million / 338,000\n- July 21: 430,000 / 138,000\n", date: "2019-08-19")
        let read = claims([report, table]).filter { $0.article == "b" }
        #expect(read.map(\.measure) == ["people took part on 16 Jun", "people took part on 16 Jun", "people took part on 21 Jul", "people took part on 21 Jul"])
        // Alone, the table says nothing of what it counts.
        #expect(claims([table]).allSatisfy { $0.isUnmeasured })
    }

    @Test func aSourcesFigureRepeatedWithTheirNameIsTheirClaim() throws {
        let text = """
            Troops

            Secretary of State Antony Blinken put the number of troops deployed at some 10,000.

            Blinken's 10,000 was the first American figure.
            """
        let all = claims([article("a", text)])
        #expect(all.map(\.measure) == ["troops deployed", "troops deployed"])
    }

    @Test func theWholeAShareIsTakenOfIsNotWhatBefellTheShare() throws {
        let c = try claim("War\n\nIf two-thirds of more than 4,000 had died, the toll would be 2,700.", "more than 4,000")
        #expect(c.isUnmeasured)
        let named = try claim("Troops\n\nThe 12,000 Yonhap said were sent.", "12,000")
        #expect(named.frame.thing == nil)
    }

    @Test func aDonorsVerbIsTheFiguresEvent() throws {
        #expect(try claim("Aid\n\nThe government allocated 2,000 tents to the fund.", "2,000").measure == "tents allocated")
    }

    @Test func aDecisionToSendIsAPlan() throws {
        let c = try claim("Troops\n\nYonhap said Pyongyang had decided to send some 12,000 soldiers.", "some 12,000")
        #expect(c.frame.group == "projected")
    }

    @Test func additionsMonthsApartAreDifferentWaves() {
        let r = conflicts([
            article("a", "Troops\n\nPyongyang has sent 1,500 more troops, officials said.", date: "2024-10-23"),
            article("b", "Troops\n\nZelensky said 3,000 more troops were sent.", date: "2025-02-18"),
        ])
        #expect(r.conflicts.isEmpty)
        let sameWeek = conflicts([
            article("a", "Troops\n\nPyongyang has sent 1,500 more troops, officials said.", date: "2025-02-14"),
            article("b", "Troops\n\nZelensky said 3,000 more troops were sent.", date: "2025-02-18"),
        ])
        #expect(sameWeek.conflicts.count == 1)
    }

    @Test func aListSharingItsNounIsMeasuredAlikeAndHeldWhereItsNeighbourIs() {
        let placed = article("a", "Floods\n\nThe Red Crescent said 11,300 people had been killed in Riverton.", date: "2023-09-14")
        let listed = article("b", "Floods\n\nWithin days, figures of 10,000 and then 11,300 dead were circulating.", date: "2023-10-11")
        let read = claims([placed, listed]).filter { $0.article == "b" }
        #expect(read.map(\.measure) == ["people killed in Riverton", "people killed in Riverton"])
    }
}
