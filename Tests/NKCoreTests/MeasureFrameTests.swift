import Testing
@testable import NKCore

/// The parts of a measure — thing, event, place, occasion, group, share — read from articles
/// written for these tests, and the rules that keep look-alikes from being set against each other.
struct MeasureFrameTests {
    @Test(arguments: [
        ("Officials said 2,300 people had been killed in Riverton.", "2,300", "people killed in Riverton"),
        ("Rescuers said 450 people were missing in the city.", "450", "people missing in Riverton"),
        ("The count put the dead in Riverton alone at 5,200.", "5,200", "people killed in Riverton"),
        ("A further 170 people died elsewhere in the valley.", "170", "additional people killed elsewhere"),
        ("The agency said 3,000 people had died across the region.", "3,000", "people killed"),
        ("The report said 4,255 died in Riverton and surrounding areas.", "4,255", "people killed"),
        ("Police fired 1,400 rounds of tear gas.", "1,400", "tear gas rounds fired"),
        ("Police fired 1,400 tear gas rounds.", "1,400", "tear gas rounds fired"),
        ("The charity handed out 6,000 body bags.", "6,000", "body bags"),
        ("The ministry counted 5,200 deaths.", "5,200", "people killed"),
        ("Doctors treated 81 casualties.", "81", "people injured or killed"),
        ("The storm left 12,000 homeless.", "12,000", "people displaced"),
    ])
    func measureParts(text: String, figure: String, measure: String) throws {
        let c = try claim("Riverton floods\n\nOfficials in Riverton spoke.\n\n" + text, figure)
        #expect(c.measure == measure)
    }

    @Test func aFigureForTheWholeAreaHasNoPlace() throws {
        let c = try claim("Floods\n\nAbout 3,000 people had died across the region, most of them in Riverton.", "About 3,000")
        #expect(c.frame.place == nil)
    }

    @Test func anAgeIsNoCount() throws {
        let c = try claim("Arrests\n\nPolice said 420 people, aged 14 to 76, had been arrested.", "14 to 76")
        #expect(c.frame.isAge)
        #expect(c.isUnmeasured)
    }

    @Test func aTurnoutWithoutItsOccasionIsNotCompared() throws {
        let c = try claim("Marches\n\nOrganisers say nearly 2 million marched.", "nearly 2 million")
        #expect(c.frame.event == "took part")
        #expect(!c.isComparable)
    }

    @Test func aPlanStandsApartFromCounts() {
        let r = conflicts([
            article("a", "Forces\n\nThe ministry said it could send 20,000 troops to Riverton.", date: "2023-09-13"),
            article("b", "Forces\n\nThe ministry said 5,300 troops had been sent to Riverton.", date: "2023-09-14"),
        ])
        #expect(r.conflicts.isEmpty)
        let c = claims([article("a", "Forces\n\nThe ministry said it could send 20,000 troops to Riverton.")])
        #expect(c.first?.frame.group == "projected")
    }

    @Test func aPlacedGuessAtATollIsWeighedAgainstTheCounts() {
        let count = article("b", "Floods\n\nThe ministry said 5,300 people had been killed in Riverton.", date: "2023-09-14")
        let placed = article("a", "Floods\n\nThe mayor said deaths in Riverton could reach 20,000.", date: "2023-09-13")
        #expect(conflicts([placed, count]).conflicts.map(\.measure) == ["people killed in Riverton"])
        // The place can come from who speaks for it.
        let official = article("c", "Floods\n\nRiverton's mayor said deaths could reach 20,000.", date: "2023-09-13")
        #expect(claims([official]).first?.measure == "people killed in Riverton")
        // Without a place, a guess cannot be told from a guess at the whole region's toll.
        let unplaced = article("d", "Floods\n\nThe toll could reach 20,000, aid groups said.", date: "2023-09-13")
        #expect(claims([unplaced]).first?.frame.group == "projected")
        #expect(conflicts([unplaced, count]).conflicts.isEmpty)
    }

