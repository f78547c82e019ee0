import Testing
import Foundation
@testable import NKCore

/// Counts read from how a passage is laid out: breakdowns that add up, labelled items, days
/// named from another day.
struct LayoutMeasureTests {
    @Test func partsThatAddUpAreCountedAsTheWholeWas() throws {
        let text = "Arrests\n\nPolice said on Dec 9 that 6,022 people, 4,474 men and 1,548 women aged 11 to 84, had been arrested since June 9."
        let all = claims([article("a", text, date: "2019-12-11")])
        let women = try #require(all.first { $0.figure.text == "1,548" })
        #expect(women.measure == "women arrested to date")
        #expect(!women.isUnmeasured)
        // Weighed against another report's women arrested, never against the whole.
        let other = article("b", "Arrests\n\nBy August, 420 people had been arrested since June 9 - 347 men and 73 women.", date: "2019-08-19")
        let pairs = conflicts([article("a", text, date: "2019-12-11"), other]).conflicts
        #expect(pairs.contains { $0.claims.map(\.figure.text).sorted() == ["1,548", "73"] })
        #expect(!pairs.contains { Set($0.claims.map(\.figure.text)) == ["1,548", "420"] })
    }

    @Test func partsThatDoNotAddUpKeepTheirOwnReading() throws {
        let text = "Arrests\n\nPolice said 6,022 people, 4,000 men and 1,548 women aged 11 to 84, had been arrested since June 9."
        let women = try claim(text, "1,548")
        #expect(women.measure != "women arrested to date")
    }

    @Test func aLabelledItemCountsItsLabelsEvent() throws {
        let text = "Aid\n\n• Displaced: the agency counted 43,059 people on 21 September; the UN gave 42,045 in a statement.\n\n• Norway: 25 million kroner."
        let all = claims([article("a", text, date: "2023-10-05")])
        #expect(all.first { $0.figure.text == "42,045" }?.measure == "people displaced")
        #expect(all.first { $0.figure.text == "43,059" }?.frame.event == "displaced")
        #expect(all.first { $0.figure.text == "25 million kroner" }?.frame.event == nil)
    }

    @Test func notFoundIsMissing() throws {
        #expect(try claim("Floods\n\nAt least 8,500 inhabitants have not been found.", "At least 8,500").frame.event == "missing")
    }

    @Test func theDayBeforeADateIsTheDayCounted() throws {
        let text = "Clashes\n\nAt a news conference on November 19, a police chief said officers had fired 1,391 rubber bullets the day before."
        #expect(try claim(text, "1,391").frame.time == "11-18")
        // "the day before the vote" counts from the vote, not from the date.
        let vote = "Clashes\n\nOn November 19 officers fired 1,391 rubber bullets, the day before the vote."
        #expect(try claim(vote, "1,391").frame.time == "11-19")
        let possessive = "Clashes\n\nOn October 2 police called the previous day's 1,400 rounds of tear gas a record."
        #expect(try claim(possessive, "1,400").frame.time == "10-01")
        let put = "Clashes\n\nThe broadcaster's breakdown puts October 1 at more than 1,000 rubber bullets."
        #expect(try claim(put, "more than 1,000").frame.time == "10-01")
        #expect(ScopeFinder.day("03-01", movedBy: -1, year: 2024) == "02-29")
        #expect(ScopeFinder.day("12-31", movedBy: 1, year: 2023) == "01-01")
    }
}

/// Marches counted day by day: a bare figure for a day counts what the report's other dated
/// figures count.
struct DatedOccasionTests {
    @Test func aBareFigureForADayIsThatDaysTurnout() throws {
        let text = """
        Marches

        For June 9, the Front said 1.03 million people took part, while police said 240,000 did. \
        For June 16, the Front said nearly 2 million. Police announced a peak of 338,000 that night, \
        but later said their estimate of the peak was 380,000.
        """
        let all = claims([article("a", text, date: "2019-07-09")])
        for figure in ["nearly 2 million", "338,000", "380,000"] {
            #expect(all.first { $0.figure.text == figure }?.measure == "people took part on 16 Jun")
        }
    }

    @Test func aBareFigureInAReportOfOtherThingsStaysUnmeasured() throws {
        let text = "Budget\n\nOn June 9 the council spent $4 million on roads. For June 16, the mayor said 2 million."
        #expect(try claim(text, "2 million").isUnmeasured)
    }
}

/// A clause that sets the scene names where something happened or where a speaker stood, not
/// where the figure holds.
struct SceneClauseTests {
    @Test(arguments: [
        "By Thursday, speaking at an air base in Germany, he put the losses at 4,000.",
        "Three months after the troops began arriving in Russia, estimates of their losses range from 3,000 to 4,000 casualties.",
    ])
    func aSceneSettingPlaceIsNotTheFiguresPlace(text: String) throws {
        let c = try #require(claims([article("a", "War\n\n" + text)]).first { $0.figure.text.contains(",000") })
        #expect(c.frame.place == nil)
    }

