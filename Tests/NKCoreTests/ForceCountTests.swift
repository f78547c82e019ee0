import Testing
@testable import NKCore

/// How counts of a force read: the arm a count names is still the force, a force that arrives
/// has been sent, a first batch is neither the whole nor an addition; and how a few words
/// around any figure change what it counts ("arrived at", "the 11,300 figure", "a further").
struct ForceCountTests {
    @Test func theArmOfAForceIsTheForce() {
        let a = article("a", "Counts\n\nOn May 2 the agency said it had tracked about 1,500 Ostrian special forces being carried to Port Vell on navy ships.", date: "2025-05-10")
        let b = article("b", "Counts\n\nOfficials said 3,000 Ostrian troops had been deployed.", date: "2025-05-12")
        let all = claims([a, b])
        #expect(measure(all, "about 1,500") == "troops deployed")
        #expect(conflicts([a, b]).conflicts.count == 1)
        // Any other modifier still makes another thing.
        let c = article("c", "Counts\n\nThe agency counted 400 female soldiers at the border.", date: "2025-05-10")
        #expect(claims([c]).first?.frame.thing == "female troops")
    }

    @Test func aForceThatArrivesWasSent() {
        let a = article("a", "Counts\n\nThe president said in an interview that \"12,000 has arrived\" and more would follow.", date: "2025-05-10")
        let b = article("b", "Counts\n\nOfficials said 9,000 Ostrian troops had been deployed.", date: "2025-05-12")
        let c = article("c", "Counts\n\nAbout 10,000 Ostrian soldiers have been sent, the ministry said.", date: "2025-05-12")
        let all = claims([a, b, c])
        #expect(measure(all, "12,000") == "troops deployed")
        // Whatever else arrives keeps its own event.
        let d = article("d", "Vaccines\n\nThe agency said 120,000 doses of vaccine had now arrived.", date: "2025-05-10")
        #expect(measure(claims([d]), "120,000") == "doses arrived")
    }

    @Test func arrivingAtAFigureIsNoArrival() {
        let a = article("a", "March\n\nCounting at two footbridges, the team arrived at 265,790 marchers on Sunday.", date: "2025-07-02")
        #expect(claims([a]).first?.frame.event != MeasureFrame.arrival)
    }

    @Test func aFirstBatchIsNeitherTheWholeNorAnAddition() {
        let a = article("a", "Counts\n\nNavy vessels carried the first batch of 1,500 troops to Port Vell. The agency now puts the number sent at 3,000 troops.", date: "2025-05-10")
        let all = claims([a])
        #expect(measure(all, "1,500") == "first batch of troops deployed")
        #expect(measure(all, "3,000") == "troops deployed")
        #expect(conflicts([a]).conflicts.isEmpty)
        let b = article("b", "Counts\n\nA second group of 1,500 troops left on Friday.", date: "2025-05-10")
        #expect(claims([b]).first?.frame.group == "additional")
    }

    @Test func aFigureNamedAsAFigureCountsNothingAfterIt() {
        let a = article("a", "Toll\n\nThe Red Crescent said 11,300 people had died in Port Vell. An earlier version said the 11,300 figure first appeared in a UN report.", date: "2025-09-20")
        let echo = claims([a]).last { $0.figure.text == "11,300" }
        #expect(echo?.frame.thing != "first")
        #expect(echo?.measure == "people killed in Port Vell")
    }

    @Test func aFurtherHarmOfAnotherKindAddsToNothing() {
        let a = article("a", "Toll\n\nThe Red Crescent put the toll in Port Vell at 11,300. Its secretary general said a further 10,100 people were reported missing in the city.", date: "2025-09-20")
        #expect(claims([a]).first { $0.figure.text == "10,100" }?.frame.group == nil)
        let b = article("b", "Toll\n\nThe ministry said 3,166 had died by Friday. By Sunday a further 86 deaths had been registered.", date: "2025-09-20")
        #expect(claims([b]).first { $0.figure.text == "86" }?.frame.group == "additional")
    }

    @Test func menAreTroopsOnlyWhereAForceIsSent() {
        let war = article("a", "Counts\n\nOfficials said 9,000 Ostrian troops had been deployed. Ostria would have lost roughly 2,700 men killed.", date: "2025-05-10")
        #expect(measure(claims([war]), "roughly 2,700") == "troops killed")
        let protest = article("b", "Arrests\n\nPolice said 420 people had been arrested since June 9, 347 men and 73 women.", date: "2025-08-05")
        let all = claims([protest])
        #expect(all.first { $0.figure.text == "347" }?.frame.thing == "men")
        #expect(!all.contains { $0.measure.contains("troops") })
    }

    @Test func moneyHoldsNoSeats() {
        let morning = article("a", "Vote count\n\nPro-democracy candidates have taken 333 seats so far, against 52 for the pro-establishment camp, Reuters said.", date: "2019-11-25")
        let noon = article("b", "Vote count\n\nPro-democracy candidates have taken 388 seats, against 60 for the pro-establishment camp, the Associated Press said.", date: "2019-11-25")
        let money = article("c", "Vote count\n\nThe Post gives the pro-establishment camp HK$70 million and gives the pro-democracy camp 60.", date: "2019-11-25")
        let all = claims([money, morning, noon])
        #expect(all.first { $0.figure.currency == "HKD" }?.isUnmeasured == true)
        #expect(all.first { $0.article == "c" && $0.figure.text == "60" }?.measure == "pro-democracy seats captured")
    }

    @Test func whatAForceLosesAreItsCasualties() {
        let a = article("a", "Counts\n\nOfficials said 9,000 Ostrian troops had been deployed. A spokesman said the Ostrians were losing about a thousand men a week.", date: "2025-05-10")
        #expect(measure(claims([a]), "about a thousand") == "troops injured or killed weekly")
        // What anyone else loses is only lost.
        let b = article("b", "Fire\n\nThe county said 112 homes were lost in the fire.", date: "2025-08-22")
        #expect(measure(claims([b]), "112") == "homes lost")
    }
}