    @Test func aFigureThatRefersBackCarriesOnTheMeasure() throws {
        let text = "Toll\n\nThe minister said 3,166 people had been killed in the floods. On Saturday evening his figure was 3,252."
        #expect(try claim(text, "3,252").measure == "people killed")
        let unrelated = "Toll\n\nThe minister said 3,166 people had been killed in the floods. The bridge is 250 metres long."
        #expect(try claim(unrelated, "250").measure != "people killed")
    }

    @Test func anEventAfterANamedSubjectIsFound() throws {
        let c = try claim("Forces\n\nOf the some 11,000 soldiers North Korea sent to Russia, many are young.", "some 11,000")
        #expect(c.frame.event == "deployed")
    }

    @Test func theOccasionADateNames() throws {
        let text = "March report\n\nThe Front said 1.03 million people joined the June 9 march. Police said the June 16 march peaked at 338,000."
        #expect(try claim(text, "1.03 million").frame.time == "06-09")
        #expect(try claim(text, "338,000").measure == "people took part on 16 Jun")
    }

    @Test func aWeekdayIsDatedFromTheArticle() throws {
        let text = "Rally report\n\nOrganisers said 2 million people joined Sunday's march."
        let claims = claims([article("a", text, date: "2019-06-17")])
        #expect(claims.first?.frame.time == "06-16")
    }

    @Test func aRunningTotalSinceADateIsNoOccasion() throws {
        let c = try claim("Arrests\n\nPolice said 420 people had been arrested since the June 9 march.", "420")
        #expect(c.frame.time == nil)
        #expect(c.frame.event == "arrested")
    }

    @Test func sharesCompareWhateverTheirForm() throws {
        let text = "Losses\n\nAbout a third were killed, one official said. Nearly four in ten were killed, said another. 40% were killed."
        let c = claims([article("a", text)])
        let shares = c.filter { $0.frame.isShare }
        #expect(shares.map(\.figure.kind) == [.percent, .percent, .percent])
        #expect(abs((shares.first?.figure.value ?? 0) - 100.0 / 3) < 1e-9)
        #expect(shares.dropFirst().first?.figure.value == 40)
    }

    @Test func aBarePeopleCountIsNotCompared() throws {
        let c = try claim("Crowds\n\nThe square held 3,000 people.", "3,000")
        #expect(c.isUnmeasured)
        let workers = try claim("Strikes\n\nThe plant employs 11,000 workers.", "11,000")
        #expect(!workers.isComparable)
        // A force is the exception: its bare count is its strength where it is sent.
        let troops = try claim("Forces\n\nThe base holds 11,000 troops.", "11,000")
        #expect(troops.measure == "troops deployed")
    }

    @Test func partsThatAddUpAreNotRivals() throws {
        let text = "Missing\n\nThe minister counted 2,513 missing people: 2,410 missing in Riverton and 103 missing elsewhere."
        let c = claims([article("a", text)])
        #expect(c.first { $0.figure.text == "2,513" }?.measure == "people missing")
        // A part measured apart from its whole is a measure of its own.
        #expect(c.first { $0.figure.text == "2,410" }?.measure == "people missing in Riverton")
        #expect(c.first { $0.figure.text == "103" }?.measure == "people missing elsewhere")
        // A part that says no more than its whole is a piece of it.
        let pieces = claims([article("p", "Arrests\n\nThe agency said 812 people and 1,020 people were arrested, 1,832 in all.")])
        #expect(pieces.first { $0.figure.text == "812" }?.frame.group == "part of")
        #expect(conflicts([article("a", text)]).conflicts.isEmpty)
        let casualties = "War\n\nOfficials put casualties at 4,000, which works out to 400 killed and 3,600 wounded."
        #expect(claims([article("b", casualties)]).map(\.measure) == ["people injured or killed", "people killed", "people injured"])
    }