    @Test func aPlaceInTheFiguresOwnClauseStays() throws {
        let c = try claim("War\n\nIn Kursk, about 3,000 soldiers were killed or wounded.", "about 3,000")
        #expect(c.frame.place == "Kursk")
    }
}

/// What refers back to a figure, and what only sits beside it.
struct ReferenceTests {
    @Test func theNumberAcrossASemicolonRestatesTheFigure() throws {
        let text = "Floods\n\nA spokesman said 5,000 people were missing in the city; the mayor said the number there could be as high as 6,000."
        #expect(try claim(text, "as high as 6,000").measure == "people missing")
        // Without a word for the figure, the second clause is its own.
        let other = "Floods\n\nA spokesman said 5,000 people were missing in the city; the mayor said 6,000 could come."
        #expect(try claim(other, "6,000").measure != "people missing")
    }

    @Test func alongWithAddsAndIsNoPart() throws {
        let text = "Clashes\n\nOfficers had fired 16,000 rounds of tear gas, along with about 10,000 rubber bullets."
        #expect(try claim(text, "about 10,000").frame.group == nil)
        let part = "Clashes\n\nOfficers had arrested 6,000 people, including 2,000 students."
        #expect(try claim(part, "2,000").frame.group == "part of")
    }

    @Test func aRegionOfACountryIsTheRegion() throws {
        let c = try claim("War\n\nSome 11,000 troops are now stationed in Russia's Kursk region.", "Some 11,000")
        #expect(c.frame.place == "Kursk")
    }
}

/// Additions to a force: batches, reinforcements, and "more" that names nothing.
struct AdditionTests {
    @Test(arguments: [
        ("Lawmakers said the second batch was only about 1,500.", "about 1,500"),
        ("For the same reinforcement we have \"about 1,500\" from the envoy.", "about 1,500"),
        ("Papers reported that 2,000 new soldiers had been moved.", "2,000"),
    ])
    func anAdditionIsNoCountOfTheWhole(text: String, figure: String) throws {
        #expect(try claim("War\n\n" + text, figure).frame.group == "additional")
    }

    @Test func moreOfNothingNamedAddsWhatTheStoryAdds() throws {
        let story = [
            article("a", "War\n\nPyongyang sent 3,000 more troops in January. Officials said 1,000 more troops arrived.", date: "2025-02-01"),
            article("b", "War\n\nZelensky said 2,000 to 3,000 more were on their way.", date: "2025-02-14"),
        ]
        let bare = try #require(claims(story).first { $0.figure.text == "2,000 to 3,000" })
        #expect(bare.measure == "additional troops")
        // With a single addition named, the story says too little.
        let thin = [story[1], article("c", "War\n\nPyongyang sent 3,000 more troops in January.")]
        #expect(try #require(claims(thin).first { $0.figure.text == "2,000 to 3,000" }).isUnmeasured)
    }

    @Test func aSpeakersAsideAndAHedgeDoNotEndTheClause() throws {
        let c = try claim("War\n\nA further 3,500 or so, he added, were training at five sites.", "3,500")
        #expect(c.frame.event == "trained")
    }
}

/// A part that names no event went through what its whole did.
struct PartOfEarlierTests {
    @Test func ofThemTakesTheWholesEventAndSpan() throws {
        let text = "Arrests\n\nPolice said 6,022 people had been arrested since June 9. Students accounted for 2,393 of them."
        let c = try claim(text, "2,393")
        #expect(c.measure == "part of students arrested to date")
        let other = article("b", "Arrests\n\nPolice said 6,105 people had been arrested since June 9, including 2,430 students.")
        let pairs = conflicts([article("a", text), other]).conflicts
        #expect(pairs.contains { Set($0.claims.map(\.figure.text)) == ["2,393", "2,430"] })
    }

    @Test func aWholeTwoSentencesBackIsAnothers() throws {
        let text = "Arrests\n\nPolice said 6,022 people had been arrested since June 9. The city has many schools. Its buses run late. Students accounted for 2,393 of them."
        #expect(try claim(text, "2,393").frame.event == nil)
    }
}

/// A share of a place is a share of its area, in that place.
struct ShareOfPlaceTests {
    @Test func aShareOfTheArticlesPlaceIsOfItsArea() throws {
        let first = article("a", "Riverton floods\n\nFloods hit Riverton. In Riverton, the minister put the share of Riverton that had disappeared at 25%.")
        let second = article("b", "Riverton floods\n\nRescuers in Riverton worked all night. Estimates suggest 30% of Riverton may have disappeared.")
        let all = claims([first, second])
        #expect(all.first { $0.figure.text == "25%" }?.measure == "share of area in Riverton")
        #expect(all.first { $0.figure.text == "30%" }?.measure == "share of area in Riverton")
        #expect(conflicts([first, second]).conflicts.count == 1)
    }

