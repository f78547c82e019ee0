import Testing
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
        #expect(ScopeFinder.day("03-01", movedBy: -1, year: 2024) == "02-29")
        #expect(ScopeFinder.day("12-31", movedBy: 1, year: 2023) == "01-01")
    }
}