    @Test func aShareTakesTheEventOfTheCountItRestates() throws {
        let apposed = "War\n\nOfficials counted 4,000 casualties among an estimated 11,000 troops, almost 40% of the force."
        #expect(try claim(apposed, "almost 40%").measure == "share of troops injured or killed")
        let phrased = "War\n\nRoughly a quarter of the force has been put out of action."
        #expect(try claim(phrased, "Roughly a quarter").measure == "share of troops injured or killed")
        // Being sent is what befell the whole, not the share.
        let sent = "War\n\nThe agency said 4,000 were wounded, nearly four in ten of the troops sent."
        #expect(try claim(sent, "nearly four in ten").measure == "share of troops injured")
    }

    @Test(arguments: [
        // A count of reports of something counts the thing.
        ("The minister counted 2,513 reports of missing people.", "2,513", "people missing"),
        // An item after a colon keeps its place to itself.
        ("The minister counted 2,513 missing people: 2,410 in Riverton and 103 elsewhere.", "2,513", "people missing"),
        // A part with a place of its own is that place's count.
        ("The minister said 2,794 people had died, 163 of them outside Riverton.", "163", "people killed elsewhere"),
        // Two events joined before the figure are one.
        ("Soldiers killed and wounded in the region now number more than 3,000.", "more than 3,000", "troops injured or killed"),
        // A noun naming an event stands for it read backwards too, unless the figure counts a noun of its own.
        ("The agency said total casualties had surpassed 3,000.", "surpassed 3,000", "people injured or killed"),
        ("Officials counted 4,000 casualties among an estimated 11,000 troops.", "an estimated 11,000", "troops deployed"),
        // The whole a part is taken out of is not what befell the part.
        ("Officials gave around 1,000 dead out of 4,000, or a quarter.", "4,000", MeasureFrame.unmeasured),
    ] as [(String, String, String)])
    func wholesAndParts(text: String, figure: String, measure: String) throws {
        #expect(try claim("War\n\n" + text, figure).measure == measure)
    }

    @Test(arguments: [
        // What rose to a level is measured, not the rise.
        ("The death toll rose to 2,300 on Wednesday, the agency said.", "2,300", "people killed"),
        // A scale's reading is its own measure.
        ("A magnitude 7.1 earthquake struck on Monday.", "7.1", "magnitude"),
        // "with" and a thing and event of its own: no part of the toll before it; without a thing, a part.
        ("North Korea's forces include artillery troops, with an estimated 3,000 already deployed.", "an estimated 3,000", "part of troops deployed"),
        ("The toll rose to 2,300, with more than 9,000 people injured.", "more than 9,000", "people injured"),
        ("Quake kills at least 3,100 in Turkey", "at least 3,100", "people killed in Turkey"),
        ("About 45,000 dockworkers went on strike at the ports.", "About 45,000", "dockworkers struck"),
        // A counted noun's own "of" phrase does not end its clause.
        ("The staff said three members of its rescue mission had lost their lives.", "three", "members killed"),
        // "of the wounded" after a figure makes it a part; "of the force" after a share is its base.
        ("Some 300 of the wounded are back in service.", "Some 300", "part of people injured"),
        ("Roughly a quarter of the force has been put out of action.", "Roughly a quarter", "share of troops injured or killed"),
        // A sentence opening on a place gives it to its figures.
        ("For Malatya, the governor's count of 640 dead rose to 710 on Thursday.", "640", "people killed in Malatya"),
    ] as [(String, String, String)])
    func levelsScalesAndParts(text: String, figure: String, measure: String) throws {
        #expect(try claim("Quake\n\n" + text, figure).measure == measure)
    }

    @Test func aNounsWordRightBeforeTheFigureIsAVerb() throws {
        let c = try claim("Fire\n\nWildfire forces 30,000 from homes in the north.", "30,000")
        #expect(c.frame.thing != "troops")
        #expect(try claim("Fire\n\nThe fire forced 30,000 residents to evacuate.", "30,000").measure == "people evacuated")
    }

    @Test func oneNamedCountOrAStorysHarmsImplyNoOne() {
        let text = "Fire\n\nTwo firefighters were killed, officials said. Officials later confirmed a third death, bringing the toll to three. More than 2,000 firefighters are on the lines."
        let read = claims([article("a", text, date: "2025-08-05")])
        #expect(read.first { $0.figure.text == "three" }?.measure == "people killed")
        #expect(read.first { $0.figure.text == "More than 2,000" }?.frame.event == nil)
        #expect(conflicts([article("a", text, date: "2025-08-05")]).conflicts.isEmpty)
    }

