import Testing
@testable import NKCore

/// Figures that name nothing themselves: a pronoun put at a figure stands for the people the
/// sentence before named by their harm, and a verbless clause after a semicolon puts the same
/// thing at another figure, on the word of its subject.
struct ReferBackTests {
    private let text = "Losses\n\nThe largest gap is over the dead. The agency puts them at about 300; the Vardian officials at around 1,000. Both cannot be right."

    @Test func aPronounStandsForTheHarmNamedJustBefore() {
        let all = claims([article("a", text, date: "2025-01-24")])
        #expect(all.first { $0.figure.text == "about 300" }?.measure == "people killed")
    }

    @Test func aVerblessClauseAfterASemicolonPutsTheSameThingAtAnotherFigure() {
        let c = claims([article("a", text, date: "2025-01-24")]).first { $0.figure.text == "around 1,000" }
        #expect(c?.measure == "people killed")
        #expect(c?.source == "Vardian officials")
        #expect(conflicts([article("a", text, date: "2025-01-24")]).conflicts.count == 1)
    }

    @Test func aNameEndingInEdIsNoVerb() {
        let a = article("a", "Losses\n\nThe largest gap is over the dead. The agency puts them at about 300; the Red Cross at around 1,000.", date: "2025-01-24")
        let c = claims([a]).first { $0.figure.text == "around 1,000" }
        #expect(c?.measure == "people killed")
        #expect(c?.source == "Red Cross")
    }

    @Test func moneyRefersToNoHarm() {
        let a = article("a", "Losses\n\nThe largest gap is over the dead. The agency puts them at $3 billion.", date: "2025-01-24")
        #expect(claims([a]).first?.measure != "people killed")
    }

    @Test func noHarmBeforeNoReference() {
        let a = article("a", "Losses\n\nThe largest gap is over the method. The agency puts them at about 300; the Vardian officials at around 1,000.", date: "2025-01-24")
        let all = claims([a])
        #expect(all.allSatisfy { $0.isUnmeasured })
    }

    @Test func aClauseWithItsOwnVerbIsNoGap() {
        let a = article("a", "Losses\n\nThe largest gap is over the dead. The agency puts them at about 300; the officials arrived at around 1,000.", date: "2025-01-24")
        #expect(claims([a]).first { $0.figure.text == "around 1,000" }?.measure != "people killed")
    }

    @Test func aBareTotalIsTheArticlesRunningTotal() {
        let a = article("a", "Arrests\n\nPolice said on Dec 9 that 6,022 people had been arrested since June 9. More than 900 people have been charged. In early August the total stood at 420.", date: "2025-12-11")
        let c = claims([a]).first { $0.figure.text == "420" }
        #expect(c?.measure == "people arrested to date")
        // With no running total before it, a bare total refers to nothing.
        let b = article("b", "Arrests\n\nMore than 900 people have been charged. In early August the total stood at 420.", date: "2025-12-11")
        #expect(claims([b]).first { $0.figure.text == "420" }?.measure != "people arrested to date")
    }
}
