import Foundation
import Testing
@testable import NKCore

/// The review file's format: readable, stable, merged entry by entry.
struct ReviewFileTests {
    func entry(_ id: String, _ state: ReviewState, note: String = "", updated: String = "2026-01-01T00:00:00.000Z", measure: String = "troops deployed") -> ReviewEntry {
        let a = ClaimAnchor(article: "a", title: "Title A", figure: "10,000", sentence: "Officials said 10,000.", offset: 5)
        let b = ClaimAnchor(article: "b", title: nil, figure: "12,000", sentence: "They said 12,000.", offset: 7)
        return ReviewEntry(id: id, measure: measure, a: a, b: b, state: state, note: note, updated: updated)
    }

    @Test func writesSortedKeysPrettyPrintedInAFixedOrder() throws {
        let file = ReviewFile(entries: [entry("b2", .followUp, measure: "z measure"), entry("a1", .checked, note: "called \"them\"")])
        let text = String(decoding: file.encoded(), as: UTF8.self)
        let expected = """
        {
          "format" : "nkreader review",
          "verdicts" : [
            {
              "a" : {
                "article" : "a",
                "figure" : "10,000",
                "offset" : 5,
                "sentence" : "Officials said 10,000.",
                "title" : "Title A"
              },
              "b" : {
                "article" : "b",
                "figure" : "12,000",
                "offset" : 7,
                "sentence" : "They said 12,000."
              },
              "id" : "a1",
              "measure" : "troops deployed",
              "note" : "called \\"them\\"",
              "state" : "checked",
              "updated" : "2026-01-01T00:00:00.000Z"
            },
        """
        #expect(text.hasPrefix(expected), "got:\n\(text)")
        #expect(text.hasSuffix("  \"version\" : 1\n}\n"))
        // The same entries given in another order make the same bytes.
        let again = ReviewFile(entries: [entry("a1", .checked, note: "called \"them\""), entry("b2", .followUp, measure: "z measure")])
        #expect(again.encoded() == file.encoded())
        #expect(try ReviewFile.decode(file.encoded()) == file)
    }

    @Test func mergeKeepsEveryEntryOfBothSides() {
        let disk = ReviewFile(entries: [entry("x", .checked), entry("other", .followUp, note: "from the other process")])
        let merged = disk.merging([entry("x", .falseAlarm, updated: "2026-01-03T00:00:00.000Z"), entry("mine", .checked)],
                                  bases: ["x": entry("x", .checked)])
        #expect(merged.entries.count == 3)
        #expect(merged.entries["x"]?.state == .falseAlarm)
        #expect(merged.entries["other"]?.note == "from the other process")
    }

    /// Both processes changed the same contradiction since they read the file.
    @Test func oneEntryChangedByTwoProcessesKeepsBothChanges() {
        let base = entry("x", .unreviewed, note: "")
        // They wrote a note; we only gave a verdict: we keep their note.
        let theirNote = ReviewFile(entries: [entry("x", .unreviewed, note: "their note", updated: "2026-01-02T00:00:00.000Z")])
        let one = theirNote.merging([entry("x", .checked, updated: "2026-01-03T00:00:00.000Z")], bases: ["x": base])
        #expect(one.entries["x"]?.state == .checked && one.entries["x"]?.note == "their note")
        // They gave a verdict; we only wrote a note: we keep their verdict.
        let theirVerdict = ReviewFile(entries: [entry("x", .followUp, note: "", updated: "2026-01-02T00:00:00.000Z")])
        let two = theirVerdict.merging([entry("x", .unreviewed, note: "my note")], bases: ["x": base])
        #expect(two.entries["x"]?.state == .followUp && two.entries["x"]?.note == "my note")
        // Both wrote notes and verdicts: our verdict, both notes.
        let both = ReviewFile(entries: [entry("x", .followUp, note: "call Kyiv")])
        let three = both.merging([entry("x", .falseAlarm, note: "not the same troops")], bases: ["x": base])
        #expect(three.entries["x"]?.state == .falseAlarm)
        #expect(three.entries["x"]?.note == "not the same troops / call Kyiv")
        // Nobody else touched it: ours, as it is.
        let untouched = ReviewFile(entries: [base]).merging([entry("x", .checked, note: "ok")], bases: ["x": base])
        #expect(untouched.entries["x"]?.note == "ok")
        // Both made the entry at once (no base): still both notes.
        let made = ReviewFile(entries: [entry("x", .checked, note: "theirs")]).merging([entry("x", .followUp, note: "mine")])
        #expect(made.entries["x"]?.state == .followUp && made.entries["x"]?.note == "mine / theirs")
    }

    @Test func aBrokenFileIsOneClearError() {
        #expect(throws: ReviewFile.DecodeError.self) { try ReviewFile.decode(Data("{\"format\": \"nkreader review\", \"verdicts\": [".utf8)) }
        do {
            _ = try ReviewFile.decode(Data("{\"format\": \"something else\", \"version\": 1, \"verdicts\": []}".utf8))
            Issue.record("a file of another format was read")
        } catch {
            #expect("\(error)".contains("not an nkreader review file"))
        }
        do {
            _ = try ReviewFile.decode(Data("{\"format\": \"nkreader review\", \"version\": 1, \"verdicts\": [{\"id\": \"x\"}]}".utf8))
            Issue.record("an entry without anchors was read")
        } catch {
            #expect("\(error)".contains("missing 'measure'") || "\(error)".contains("missing"), "\(error)")
            #expect("\(error)".contains("verdicts"), "names where: \(error)")
        }
        #expect((try? ReviewFile.decode(Data("  \n".utf8))) == ReviewFile())
        // A misspelt state names where it is.
        var text = String(decoding: ReviewFile(entries: [entry("x", .checked)]).encoded(), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"checked\"", with: "\"chekced\"")
        do {
            _ = try ReviewFile.decode(Data(text.utf8))
            Issue.record("a misspelt state was read")
        } catch {
            #expect("\(error)".hasPrefix("unexpected value at .verdicts[0].state"), "\(error)")
        }
    }

    @Test func theSamePairMakesTheSameIDEitherWayRound() throws {
        let folder = try ArticleFolder(["a.txt": articleA, "b.txt": articleB])
        defer { folder.remove() }
        let (_, pairs, titles) = try folder.open()
        let pair = try #require(pairs.first)
        var swapped = pair
        (swapped.a, swapped.b) = (pair.b, pair.a)
        let one = ReviewEntry(pair: pair, titles: titles, state: .checked, note: "", updated: reviewTime)
        let two = ReviewEntry(pair: swapped, titles: titles, state: .checked, note: "", updated: reviewTime)
        #expect(one == two)
        #expect(one.a.article == "a" && one.a.title == "Troop Count Article A")
        #expect(one.updated == "2026-05-28T20:26:40.000Z")
    }
}