    @Test func anAsideListingFiguresDoesNotEndTheClause() throws {
        let text = "Arrests\n\nPolice said 6,022 people, 4,474 men and 1,548 women aged 11 to 84, had been arrested since June 9."
        #expect(try claim(text, "6,022").measure == "people arrested to date")
        // Men counted bare are no force sent anywhere.
        #expect(try claim(text, "4,474").frame.event != "deployed")
    }

    @Test func aPartOfAWholeNamedFirstIsAPart() throws {
        let c = try claim("Quake\n\nOf the 9,000 injured reported on Wednesday, 2,100 were still in hospital a week later.", "2,100")
        #expect(c.frame.group == "part of")
        // "a week later" dates the count; it is no weekly rate.
        #expect(c.frame.rate == nil)
        // "injured reported": a passive participle, no speaker.
        #expect(c.source == nil)
    }

    @Test func aLocalOfficialsPlaceIsTheCityHeSpeaksOf() throws {
        let text = "Quake in Turkey\n\nThe quake struck in Turkey on Monday. Rescuers worked in Turkey all night. Malatya's governor said 710 people had been killed in the city."
        #expect(try claim(text, "710").measure == "people killed in Malatya")
    }

    @Test func harmsNamingNoOneTakeTheKindTheStoryNamesForHarms() {
        let killed = article("a", "War\n\nThe agency said 100 soldiers had been killed.", date: "2024-12-19")
        let more = article("b", "War\n\nThe ministry said 200 soldiers were killed.", date: "2024-12-20")
        let wounded = article("c", "War\n\nThe agency said about 2,700 had been wounded.", date: "2025-01-13")
        #expect(claims([killed, more, wounded]).map(\.measure) == ["troops killed", "troops killed", "troops injured"])
    }

    @Test func rivalsNamedInOneArticleMayBeFarApart() {
        let text = "Rally\n\nOn Sunday organisers said 1.7 million people took part in the rally. Police said 128,000 people took part in the rally on Sunday."
        #expect(conflicts([article("a", text, date: "2019-08-19")]).conflicts.count == 1)
        // Two orders of magnitude apart, they count different things.
        let crash = "Floods\n\nThe ministry said 3,958 people were killed. Four rescuers were killed in a crash, the embassy said."
        #expect(conflicts([article("b", crash, date: "2023-09-18")]).conflicts.isEmpty)
    }

    @Test func aTotalMonthsLaterNeverShrinksTenfold() {
        let august = article("a", "Arrests\n\nPolice said 95 men were arrested.", date: "2019-08-06")
        let december = article("b", "Arrests\n\nPolice said three men were arrested.", date: "2019-12-20")
        #expect(conflicts([august, december]).conflicts.isEmpty)
        // Growing is what a running total does: an older, smaller figure may be an update.
        let early = article("c", "Arrests\n\nPolice said three men were arrested.", date: "2019-08-06")
        let late = article("d", "Arrests\n\nPolice said 95 men were arrested.", date: "2019-12-20")
        #expect(conflicts([early, late]).conflicts.first?.pairs.first?.kind == .possibleUpdate)
    }

    @Test func frameFieldsInTheClaimsJSON() throws {
        let a = article("a", "Floods\n\nOfficials said 2,300 people had been killed in Riverton.")
        let json = ClaimsReport.json(Analysis(articles: [a]).claims)
        #expect(json.contains("\"event\": \"killed\""))
        #expect(json.contains("\"place\": \"Riverton\""))
        #expect(json.contains("\"comparable\": true"))
    }
}

