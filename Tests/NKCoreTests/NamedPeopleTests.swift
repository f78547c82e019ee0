import Testing
@testable import NKCore

/// "10,000 North Koreans" in a story that counts "North Korean troops" counts those troops;
/// figures offered as alternatives share a measure; a bare figure in a title asks about the one
/// its body measures.
struct NamedPeopleTests {
    private let troops = article("a", "Troops\n\nSome 11,000 Ostrian troops were sent abroad, officials said. Another 2,000 Ostrian troops followed in May.", date: "2025-01-10")

    @Test func peopleNamedByTheirCountryAreTheStorysNounForThem() {
        let b = article("b", "Counts\n\nThe Pentagon said at least 10,000 Ostrians were now in Vardia.", date: "2025-01-12")
        #expect(measure(claims([troops, b]), "at least 10,000") == "troops deployed in Vardia")
    }

    @Test func withoutTheStorysNounTheyStayUnmeasured() {
        let b = article("b", "Counts\n\nThe Pentagon said at least 10,000 Ostrians were now in Vardia.", date: "2025-01-12")
        #expect(measure(claims([b]), "at least 10,000") == MeasureFrame.unmeasured)
    }

    @Test func anotherCountrysPeopleTakeNothingFromIt() {
        let b = article("b", "Counts\n\nThe Pentagon said at least 10,000 Belmarkians were now in Vardia.", date: "2025-01-12")
        #expect(measure(claims([troops, b]), "at least 10,000") == MeasureFrame.unmeasured)
    }

    @Test func aPluralNameIsNoPeople() {
        #expect(MeasureFinder.demonym(["Apple", "Stores"]) == "apple store")
        #expect(MeasureFinder.demonym(["Congress"]) == nil)
        #expect(MeasureFinder.demonym(["Seoul's"]) == nil)
    }

    @Test func alternativesShareTheMeasuredOnesMeasure() {
        let a = article("a", "Counts\n\nOfficials said 1,500 troops, 2,000 or 3,000 more had been sent.", date: "2025-01-10")
        let all = claims([a])
        #expect(measure(all, "2,000") == measure(all, "1,500"))
    }

    @Test func aListWithoutOrIsNoAlternatives() {
        let a = article("a", "Ages\n\nThe victims were 1,500, 2,000 and 3,000 metres apart; 1,500 people were killed.", date: "2025-01-10")
        #expect(claims([a]).first { $0.figure.text == "2,000" }?.alternativeTo == nil)
    }

    @Test func aCountRestatedAsAShareIsNoAlternative() {
        let a = article("a", "War\n\nWestern officials: around 1,000 dead out of 4,000, or a quarter.", date: "2025-01-10")
        #expect(claims([a]).first { $0.figure.text == "a quarter" }?.alternativeTo == nil)
    }

    @Test func aTitlesBareFigureTakesTheMeasureItsBodyGivesIt() {
        let title = "550,000 or 190,000? Why the city cannot agree"
        let a = Article(id: "a", path: "a.txt", text: title + "\n\nOrganisers said 550,000 people took part in the July 1 march; police said 190,000 people took part at its peak.",
                        metadata: ArticleMetadata(title: title, date: "2019-07-09"))
        let all = claims([a])
        #expect(all.first?.figure.text == "550,000")
        #expect(all.first?.measure == "people took part on 1 Jul")
    }

    @Test func aBodysBareFigureTakesNothingFromTheSameValueNearby() {
        let a = article("a", "Kursk\n\nBy February about 400 soldiers had been killed. Ukraine took some 1,300 square kilometres in August; by late February it held about 400.", date: "2025-03-28")
        #expect(claims([a]).last { $0.figure.text == "about 400" }?.isUnmeasured == true)
    }
}

/// A bare count of whoever is in the place a story sends its force to counts that force there.
struct ForcePresenceTests {
    private let sent = article("a", "Troops\n\nAs many as 8,000 Ostrian troops had been deployed to Vardia, officials said. Some 9,000 Ostrian troops were in Vardia by December.", date: "2024-11-05")

    @Test func whoeverIsInTheForcesPlaceIsTheForce() {
        let b = article("b", "Counts\n\nZelensky said 11,000 were already in Vardia.", date: "2024-11-06")
        // The whole force was sent to Vardia: whoever is there is the whole force.
        #expect(claims([sent, b]).first { $0.figure.text == "11,000" }?.measure == "troops deployed")
        // Where only part of the force went, a count there is that part's.
        let part = article("c", "Troops\n\nOfficials put the force at some 12,000 Ostrian troops and said as many as 8,000 Ostrian troops had been deployed to Vardia.", date: "2024-11-05")
        let other = article("d", "Troops\n\nOfficials said 9,000 Ostrian troops had been deployed.", date: "2024-11-04")
        #expect(claims([part, other, b]).first { $0.figure.text == "11,000" }?.measure == "troops deployed in Vardia")
    }

    @Test func elsewhereABareCountSaysTooLittle() {
        let b = article("b", "Counts\n\nZelensky said 11,000 were already in Belmark.", date: "2024-11-06")
        #expect(claims([sent, b]).first { $0.figure.text == "11,000" }?.isUnmeasured == true)
    }
}

/// A place right after one figure is that figure's, not the next one's.
struct PlaceOfTheFigureBeforeTests {
    @Test func thePlaceAfterAFigureIsItsOwn() {
        let a = article("a", "Counts\n\nRyder's 10,000-plus in Vardia sits inside his 11,000 to 12,000.", date: "2024-11-05")
        let all = claims([a])
        #expect(all.first { $0.figure.text == "10,000-plus" }?.frame.place == "Vardia")
        #expect(all.first { $0.figure.text == "11,000 to 12,000" }?.frame.place == nil)
    }
}

/// People of one country the story counts under no noun of its own are a group apart.
struct NationalsApartTests {
    @Test func nationalsAmongTheInjuredAreNoTotal() {
        let a = article("a", "Crush\n\nAt least 86 people were injured, officials said. The embassy said 12 Britons were injured.", date: "2024-03-12")
        let b = article("b", "Crush\n\nThe regional government said 112 people were injured.", date: "2024-03-13")
        let all = claims([a, b])
        #expect(all.first { $0.figure.text == "12" }?.measure == "britons injured")
        #expect(!conflicts([a, b]).conflicts.contains { c in c.claims.contains { $0.figure.text == "12" } })
    }

    @Test func jobsCreatedAreNoJobsCut() {
        let a = article("a", "Layoffs\n\nAcme will cut 1,200 jobs, the company said. The state offered tax incentives to create 1,000 jobs, officials said.", date: "2025-06-04")
        #expect(claims([a]).first { $0.figure.text == "1,000" }?.measure == "jobs created")
    }
}