    @Test func whatBefallsPeopleSaysNothingOfAnArea() throws {
        let first = article("a", "Riverton floods\n\nIn Riverton, the minister said a quarter of Riverton had been swept away.")
        let second = article("b", "Riverton floods\n\nRescuers in Riverton worked all night. Estimates suggest 30% of Riverton may have disappeared.")
        let all = claims([first, second])
        #expect(all.first { $0.figure.text == "a quarter" }?.measure == all.first { $0.figure.text == "30%" }?.measure)
    }

    @Test func aShareOfPeopleStaysOfPeople() throws {
        let c = try claim("Riverton floods\n\nIn Riverton, 30% of residents are missing.", "30%")
        #expect(c.frame.thing != "area")
    }
}

/// Places and wholes that only look like the figure's.
struct SceneAndShareBaseTests {
    @Test func whereSomeoneHeardAFigureIsNotItsPlace() throws {
        let text = "War\n\nThe figure matches what he heard in Kyiv: intelligence puts casualties at around 4,000."
        #expect(try claim(text, "around 4,000").frame.place == nil)
    }

    @Test func theWholeOfAShareOwnedByANameIsNoCountOfItsEvent() throws {
        let text = "War\n\nDid two-thirds of North Korea's 4,000 casualties in Kursk die?"
        // The casualties its own noun names, not the deaths of the share.
        #expect(try claim(text, "4,000").frame.event == "injured or killed")
    }

    @Test func aCountOfEstimatesCountsEstimates() throws {
        #expect(try claim("War\n\nFive estimates of the losses, compared.", "Five").frame.thing == "estimates")
    }
}

/// A sentence that opens on a place.
struct OpeningPlaceTests {
    @Test func everyFigureOfASentenceOpeningOnAPlaceHoldsThere() throws {
        let text = "Quake\n\nFor Malatya, the governor's count of 640 dead on Wednesday rose to 710 on Thursday and 905 by Saturday."
        let all = claims([article("a", text, date: "2025-02-14")])
        #expect(all.filter { $0.frame.place == "Malatya" }.map(\.figure.text) == ["640", "710", "905"])
    }

    @Test func whereASpeakerStoodIsNotTheFiguresPlace() throws {
        let text = "War\n\nIn Munich, Zelensky also said that 2,000 to 3,000 more troops were being moved."
        #expect(try claim(text, "2,000 to 3,000").frame.place == nil)
    }
}

/// Found on a storm story written for these tests: shapes the three annotated stories lack.
struct StormStoryTests {
    @Test func aPluralAfterACountIsItsNounEvenWhenItCanBeAVerb() throws {
        let c = try claim("Storm\n\nThe storm killed 45 people across three states, officials said.", "three")
        #expect(c.frame.thing == "states")
        #expect(try claim("Storm\n\nThe storm killed 45 people across three states, officials said.", "45").measure == "people killed")
    }

    @Test func withoutPowerIsAStateOfItsOwn() throws {
        let c = try claim("Storm\n\nMara: at least 45 dead, 300,000 without power", "300,000")
        #expect(c.frame.event == "without power")
    }

    @Test func aPlaceOfTwoWordsBeforeAloneIsWhole() throws {
        let c = try claim("Storm\n\nIn Port Ellis alone, 18 people died, the mayor said.", "18")
        #expect(c.frame.place == "Port Ellis")
    }

    @Test func aPeakIsNotACountAtAnotherMoment() {
        let now = article("a", "Storm\n\nThe agency said 300,000 customers were without power on Wednesday.", date: "2025-09-03")
        let peak = article("b", "Storm\n\nThe agency put the peak at 420,000 customers without power.", date: "2025-09-08")
        #expect(conflicts([now, peak]).conflicts.isEmpty)
        // A crowd's peak is how its turnout is counted: it stays a turnout.
        let crowd = try? claim("March\n\nPolice said the crowd on the route peaked at 338,000 on June 16.", "338,000")
        #expect(crowd?.frame.group == nil)
    }
}

/// Found on a rally story written for these tests.
struct RallyStoryTests {
    let first = article("a", "Rally\n\nOrganisers said 40,000 people marched through Varna on Saturday, while police put the crowd at 8,000.", date: "2025-03-09")
    let second = article("b", """
        Rally

        Two days after the march, the interior ministry says 11,000 people took part and 52 were arrested, \
        of whom 40 were released the same evening. Organisers stand by their estimate of 40,000.

        Hospitals treated 14 people, among them six police officers.
        """, date: "2025-03-11")

