import Testing
@testable import NKCore

/// Votes cast are counted as people who voted, whoever the text calls them; the registered
/// whole they were cast of did not all vote.
struct VoteCountTests {
    @Test func votersWhoCastABallotArePeopleWhoVoted() {
        let a = article("a", "Vote\n\nOfficials confirm the turnout: 2,943,842 of the 4,132,977 registered voters cast a ballot.", date: "2025-11-25")
        let b = article("b", "Vote\n\nBy 1.30pm, 1,524,675 people had voted, the electoral office said.", date: "2025-11-24")
        let all = claims([a, b])
        #expect(all.first { $0.figure.text == "2,943,842" }?.measure == "people voted")
        #expect(all.first { $0.figure.text == "1,524,675" }?.measure == "people voted")
        #expect(all.first { $0.figure.text == "4,132,977" }?.frame.event == nil)
    }
}
