import Testing
@testable import NKCore

/// How many a vehicle held: the figure right after a vehicle's verb ("carrying about 350
/// people"), "on board" or "aboard" after it, and "the number of passengers on board at 412"
/// are one measure, whoever gives it.
struct OnBoardTests {
    private func measure(_ text: String, _ figure: String) -> String? {
        claimOf(figure, in: text, title: "Crash", date: "2026-04-14")?.measure
    }

    @Test func aVehiclesVerbCountsTheFigureRightAfterIt() {
        #expect(measure("The ferry left port on Sunday carrying about 350 people, the operator said.", "about 350") == "people on board")
        #expect(measure("The operator said the ferry had carried 412 passengers.", "412") == "people on board")
    }

    @Test func aVehiclesVerbFarFromTheFigureCountsNothing() {
        let text = "He was carrying an identity card in another man's name - that of a 26-year-old from the north."
        #expect(measure(text, "26") != "people on board")
    }

    @Test func whatIsCarriedIsOnBoardOnlyWhenItIsPeopleNotTakenElsewhere() {
        #expect(measure("The offence carries up to 10 years in prison.", "up to 10")?.hasSuffix("on board") == false)
        #expect(measure("Floodwaters carried away 300 homes.", "300")?.hasSuffix("on board") == false)
        #expect(measure("Rescue boats carried 40 people to shore after the ferry sank.", "40") != "people on board")
    }

    @Test func anEventOfSeveralWordsIsLookedForJustBeforeTheFigure() {
        #expect(measure("The town was left without power on Monday as winds reached 120 km/h.", "120")?.contains("without power") == false)
    }

    @Test func onBoardAfterTheFigureAndInANamedCountAreTheSameMeasure() {
        #expect(measure("Survivors said there were about 130 on board.", "about 130") == "people on board")
        #expect(measure("The operator put the number of passengers on board at 412.", "412") == "people on board")
        #expect(measure("If 160 were aboard, 32 are unaccounted for.", "160") == "people on board")
    }

    @Test func aSpeakerAfterASemicolonRestatesTheCount() {
        // Function words ("the", "now") do not make the clause say more than who says what.
        #expect(measure("Survivors said there were about 130 on board; the IOM now says 160.", "160") == "people on board")
    }

    @Test func rivalCountsOfThoseOnBoardContradict() {
        let a = article("a", "Crash\n\nThe ferry was carrying about 350 people, the operator said.", date: "2026-04-14")
        let b = article("b", "Toll rises\n\nThe operator put the number of passengers on board at 412.", date: "2026-04-15")
        let found = conflicts([a, b]).conflicts
        #expect(found.count == 1)
        #expect(found.first?.measure == "people on board")
    }
}