    @Test func aTurnoutWithNoDayIsOnTheStorysOnlyDay() throws {
        let all = claims([first, second])
        #expect(all.first { $0.figure.text == "11,000" }?.measure == "people took part on 8 Mar")
        // Where the story has two days of marches, it stays open.
        let other = article("c", "Rally\n\nOn March 1, 5,000 people took part in a march in Varna.", date: "2025-03-02")
        #expect(claims([first, second, other]).first { $0.figure.text == "11,000" }?.isUnmeasured == true)
    }

    @Test func aTurnoutWithNoDayIsOnTheOnlyDayItsArticleDates() throws {
        let headline = article("d", """
            Organisers say 40,000 marched

            Police said 12,000 people took part in the march on March 8.
            """, date: "2025-03-09")
        let other = article("c", "Rally\n\nOn March 1, 5,000 people took part in a march in Varna.", date: "2025-03-02")
        #expect(claims([headline, other]).first { $0.figure.text == "40,000" }?.measure == "people took part on 8 Mar")
        // An article that dates two marches leaves its undated turnout open.
        let both = article("e", """
            Organisers say 40,000 marched

            Police said 12,000 people took part in the march on March 8, and 5,000 on March 1.
            """, date: "2025-03-09")
        #expect(claims([both, other]).first { $0.figure.text == "40,000" }?.isUnmeasured == true)
    }

    @Test func aSpeakersFigureForAnOrderOfMagnitudeCountsTheSame() throws {
        let a = article("f", "Protest\n\nHundreds of thousands marched on March 8; organisers said 800,000.", date: "2025-03-09")
        #expect(claims([a]).first { $0.figure.text == "800,000" }?.measure == "people took part on 8 Mar")
        // Past a semicolon, a clause that says more than who spoke is a figure of its own.
        let b = article("g", "Protest\n\nHundreds of thousands marched on March 8; the organisers' own app recorded 800,000 downloads.", date: "2025-03-09")
        #expect(claims([b]).first { $0.figure.text == "800,000" }?.measure != "people took part on 8 Mar")
    }

    @Test func releasedPeopleAreNotAllocatedFunds() throws {
        #expect(claims([second]).first { $0.figure.text == "40" }?.frame.event == "released")
    }

    @Test func aFigureReferringBackRestatesOneOfItsSize() throws {
        #expect(claims([second]).first { $0.figure.text == "40,000" }?.frame.event != "released")
    }

    @Test func aPartsWholeIsTheNearestCount() throws {
        #expect(claims([second]).first { $0.figure.text == "six" }?.frame.event == nil)
    }
}

/// A figure said again in one article is one side; the JSON still names every place it is said.
struct RepeatPlacesTests {
    @Test func aHedgedRepeatIsNotTheExactFigure() {
        let a = article("a", "War\n\nBlinken put the number at around 10,000 troops deployed. Later he said 10,000 troops were deployed.", date: "2024-11-05")
        let b = article("b", "War\n\nAbout 12,000 troops were deployed, officials said.", date: "2024-12-23")
        let c = conflicts([a, b]).conflicts
        // The exact 10,000 disagrees with about 12,000; the hedged one does not.
        #expect(c.contains { $0.claims.map(\.figure.text).contains("10,000") })
    }

    @Test func theJSONPairsEveryPlaceASideIsSaid() throws {
        let a = article("a", "War\n\nRussia says 6,000 more troops will come. Kyiv says 25,000 more troops will come; it repeats that 25,000 more troops will come.", date: "2025-06-01")
        let r = conflicts([a])
        let json = ConflictsReport.json(r)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let conflict = try #require((doc["conflicts"] as? [[String: Any]])?.first)
        let claims = try #require(conflict["claims"] as? [[String: Any]])
        let pairs = try #require(conflict["pairs"] as? [[String: Any]])
        let repeatIndex = try #require(claims.firstIndex { $0["repeatOf"] != nil })
        #expect(pairs.contains { ($0["a"] as? Int) == repeatIndex || ($0["b"] as? Int) == repeatIndex })
        #expect(r.conflicts.first?.claims.count == 2)
    }
}

/// Another year named in a sentence belongs to the figures it stands with.
struct OtherYearTests {
    @Test func aYearAfterTheFiguresIsTheLastOnes() throws {
        let text = "Budget\n\nThe council approved a $4.2 billion budget, up from $3.9 billion last year."
        let all = claims([article("a", text, date: "2025-06-12")])
        #expect(all.first { $0.figure.text == "$4.2 billion" }?.frame.year == nil)
        #expect(all.first { $0.figure.text == "$3.9 billion" }?.frame.year == 2024)
    }

    @Test func aYearBeforeTheFiguresIsAllOfTheirs() throws {
        let text = "Vote\n\nIn 2015, pro-Beijing parties won 298 of the 452 seats."
        let all = claims([article("a", text, date: "2019-11-25")])
        #expect(all.map(\.frame.year) == [2015, 2015])
    }
}
