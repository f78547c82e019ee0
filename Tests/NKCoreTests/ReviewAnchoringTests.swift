import Foundation
import Testing
@testable import NKCore

/// A verdict follows its claims when an article is edited between two runs, and is kept and
/// reported when they are gone.
struct ReviewAnchoringTests {
    /// First run: the reviewer marks the only contradiction checked, with a note, and it is saved.
    func reviewFirstRun(_ folder: ArticleFolder) throws {
        let (_, pairs, titles) = try folder.open()
        #expect(pairs.count == 1)
        var session = ReviewSession(pairs: pairs, titles: titles)
        session.set(.checked, pair: 0, now: reviewTime)
        session.setNote("both say deployed", pair: 0, now: reviewTime)
        try folder.store.save(Array(session.unsaved.values))
    }

    @Test func aVerdictSurvivesReformattingAndRewording() throws {
        let folder = try ArticleFolder(["a.txt": articleA, "b.txt": articleB])
        defer { folder.remove() }
        try reviewFirstRun(folder)
        // Re-saved by an editor: a new first paragraph, the sentence reworded a little and its
        // spacing changed, Windows line ends: every offset moves.
        try folder.write("a.txt", "Troop Count Article A\r\n\r\nUpdated at noon with a new paragraph on top.\r\n\r\n"
            + "Officials said on  Monday that as many as 10,000 troops were deployed to the front.\r\n")
        let (_, pairs, titles) = try folder.open()
        let pair = try #require(pairs.first)
        #expect(pair.a.figure.start != 41 && pair.b.figure.start != 41)
        let resolution = ReviewResolution(try folder.store.load(), pairs: pairs, titles: titles)
        #expect(resolution.state(ofPair: 0) == .checked)
        #expect(resolution.note(ofPair: 0) == "both say deployed")
        #expect(resolution.unmatched.isEmpty)
    }

    @Test func aRenamedFileIsFoundByItsTitle() throws {
        let folder = try ArticleFolder(["a.txt": articleA, "b.txt": articleB])
        defer { folder.remove() }
        try reviewFirstRun(folder)
        try FileManager.default.moveItem(atPath: folder.path + "/a.txt", toPath: folder.path + "/renamed.txt")
        let (_, pairs, titles) = try folder.open()
        let resolution = ReviewResolution(try folder.store.load(), pairs: pairs, titles: titles)
        #expect(resolution.state(ofPair: 0) == .checked)
    }

    @Test func aVerdictWhoseClaimIsGoneIsKeptAndReported() throws {
        let folder = try ArticleFolder(["a.txt": articleA, "b.txt": articleB, "c.txt": "Third Article C\n\nAnalysts said 20,000 troops were deployed to the front.\n"])
        defer { folder.remove() }
        let first = try folder.open()
        var session = ReviewSession(pairs: first.pairs, titles: first.titles)
        let pairOfA = try #require(first.pairs.firstIndex { $0.a.article == "a" || $0.b.article == "a" })
        session.set(.followUp, pair: pairOfA, now: reviewTime)
        try folder.store.save(Array(session.unsaved.values))
        // The figure was corrected: the claim the verdict was about no longer exists.
        try folder.write("a.txt", articleA.replacingOccurrences(of: "as many as 10,000", with: "9,000"))
        let second = try folder.open()
        var again = ReviewSession(file: try folder.store.load(), pairs: second.pairs, titles: second.titles)
        #expect(again.unmatched.count == 1)
        #expect(again.unmatched.first?.state == .followUp)
        #expect((0..<second.pairs.count).allSatisfy { again.state(ofPair: $0) == .unreviewed })
        // A new verdict saved in this run keeps the old one in the file.
        again.set(.checked, pair: 0, now: reviewTime)
        let written = try folder.store.save(Array(again.unsaved.values))
        #expect(written.entries.count == 2)
        #expect(try folder.store.load().entries.values.contains { $0.state == .followUp && $0.a.figure == "as many as 10,000" })
    }

    @Test func anchorsIgnoreWhitespaceCaseQuotesAndDashes() {
        #expect(AnchorMatch.normalized("Kyiv  says\n“25–30,000”") == AnchorMatch.normalized("kyiv says \"25-30,000\""))
        #expect(AnchorMatch.sentenceSimilarity("The ministry said 12,000 troops went.", "Totally different words here 12,000.") < AnchorMatch.minimumSimilarity)
    }
}