/// When two claims of one measure are set against each other.
struct ComparisonRuleTests {
    @Test func onePlaceIsNotAnother() {
        let r = conflicts([
            article("a", "Floods\n\nOfficials said 2,300 people had been killed in Riverton.", date: "2023-09-12"),
            article("b", "Floods\n\nOfficials said 4,000 people had been killed across the region.", date: "2023-09-13"),
        ])
        #expect(r.conflicts.isEmpty)
    }

    @Test func rivalEstimatesOfOnePlaceConflict() {
        let r = conflicts([
            article("a", "Floods\n\nThe mayor said 2,300 people had been killed in Riverton.", date: "2023-09-12"),
            article("b", "Floods\n\nThe Red Cross said 11,300 people had been killed in Riverton.", date: "2023-09-14"),
        ])
        #expect(r.conflicts.map(\.measure) == ["people killed in Riverton"])
    }

    @Test func figuresAnOrderOfMagnitudeApartWithinWeeksAreOtherScopes() {
        let r = conflicts([
            article("a", "Cave\n\nDivers found seven people killed in the flood.", date: "2023-09-16"),
            article("b", "Toll\n\nThe ministry said 3,958 people had been killed in the flood.", date: "2023-09-17"),
        ])
        #expect(r.conflicts.isEmpty)
    }

    @Test func aFigureRepeatedToTheDigitIsTheSameQuantity() {
        let r = conflicts([
            article("a", "Toll\n\nThe Red Cross said 11,300 people had been killed in Riverton.", date: "2023-09-14"),
            article("b", "Check\n\nThe ministry said 4,300 people had been killed in Riverton.", date: "2023-09-20"),
            article("c", "Where 11,300 came from\n\nNone of the counts is 11,300, the fact-checkers said.", date: "2023-09-21"),
        ])
        let c = r.conflicts.first { $0.measure == "people killed in Riverton" }
        #expect(c?.claims.contains { $0.article == "c" } == true)
        // A round number says too little to be the same quantity.
        let round = conflicts([
            article("a", "Toll\n\nThe Red Cross said 10,000 people had been killed in Riverton.", date: "2023-09-14"),
            article("b", "Check\n\nThe ministry said 4,300 people had been killed in Riverton.", date: "2023-09-20"),
            article("c", "Gauge\n\nThe gauge read 10,000 at noon, the fact-checkers said.", date: "2023-09-21"),
        ])
        #expect(round.conflicts.allSatisfy { !$0.claims.contains { $0.article == "c" } })
    }

    @Test func aTableRowBelongsToItsDay() {
        let march = article("a", "Marches\n\nPolice said the June 9 march peaked at 240,000. The Front said 1.03 million people joined the June 9 march.", date: "2019-06-17")
        let table = article("b", "Counts\n\nHOW THE COUNTS COMPARE (organisers / police)\n- June 9: 1.03 million / 240,000\n- June 16: 2 million / 338,000", date: "2019-08-19")
        let c = claims([table])
        #expect(c.map { $0.frame.time } == ["06-09", "06-09", "06-16", "06-16"])
        let r = conflicts([march, table])
        let measure = r.conflicts.first { $0.measure == "people took part on 9 Jun" }
        #expect(measure?.claims.contains { $0.article == "b" } == true)
    }

    @Test func anArticleThatNamesWhoDiesNamesThemForTheRest() throws {
        let text = "Losses\n\nAt least 100 soldiers have been killed, officials said. By January about 300 had been killed."
        #expect(try claim(text, "about 300").measure == "troops killed")
        let mixed = "Losses\n\nAt least 100 soldiers were killed, and 40 civilians were killed. By January about 300 had been killed."
        #expect(try claim(mixed, "about 300").measure == "people killed")
    }

    @Test func aCrowdThatTookPartIsCountedInPeople() throws {
        #expect(try claim("March\n\nPolice said 183,000 took part at the peak of the December 8 march.", "183,000").measure == "people took part on 8 Dec")
    }

    @Test func oneArticleWithoutRivalSourcesStatesNoContradiction() {
        let r = conflicts([article("a", "Toll\n\nBy Friday 3,166 people had been killed. By Sunday 3,283 people had been killed.")])
        #expect(r.conflicts.isEmpty)
    }
}
