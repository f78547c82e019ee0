import Testing
@testable import NKCore

/// People crossing into a country, people trapped, ages set off by commas, months named "May",
/// and a second body that gives a count of its own: read on invented stories.
struct ArrivalsAndAgesTests {
    private func claim(_ text: String, _ figure: String) -> Claim? {
        claims([article("a", "Crisis\n\n" + text, date: "2026-05-09")]).first { $0.figure.text == figure }
    }

    @Test func crossingIntoACountryIsArriving() {
        #expect(claim("More than 40,000 people have crossed into Dravenia, the border police said.", "More than 40,000")?.measure == "people arrived")
        #expect(claim("The interior ministry put the total number of arrivals at 131,000.", "131,000")?.measure == "people arrived")
        #expect(claim("Officials said 4,000 had entered the country on Monday.", "4,000")?.measure.hasPrefix("people arrived") == true)
    }

    @Test func aBareCountOfThoseTrappedCountsPeople() {
        #expect(claim("The union said 52 were trapped.", "52")?.measure == "people trapped")
        #expect(claim("The company put the number trapped at 38.", "38")?.measure == "people trapped")
    }

    @Test func aMonthNamedMayIsNoPlan() {
        let count = claim("KOSTREL, May 6 - More than 40,000 people have crossed since Sunday, police said.", "More than 40,000")
        #expect(count?.frame.group == nil)
        #expect(claim("The ministry's count since May 3 stands at 85,000 arrivals.", "85,000")?.frame.group == nil)
        // Lowercase, or leading a headline's words, "may" still makes a guess or a plan.
        #expect(claim("Officials said the number of arrivals may reach 200,000.", "200,000")?.frame.group == "projected")
    }

    @Test func aSmallNumberSetOffByCommasAfterANameIsAnAge() {
        #expect(claim("Among those rescued was Tomas Beran, 31, a father of two.", "31")?.frame.isAge == true)
        #expect(claim("His wife Alina, 29, had kept vigil at the gates.", "29")?.frame.isAge == true)
        // Counts by place are not ages.
        #expect(claim("The dead were counted in Ostrel, 41, and in Kenton, 12.", "41")?.frame.isAge == false)
        #expect(claim("In Ostrel, 41 people died.", "41")?.frame.isAge == false)
    }

    @Test func aSecondBodyGivingItsOwnCountIsASecondSpeaker() {
        #expect(claim("UNHCR says 120,000 have crossed into Dravenia, ministry counts 85,000.", "85,000")?.source == "ministry")
        #expect(claim("The agency said 120,000 people had crossed, while the ministry counted 85,000.", "85,000")?.source == "ministry")
        // A trailing "the force said" still stands for the body named before it.
        #expect(claim("Police tell a different story: 128,000 took part at the peak, the force said.", "128,000")?.source == "Police")
    }

    @Test func rivalCountsOfArrivalsContradict() {
        let a = article("a", "Crisis\n\nMore than 150,000 people have crossed into Dravenia, UNHCR said on Thursday.", date: "2026-05-14")
        let b = article("b", "Count\n\nThe interior ministry put the number of arrivals at 118,000 on Thursday.", date: "2026-05-14")
        let found = conflicts([a, b]).conflicts
        #expect(found.map(\.measure).contains { $0.hasPrefix("people arrived") })
    }
}
