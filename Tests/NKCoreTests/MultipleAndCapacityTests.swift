import Testing
@testable import NKCore

/// A multiple ("50 times more likely") counts no thing, and what a structure held is its
/// capacity, never what was released or what befell people.
struct MultipleAndCapacityTests {
    @Test func aMultipleIsOfItsComparison() {
        let a = article("a", "Rain\n\n414 mm fell on Port Vell in 24 hours, and scientists estimate that warming made such a downpour up to 50 times more likely.", date: "2025-10-05")
        let b = article("b", "Rain\n\nThe study found the rain six times heavier than usual. Officials said it came three times a day.", date: "2025-10-05")
        #expect(measure(claims([a]), "up to 50") == "times more likely")
        let all = claims([b])
        #expect(measure(all, "six") == "times heavier")
        let c = article("c", "Losses\n\nEstimates of the dead differ by a factor of three.", date: "2025-10-05")
        #expect(measure(claims([c]), "three") == "factor")
        // "three times a day" is a rate, not a multiple of anything.
        #expect(measure(all, "three") == "times daily")
    }

    @Test func whatAStructureHeldIsItsCapacity() {
        let a = article("a", "Dams\n\nThe larger dam held 22.5 million cubic metres. The collapse released a total of 33 million cubic metres of water.\n\nThe two dams held 22.5 million and 1.5 million cubic metres.", date: "2025-10-05")
        let all = claims([a])
        #expect(all.filter { $0.figure.text == "22.5 million" }.map(\.measure) == ["capacity of cubic metres", "capacity of cubic metres"])
        #expect(measure(all, "a total of 33 million") == "cubic metres released")
    }

    @Test func peopleHeldAreNoCapacity() {
        let a = article("a", "Arrests\n\nPolice said officers held 84 people on Monday.", date: "2025-08-06")
        #expect(claims([a]).first?.frame.group != MeasureFrame.capacity)
        // Nor is what a side holds now.
        let b = article("b", "War\n\nBy late February Ostria held 1,300 square kilometres.", date: "2025-03-01")
        #expect(claims([b]).first?.frame.group != MeasureFrame.capacity)
    }

    @Test func aSettlementSizedInPeopleIsItsPopulation() {
        let a = article("a", "Port Vell floods: toll rises\n\nThe mayor said the toll in Port Vell could exceed 20,000. In a city the agency puts at about 100,000 people, that would be one resident in five.", date: "2025-09-14")
        #expect(measure(claims([a]), "about 100,000") == "population in Port Vell")
        // Past a comma, the town is another clause's.
        let c = article("c", "Port Vell floods\n\nIn the town, officials put it at about 300 people.", date: "2025-09-14")
        #expect(measure(claims([c]), "about 300")?.hasPrefix("population") != true)
        // What a verb puts a town's losses at is no population.
        let b = article("b", "Port Vell floods\n\nIn the town, officials put the dead at about 300 people.", date: "2025-09-14")
        #expect(measure(claims([b]), "about 300")?.hasPrefix("population") != true)
    }
}
