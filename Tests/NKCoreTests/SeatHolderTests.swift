import Testing
@testable import NKCore

/// Seats are counted for whoever holds them: one camp's count is never set against another's.
struct SeatHolderTests {
    private let morning = article("a", "Vote count\n\nPro-democracy candidates have taken 333 seats so far, against 52 for the pro-establishment camp, Reuters said.", date: "2019-11-25")
    private let noon = article("b", "Vote count\n\nPro-democracy candidates have taken 388 seats, against 60 for the pro-establishment camp, the Associated Press said.", date: "2019-11-25")

    @Test func eachCampsSeatsAreTheirOwnMeasure() {
        let all = claims([morning, noon])
        let measures = Dictionary(all.map { ($0.figure.text, $0.measure) }, uniquingKeysWith: { a, _ in a })
        #expect(measures["333"] == "pro-democracy seats captured")
        #expect(measures["388"] == "pro-democracy seats captured")
        // "against 52 for the camp" names no thing: the story's seats, held by that camp.
        #expect(measures["52"] == "pro-establishment seats captured")
        #expect(measures["60"] == "pro-establishment seats captured")
        let found = conflicts([morning, noon]).conflicts
        #expect(Set(found.map(\.measure)) == ["pro-democracy seats captured", "pro-establishment seats captured"])
    }

    @Test func aCampGivenACountWithoutANounHoldsTheStorysSeats() {
        let tally = article("c", "Vote count\n\nThe Post gives pro-democracy candidates 390 seats, a net gain of 263, and gives the pro-establishment camp 60.", date: "2019-11-25")
        let all = claims([morning, noon, tally])
        #expect(all.first { $0.figure.text == "60" }?.measure == "pro-establishment seats captured")
        // "a net gain of 263" sizes the gain, not the seats held.
        #expect(all.first { $0.figure.text == "263" }?.measure != "pro-democracy seats captured")
        // Nor does another count of the sentence lend it its measure.
        #expect(conflicts([morning, noon, tally]).conflicts.allSatisfy { c in !c.claims.contains { $0.figure.text == "263" } })
    }

    @Test func theWholeThatSeatsAreHeldOfBelongsToNoOne() throws {
        let c = try claim("Election\n\nIn 2015, pro-Beijing parties won 298 of the 452 seats.", "452")
        #expect(c.frame.holder == nil)
        #expect(try claim("Election\n\nIn 2015, pro-Beijing parties won 298 of the 452 seats.", "298").frame.holder == "pro-beijing")
    }

    @Test func aHolderOfAnythingButSeatsIsDropped() throws {
        // "captured" of nothing named, in a story that counts no seats, is people captured.
        let c = try claim("Raid\n\nRebels have taken 40 prisoners, against 12 for the government coalition.", "12")
        #expect(c.frame.holder == nil)
    }
}
