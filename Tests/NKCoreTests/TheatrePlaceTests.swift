import Testing
@testable import NKCore

/// A force's harms in the place the story sends it to are its harms: "losses in Vardia" and
/// "losses" of troops sent to Vardia are one measure, unless the story sets Vardia apart.
struct TheatrePlaceTests {
    private let sent = article("a", "Troops abroad\n\nSome 12,000 Ostrian troops are now stationed in Vardia, officials said.", date: "2025-01-10")
    private let placed = article("b", "Losses mount\n\nThe general staff said 1,200 Ostrian soldiers had been killed or wounded in Vardia.", date: "2025-01-12")
    private let unplaced = article("c", "Losses mount\n\nKeller said 3,000 Ostrian soldiers had been killed or wounded.", date: "2025-01-13")

    @Test func harmsWhereTheForceWasSentAreItsHarms() {
        let all = claims([sent, placed, unplaced])
        #expect(measure(all, "1,200") == measure(all, "3,000"))
        #expect(measure(all, "1,200") == "troops injured or killed")
        #expect(conflicts([sent, placed, unplaced]).conflicts.count == 1)
    }

    @Test func withoutTheDeploymentThePlaceStays() {
        let all = claims([placed, unplaced])
        #expect(measure(all, "1,200") == "troops injured or killed in Vardia")
        #expect(conflicts([placed, unplaced]).conflicts.isEmpty)
    }

    @Test func aPlaceSetApartStaysApart() {
        let alone = article("d", "Losses mount\n\nIn Vardia alone, 1,200 Ostrian soldiers had been killed or wounded, the general staff said.", date: "2025-01-12")
        let all = claims([sent, alone, unplaced])
        #expect(measure(all, "1,200") == "troops injured or killed in Vardia")
        #expect(conflicts([sent, alone, unplaced]).conflicts.isEmpty)
    }

    @Test func aSecondPlaceOfHarmKeepsThemApart() {
        let other = article("e", "Losses mount\n\nAbout 400 Ostrian soldiers had been killed or wounded in Belmark, officials said.", date: "2025-01-14")
        let all = claims([sent, placed, unplaced, other])
        #expect(measure(all, "1,200") == "troops injured or killed in Vardia")
        #expect(measure(all, "About 400") == "troops injured or killed in Belmark")
    }
}
