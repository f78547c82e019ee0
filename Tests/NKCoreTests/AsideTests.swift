import Testing
@testable import NKCore

/// Words set aside between commas or in parentheses do not end the clause a figure reads
/// its measure from.
struct AsideTests {
    private func measure(_ text: String, _ figure: String) -> String? {
        claims([article("a", text, date: "2025-09-16")]).first { $0.figure.text == figure }?.measure
    }

    @Test func aSpeakersAsideEndsNoClauseThatGoesOnWithAnd() {
        let text = "Toll\n\nAt least 11,300 people had died in Port Vell, it said, and 170 elsewhere in the east."
        #expect(measure(text, "170") == "people killed elsewhere")
    }

    @Test func aCountSetApartKeepsItsPlaceWhenItTakesItsNeighboursMeasure() {
        // A longer aside ("said on Tuesday") leaves 170 to take the measure of the count before it;
        // "elsewhere" is still not Port Vell, so the two do not contradict.
        let text = "Toll\n\nAt least 41 people have died in Port Vell, the governor said on Tuesday, and 170 elsewhere."
        #expect(measure(text, "170") == "people killed elsewhere")
        #expect(conflicts([article("a", text, date: "2025-09-16")]).conflicts.isEmpty)
    }

    @Test func aSpeakersAsideBeforeAnotherClauseStillEndsIt() {
        let text = "Fire\n\nSome 900 firefighters were deployed to Alder County, CalFire said, fewer than the 1,100 cited by state officials."
        // "fewer than the 1,100" compares: it is no whole the 900 sent to the county are part of.
        #expect(measure(text, "Some 900") == "firefighters deployed")
    }

    @Test func aConversionInParenthesesDoesNotHideTheNoun() {
        let text = "Relief\n\nOn Thursday the finance minister announced a HK$19.1 billion (US$2.44 billion) package of relief measures."
        #expect(measure(text, "HK$19.1 billion") == "package")
    }

    @Test func takingShelterIsDisplacement() {
        let text = "Flood\n\nAmong the survivors, some 40,000 people had to take shelter in schools."
        #expect(measure(text, "some 40,000") == "people displaced")
    }

    @Test func aShareInAnAsideDoesNotEndTheClause() {
        let text = "Arrests\n\nMore than 900 people, about 15% of those arrested, have been charged."
        #expect(measure(text, "More than 900") == "people charged")
    }

    @Test func aSourceRepeatingAValueRepeatsOnlyTheSameThing() {
        let a = article("a", "Arrests\n\nPolice said officers had fired 900 rubber bullets on October 1. Police said more than 900 people, about 15 in every hundred arrested, were now facing trial.", date: "2025-12-10")
        #expect(claims([a]).first { $0.figure.text == "more than 900" }?.measure != "rubber bullets fired on 1 Oct")
    }

    @Test func aPlacePastAnotherVerbAndItsObjectIsTheObjects() {
        let text = "Flood\n\nThe bursting of two dams unleashed floods without precedent in Vardia."
        #expect(measure(text, "two") == "dams")
        // The figure's own verb keeps its place.
        #expect(measure("Flood\n\nAbout 3,000 troops stationed in Vardia were moved.", "About 3,000") == "troops deployed in Vardia")
    }

    @Test func whoseNoticeIsNoPlace() {
        let text = "March\n\nThe Front announced that 550,000 people had joined its march on July 1 (55萬 in the Front's own notice)."
        #expect(claims([article("a", text, date: "2025-07-02")]).allSatisfy { $0.frame.place == nil })
    }
}
