import Foundation
import Testing
@testable import NKCore

/// Corrections: applied to claims before conflicts are found, anchored like verdicts, kept in the
/// review file and merged with what another process wrote.
struct CorrectionsTests {
    let now = Date(timeIntervalSince1970: 1_780_000_000)
    let later = Date(timeIntervalSince1970: 1_780_000_600)

    /// Two reports of one flood: the toll, and a count of people the text does not say what befell.
    func articles(_ second: String = "The agency said 9,000 people in the city.") -> [Article] {
        [Article(id: "wire", path: "wire.txt", text: "Officials said 4,000 people were killed in the flood.",
                 metadata: ArticleMetadata(title: "Flood toll", source: "Wire", date: "2025-06-10")),
         Article(id: "paper", path: "paper.txt", text: second,
                 metadata: ArticleMetadata(title: "Flood count", source: "Paper", date: "2025-06-11"))]
    }

    func claims(_ articles: [Article]) -> [Claim] { Analysis(articles: articles).claims }

    func claim(_ figure: String, in claims: [Claim]) throws -> Claim { try #require(claims.first { $0.figure.text == figure }) }

    @Test func aClaimGivenAMeasureIsComparedUnderIt() throws {
        let read = claims(articles())
        let toll = try claim("4,000", in: read), count = try claim("9,000", in: read)
        #expect(count.measure != toll.measure)
        #expect(ConflictFinder().find(read).conflicts.isEmpty)
        let fix = Correction.reassign(count, title: "Flood count", to: toll.measure, at: now)
        let result = Corrections.apply([fix], to: read)
        #expect(try claim("9,000", in: result.claims).measure == toll.measure)
        #expect(result.target[fix.id] == ClaimRef(count))
        #expect(result.unmatched.isEmpty)
        let conflict = try #require(ConflictFinder().find(result.claims).conflicts.first)
        #expect(conflict.claims.map(\.figure.text).sorted() == ["4,000", "9,000"])
    }

    @Test func aMergeMovesEveryClaimOfAMeasureAndFollowsChains() throws {
        let read = claims(articles("The agency said 9,000 homes were destroyed in the flood."))
        let toll = try claim("4,000", in: read), other = try claim("9,000", in: read)
        try #require(toll.measure != other.measure)
        let merges = [Correction.merge(other.measure, into: "flood deaths", at: now), Correction.merge("flood deaths", into: toll.measure, at: now)]
        let result = Corrections.apply(merges, to: read)
        #expect(try claim("9,000", in: result.claims).measure == toll.measure)
        #expect(try claim("4,000", in: result.claims).measure == toll.measure)
        // The second merge names a measure only the first produced: it applied all the same.
        #expect(result.unmatched.isEmpty)
        // A cycle stops instead of looping.
        let cycle = Corrections.apply([.merge(toll.measure, into: other.measure, at: now), .merge(other.measure, into: toll.measure, at: now)], to: read)
        #expect(cycle.claims.count == read.count)
    }

    @Test func aSourceIsSetAndAFigureThatIsNotAClaimLeaves() throws {
        let read = claims(articles())
        let toll = try claim("4,000", in: read), count = try claim("9,000", in: read)
        let result = Corrections.apply([.source(toll, title: nil, "Civil defence", at: now), .notAClaim(count, title: nil, at: now)], to: read)
        #expect(try claim("4,000", in: result.claims).source == "Civil defence")
        #expect(result.claims.contains { $0.figure.text == "9,000" } == false)
        #expect(result.removed.map(\.figure.text) == ["9,000"])
    }

    @Test func theLaterOfTwoCorrectionsOfOneClaimWins() throws {
        let read = claims(articles())
        let toll = try claim("4,000", in: read)
        var first = Correction.source(toll, title: nil, "Army", at: now)
        first.id = "old-wording"
        let result = Corrections.apply([.source(toll, title: nil, "Police", at: later), first], to: read)
        #expect(try claim("4,000", in: result.claims).source == "Police")
    }

    @Test func aCorrectionFollowsItsClaimThroughAnEditAndIsKeptWhenTheClaimIsGone() throws {
        let read = claims(articles())
        let count = try claim("9,000", in: read)
        let fix = Correction.notAClaim(count, title: "Flood count", at: now)
        // Re-saved with a word changed and under another file name: found by title and sentence.
        var edited = articles("The agency said 9,000 people in the town.")
        edited[1] = Article(id: "paper-2", path: "paper-2.txt", text: edited[1].text, metadata: edited[1].metadata)
        let moved = claims(edited)
        var titles: [String: String] = [:]
        for a in edited { titles[a.id] = a.metadata.title }
        #expect(Corrections.apply([fix], to: moved, titles: titles).removed.map(\.figure.text) == ["9,000"])
        // The figure itself was corrected: the correction finds nothing, and says so.
        let gone = Corrections.apply([fix], to: claims(articles("The agency said 9,500 people in the city.")))
        #expect(gone.unmatched == [fix])
        #expect(gone.removed.isEmpty)
        #expect(Corrections.apply([.merge("no such measure", into: "x", at: now)], to: read).unmatched.count == 1)
    }

    @Test func theReviewFileKeepsCorrectionsInAStableOrderAndStaysReadableByEarlierVersions() throws {
        let read = claims(articles())
        let toll = try claim("4,000", in: read)
        let file = ReviewFile(corrections: [.source(toll, title: "Flood toll", "Army", at: now), .merge("b measure", into: "a measure", at: now)])
        let text = String(decoding: file.encoded(), as: UTF8.self)
        #expect(text.contains(#""version" : 2"#))
        let merge = try #require(text.range(of: #""kind" : "merge""#)), source = try #require(text.range(of: #""kind" : "source""#))
        #expect(merge.lowerBound < source.lowerBound)
        #expect(text.contains(#""source" : "Army""#) && text.contains(#""figure" : "4,000""#))
        #expect(try ReviewFile.decode(file.encoded()) == file)
        #expect(file.encoded() == ReviewFile(corrections: file.sortedCorrections.reversed()).encoded())
        // Without corrections: version 1 and no corrections key, as before.
        let plain = String(decoding: ReviewFile().encoded(), as: UTF8.self)
        #expect(plain.contains(#""version" : 1"#) && !plain.contains("corrections"))
        #expect(try ReviewFile.decode(Data(#"{"format": "nkreader review", "version": 1, "verdicts": []}"#.utf8)).corrections.isEmpty)
    }

    @Test func twoProcessesCorrectingKeepBothAndATakenBackCorrectionOthersChangedStays() throws {
        let read = claims(articles())
        let toll = try claim("4,000", in: read), count = try claim("9,000", in: read)
        let folder = try ArticleFolder([:])
        defer { folder.remove() }
        let store = folder.store
        let mine = Correction.notAClaim(count, title: nil, at: now)
        let shared = Correction.source(toll, title: nil, "Army", at: now)
        try store.save([], corrections: [CorrectionChange(id: shared.id, correction: shared, base: nil)])
        // Another process changes the shared correction; this one adds its own and takes the shared one back.
        var theirs = shared
        theirs.source = "Police"
        try store.save([], corrections: [CorrectionChange(id: theirs.id, correction: theirs, base: shared)])
        let written = try store.save([], corrections: [CorrectionChange(id: mine.id, correction: mine, base: nil),
                                                       CorrectionChange(id: shared.id, correction: nil, base: shared)])
        #expect(written.corrections[mine.id] == mine)
        #expect(written.corrections[shared.id]?.source == "Police")
        // Taken back when nobody else changed it: gone.
        let after = try store.save([], corrections: [CorrectionChange(id: mine.id, correction: nil, base: mine)])
        #expect(after.corrections[mine.id] == nil)
        #expect(try store.load() == after)
    }

    @Test func aSessionRecordsCorrectionsForTheNextSave() throws {
        let read = claims(articles())
        let count = try claim("9,000", in: read)
        var session = ReviewSession(pairs: [], titles: [:])
        let fix = Correction.notAClaim(count, title: nil, at: now)
        session.setCorrection(fix)
        #expect(session.hasUnsavedChanges && session.corrections == [fix])
        session.removeCorrection(id: fix.id)
        #expect(session.corrections.isEmpty)
        // Made and taken back before a save: the save removes nothing anyone else wrote.
        #expect(session.unsavedCorrections[fix.id] == CorrectionChange(id: fix.id, correction: nil, base: nil))
    }
}
