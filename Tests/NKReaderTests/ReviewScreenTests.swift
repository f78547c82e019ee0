import Foundation
import Testing
import NKCore
@testable import NKReader

let fixedClock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_780_000_000) }

func reviewing(_ file: ReviewFile = ReviewFile(), width: Int = 200, height: Int = 40) -> ReaderState {
    ReaderState(corpus: seedCorpus, width: width, height: height, review: file, clock: fixedClock)
}

/// Column of the first occurrence of `text` in a screen row, counted in cells.
func column(of text: String, in line: String) -> Int? {
    line.range(of: text).map { line.distance(from: line.startIndex, to: $0.lowerBound) }
}

/// A review file with verdicts given on the seeds' contradictions.
func seedReview(_ verdicts: [Int: (ReviewState, String)]) -> ReviewFile {
    var session = ReviewSession(pairs: seedCorpus.stops, titles: seedCorpus.titles)
    for (pair, (state, note)) in verdicts {
        session.set(state, pair: pair, now: fixedClock())
        if !note.isEmpty { session.setNote(note, pair: pair, now: fixedClock()) }
    }
    return session.file
}

/// Verdicts and notes in the reader: whole screens, no terminal.
struct ReviewScreenTests {
    @Test func xMarksTheCurrentContradictionCheckedAndAgainTakesItBack() throws {
        var r = reviewing()
        r.press(.character("n"), .character("x"))
        var lines = r.render().lines
        #expect(lines[38].hasPrefix(" 1/4 [✓] checked · additional troops: 6,000 (Russia, Jun 2025) vs 25-30,000 (Ukraine, Jun 2025)"))
        #expect(lines[39].hasPrefix("Marked checked."))
        let saved = try #require(r.unsavedReviewEntries.first)
        #expect(r.unsavedReviewEntries.count == 1)
        #expect(saved.state == .checked && Set([saved.a.figure, saved.b.figure]) == ["6,000", "25-30,000"])
        #expect(saved.a.sentence.hasPrefix("Russia says North Korea will be sending 6,000 more soldiers"))
        r.press(.character("x"))
        lines = r.render().lines
        #expect(lines[38].hasPrefix(" 1/4 additional troops:"))
        #expect(lines[39].hasPrefix("Verdict taken back: unreviewed."))
    }

    @Test func aVerdictNeedsAContradiction() {
        var r = reviewing()
        r.press(.character("x"))
        #expect(r.render().lines[39].hasPrefix("No contradiction selected: n goes to one, c lists them."))
        #expect(r.unsavedReviewEntries.isEmpty)
    }

    @Test func aNoteIsTypedAtTheBottomEscCancelsEnterSaves() {
        var r = reviewing()
        r.press(.character("n"), .character("a"))
        r.type("Kyiv counts builderz")
        r.press(.backspace)
        r.type("s")
        var lines = r.render().lines
        #expect(lines[39].hasPrefix("Note on 6,000 vs 25-30,000: Kyiv counts builders "))
        #expect(lines[39].hasSuffix("Enter saves · Esc cancels"))
        r.press(.escape)
        #expect(r.render().lines[39].hasPrefix("Note not changed."))
        #expect(r.review.note(ofPair: 0) == "")
        r.press(.character("a"))
        r.type("counts builders")
        r.press(.home)
        r.type("Kyiv ")
        r.press(.enter)
        #expect(r.review.note(ofPair: 0) == "Kyiv counts builders")
        #expect(r.render().lines[39].hasPrefix("Note saved."))
        r.press(.character("j"))
        lines = r.render().lines
        #expect(lines[38].hasPrefix(" 1/4 ✎ additional troops:"))
        #expect(lines[39].hasPrefix("Note: Kyiv counts builders"))
        #expect(lines[39].hasSuffix("? help  q quit"))
        // The note is prefilled when edited again.
        r.press(.character("a"))
        #expect(r.render().lines[39].hasPrefix("Note on 6,000 vs 25-30,000: Kyiv counts builders "))
    }

    @Test func aFalseAlarmIsNoLongerLitOrVisited() throws {
        var r = reviewing()
        r.press(.character("n"), .character("F"))
        #expect(r.render().lines[38].hasPrefix(" 1/4 [✗] false alarm · additional troops"))
        // Kyiv's 25,000-30,000 repeats the side just dismissed: it is no longer flagged either.
        let screen = r.render()
        let row = try #require(screen.lines.firstIndex { $0.contains("additional 25,000-30,000") })
        let x = try #require(column(of: "25,000-30,000", in: screen.lines[row]))
        #expect(screen[x, row].role == .figure)
        r.press(.character("n"))
        #expect(r.render().lines[38].hasPrefix(" 2/4 troops deployed"))
        // N skips the false alarm: from 2 it wraps to 4.
        r.press(.character("N"))
        #expect(r.render().lines[38].hasPrefix(" 4/4 "))
        // The `all` filter visits it again.
        for _ in 0..<5 { r.press(.character("&")) }
        #expect(r.filter == .all)
        r.press(.character("n"))
        #expect(r.render().lines[38].hasPrefix(" 1/4 [✗] false alarm"))
        #expect(r.render().lines[38].contains("· filter: all"))
    }

    @Test func theFirstNGoesToTheFirstUnreviewed() {
        var r = reviewing(seedReview([0: (.checked, ""), 1: (.followUp, "call Kyiv")]))
        let opening = r.render().lines[38]
        #expect(opening.hasPrefix(" 4 contradictions in 2 measures (1 checked, 1 follow up) — n for the first"))
        r.press(.character("n"))
        #expect(r.render().lines[38].hasPrefix(" 3/4 troops deployed (possible update):"))
        r.press(.character("N"), .character("N"))
        #expect(r.render().lines[38].hasPrefix(" 1/4 [✓] checked · additional troops"))
        r.press(.character("n"))
        let lines = r.render().lines
        #expect(lines[38].hasPrefix(" 2/4 [!] follow up · ✎ troops deployed"))
        #expect(lines[39].hasPrefix("Note: call Kyiv"))
    }

    @Test func theListPutsUnreviewedFirstAndActsOnTheSelectedLine() throws {
        var r = reviewing(seedReview([1: (.followUp, "call Kyiv"), 3: (.falseAlarm, "")]))
        r.press(.character("c"))
        var lines = r.render().lines
        #expect(lines[1].contains("Contradictions: open (no false alarms) — Enter jumps · x F ! verdict · a note · & filter"))
        let body = lines.map { $0.trimmingCharacters(in: .whitespaces) }
        let toReview = try #require(body.firstIndex { $0.hasPrefix("│ To review") })
        let followUp = try #require(body.firstIndex { $0.hasPrefix("│ Follow up") })
        #expect(toReview < followUp)
        #expect(lines[toReview + 2].contains("[ ] 6,000 (Russia, Jun 2025)  vs  25-30,000 (Ukraine, Jun 2025)"))
        #expect(r.render().roles(row: toReview + 2)[10] == .selection)
        #expect(lines[followUp + 2].contains("[!] as many as 10,000 (Ukrainian media, Oct 2024)  vs  12,000 (South Korea’s Defense Ministry, Oct 2024)  ✎ call Kyiv"))
        #expect(body.contains { $0.hasPrefix("│ 1 hidden by the filter") })
        #expect(!body.contains { $0.contains("False alarms") })
        // x on the selected line checks it; it moves to its section.
        r.press(.character("x"))
        lines = r.render().lines
        let checked = try #require(lines.firstIndex { $0.contains("│ Checked") })
        #expect(lines[checked + 2].contains("[✓] 6,000 (Russia, Jun 2025)  vs  25-30,000 (Ukraine, Jun 2025)"))
        #expect(r.review.state(ofPair: 0) == .checked)
        // Tab cycles the filter: unreviewed only.
        r.press(.tab)
        lines = r.render().lines
        #expect(lines[1].contains("Contradictions: unreviewed —"))
        #expect(!lines.contains { $0.contains("[✓]") || $0.contains("[!]") })
        #expect(lines.contains { $0.contains("│ 3 hidden by the filter") })
        // Enter jumps to the selected one.
        r.press(.enter)
        #expect(r.render().lines[38].hasPrefix(" 3/4 "))
    }

    @Test func aSaveThatFailsStaysOnTheStatusLineAndQuitAsksTwice() {
        var r = reviewing()
        r.press(.character("n"), .character("!"))
        r.reviewSaveFailed("/ro/nkreader-review.json: Read-only file system")
        var lines = r.render().lines
        #expect(lines[38].hasPrefix(" ⚠ NOT SAVED — 1/4 [!] follow up"))
        #expect(lines[39].hasPrefix("Not saved: /ro/nkreader-review.json: Read-only file system"))
        // Both stay after other keys, until a save succeeds.
        r.press(.character("j"))
        lines = r.render().lines
        #expect(lines[38].hasPrefix(" ⚠ NOT SAVED —"))
        #expect(lines[39].hasPrefix("Not saved: /ro/nkreader-review.json: Read-only file system"))
        r.press(.character("q"))
        #expect(!r.quit)
        #expect(r.render().lines[39].hasPrefix("Verdicts not saved — q again quits and prints them on stderr (/ro/nkreader-review.json: Read-only file system)"))
        #expect(r.unsavedReviewEntries.count == 1)
        r.press(.character("q"))
        #expect(r.quit)
    }

    @Test func aSuccessfulSaveClearsTheProblem() {
        var r = reviewing()
        r.press(.character("n"), .character("x"))
        r.reviewSaveFailed("disk full")
        let written = ReviewFile().merging(r.unsavedReviewEntries)
        r.reviewSaved(written)
        r.press(.character("j"))
        #expect(r.unsavedReviewEntries.isEmpty)
        #expect(r.render().lines[38].hasPrefix(" 1/4 [✓] checked"))
        #expect(r.render().lines[39].hasPrefix("n/N contradiction"))
        r.press(.character("q"))
        #expect(r.quit)
    }

    @Test func verdictsWhoseClaimsAreGoneAreCountedAndListed() {
        let lost = ReviewEntry(id: "gone", measure: "troops deployed",
                               a: ClaimAnchor(article: "x", title: nil, figure: "7,777", sentence: "Gone.", offset: 1),
                               b: ClaimAnchor(article: "y", title: nil, figure: "8,888", sentence: "Also gone.", offset: 2),
                               state: .checked, note: "old note", updated: "2026-01-01T00:00:00.000Z")
        var r = reviewing(ReviewFile(entries: [lost]))
        #expect(r.render().lines[38].contains("— n for the first · 1 verdict not found"))
        r.press(.character("c"))
        let lines = r.render().lines
        #expect(lines.contains { $0.contains("1 verdict(s) whose claims are not in these articles (kept in the review file)") })
        #expect(lines.contains { $0.contains("[✓] troops deployed: 7,777 vs 8,888  ✎ old note") })
    }

    @Test func helpListsTheReviewKeys() {
        var r = reviewing()
        r.press(.character("?"))
        let text = r.render().lines.joined(separator: "\n")
        #expect(text.contains("x  F  !             mark the contradiction checked / false alarm / follow up (again: take it back); an agreement takes none"))
        #expect(text.contains("a                   write a note on the contradiction (Enter saves, Esc cancels)"))
        #expect(text.contains("&                   filter n/N and the list"))
        #expect(text.contains("e                   write the report"))
    }

    @Test func eAsksTheFrontEndForTheReport() {
        var r = reviewing()
        let before = r.takeReportRequest()
        r.press(.character("e"))
        let asked = r.takeReportRequest()
        let again = r.takeReportRequest()
        #expect(!before && asked && !again)
        r.show("Report written to /tmp/nkreader-report.md and .html")
        #expect(r.render().lines[39].hasPrefix("Report written to /tmp/nkreader-report.md"))
    }

    @Test func aClickedFigureCanBeMarked() throws {
        var r = reviewing()
        let screen = r.render()
        // The first figure lit as a contradiction on screen.
        let cell = try #require((3..<38).lazy.flatMap { y in (0..<200).lazy.map { (x: $0, y: y) } }.first { screen[$0.x, $0.y].role == .conflict })
        r.press(.mouse(x: cell.x, y: cell.y, event: .click))
        r.press(.character("!"))
        let status = r.render().lines[38]
        #expect(status.contains("[!] follow up · "))
        let pair = try #require(r.stop)
        #expect(r.review.state(ofPair: pair) == .followUp)
        #expect(r.unsavedReviewEntries.count == 1)
    }
}

/// vim's ]c and [c: next and previous contradiction; ] and [ alone still change the article.
struct BracketKeyTests {
    @Test func bracketCJumpsLikeN() {
        var r = reviewing()
        let before = r.panes
        r.press(.character("]"))
        #expect(r.panes[0].article != before[0].article)
        r.press(.character("c"))
        #expect(r.mode == .reading)
        #expect(r.render().lines[38].hasPrefix(" 1/4 additional troops"))
        r.press(.character("]"), .character("c"))
        #expect(r.render().lines[38].hasPrefix(" 2/4 "))
        r.press(.character("["), .character("c"))
        #expect(r.render().lines[38].hasPrefix(" 1/4 "))
        // ] then another key: the article change stands and the key does its own work.
        let article = r.panes[0].article
        r.press(.character("]"), .character("j"))
        #expect(r.panes[0].article == (article + 1) % seedCorpus.articles.count)
        r.press(.character("c"))
        #expect(r.mode == .conflicts(selected: 0))
    }
}

extension BracketKeyTests {
    @Test func helpNamesTheAliases() {
        var r = reviewing()
        r.press(.character("?"))
        #expect(r.render().lines.contains { $0.contains("n / N  ]c [c        next / previous contradiction") })
    }
}

extension ReviewScreenTests {
    /// A note typed from the list: the list stays in sight and the prompt names the pair.
    @Test func aNoteFromTheListKeepsTheListAndNamesThePair() {
        var r = reviewing()
        r.press(.character("c"), .character("j"), .character("a"))
        let lines = r.render().lines
        #expect(lines[39].hasPrefix("Note on as many as 10,000 vs 12,000: "))
        #expect(lines[1].contains("Contradictions: open"))
        r.type("checked with Kyiv")
        r.press(.enter)
        #expect(r.mode == .conflicts(selected: 1))
        #expect(r.review.note(ofPair: 1) == "checked with Kyiv")
    }

    /// ? and q stay on the hint row however narrow the terminal.
    @Test func theHintKeepsHelpAndQuit() {
        for width in [80, 100, 120] {
            let line = reviewing(width: width).render().lines[39]
            #expect(line.hasSuffix("? help  q quit"), "at \(width): \(line)")
            #expect(line.hasPrefix("n/N contradiction  x/F/! verdict"))
        }
    }

    /// An empty note on a pair never reviewed records nothing.
    @Test func anEmptyNoteOnAFreshPairRecordsNothing() {
        var r = reviewing()
        r.press(.character("n"), .character("a"), .enter)
        #expect(r.unsavedReviewEntries.isEmpty)
    }
}

extension ReviewScreenTests {
    /// The first q's warning stays when the save it retried fails again.
    @Test func theQuitWarningSurvivesAFailedRetry() {
        var r = reviewing()
        r.press(.character("n"), .character("x"))
        r.reviewSaveFailed("disk full")
        r.press(.character("q"))
        r.reviewSaveFailed("disk full")
        #expect(r.render().lines[39].hasPrefix("Verdicts not saved — q again quits and prints them on stderr (disk full)"))
        #expect(!r.quit)
    }

    @Test func helpSaysWhereVerdictsGo() {
        var r = ReaderState(corpus: seedCorpus, width: 200, height: 40, reviewPath: "/data/nkreader/seeds-review.json", clock: fixedClock)
        r.press(.character("?"))
        #expect(r.render().lines.contains { $0.contains("Verdicts and notes are saved at once in /data/nkreader/seeds-review.json;") })
    }
}

extension ReviewScreenTests {
    /// Re-reading the file shows another reader's verdicts and keeps this one's unsaved ones.
    @Test func reloadingShowsOtherVerdictsAndKeepsUnsavedOnes() {
        var r = reviewing()
        r.press(.character("n"), .character("x"))
        r.reviewReloaded(seedReview([3: (.followUp, "from the other reader")]))
        #expect(r.review.state(ofPair: 0) == .checked)
        #expect(r.review.state(ofPair: 3) == .followUp)
        #expect(r.unsavedReviewEntries.count == 1)
        r.press(.character("N"))
        #expect(r.render().lines[38].hasPrefix(" 4/4 [!] follow up · ✎"))
        r.press(.character("N"))
        #expect(r.render().lines[38].hasPrefix(" 3/4 "))
    }
}

extension ReviewScreenTests {
    /// A verdict given when Kyiv's 25,000-30,000 was a side of its own (before repeats were one
    /// side) finds the contradiction that side now belongs to; it is not lost.
    @Test func aVerdictOnARepeatFindsItsSide() throws {
        var old = try #require(seedCorpus.stops.first)
        let kyiv = try #require(old.bRepeats.first)
        #expect(kyiv.figure.text == "25,000-30,000")
        old.b = kyiv
        old.bRepeats = []
        var session = ReviewSession(pairs: [old], titles: seedCorpus.titles)
        session.set(.checked, pair: 0, now: fixedClock())
        let r = reviewing(session.file)
        #expect(r.review.state(ofPair: 0) == .checked)
        #expect(r.review.unmatched.isEmpty)
        #expect(r.render().lines[38].hasPrefix(" 4 contradictions in 2 measures (1 checked)"))
    }

    /// Clicking the repeat goes to the contradiction of the side it repeats, marking the repeat.
    @Test func clickingARepeatGoesToItsSide() throws {
        var r = reviewing()
        let hook = try #require(seedCorpus.articleIndex("003_d2edff3eb320cc46"))
        r.open(article: hook, in: 1)
        var screen = r.render()
        let row = try #require(screen.lines.firstIndex { $0.contains("additional 25,000-30,000") })
        let x = try #require(column(of: "25,000-30,000", in: screen.lines[row]))
        // Lit as a contradiction, as the side it repeats.
        #expect(screen[x, row].role == .conflict)
        r.press(.mouse(x: x, y: row, event: .click))
        #expect(r.stop == 0)
        #expect(r.focus == 1)
        screen = r.render()
        #expect(screen.lines[38].hasPrefix(" 1/4 additional troops: 6,000 (Russia, Jun 2025) vs 25-30,000 (Ukraine, Jun 2025)"))
        let marked = try #require(screen.lines.firstIndex { $0.contains("additional 25,000-30,000") })
        #expect(screen[try #require(column(of: "25,000-30,000", in: screen.lines[marked])), marked].role == .current)
    }
}

extension ReviewScreenTests {
    /// Verdicts and notes judge contradictions: on an agreement line the list's title offers
    /// only what an agreement has, x F ! a say why they do nothing, and nothing is written.
    @Test func anAgreementLineOffersNoVerdictOrNote() throws {
        var r = reviewing()
        r.press(.character("c"))
        var screen = r.render()
        #expect(screen.lines[1].contains("x F ! verdict · a note"))
        r.press(.character("G"))
        screen = r.render()
        #expect(!screen.lines[1].contains("verdict ·") && !screen.lines[1].contains("a note"))
        #expect(screen.lines[1].contains("Enter shows it · & filter · m table · t chart · Esc — an agreement takes no verdict or note"))
        for key in ["a", "x", "F", "!"] {
            r.press(.character(Character(key)))
            #expect(r.mode == .conflicts(selected: r.listedItems().count - 1), "\(key) stays in the list")
            #expect(r.render().lines[39].hasPrefix("An agreement takes no verdict or note: x F ! a judge a contradiction"))
        }
        #expect(r.unsavedReviewEntries.isEmpty)
        // Back up on a contradiction, the keys are offered and work again.
        r.press(.character("g"), .character("a"))
        guard case .note = r.mode else { Issue.record("a opens the note editor on a contradiction, not \(r.mode)"); return }
    }
}

extension ReviewScreenTests {
    /// & in the list keeps the selected contradiction when the new filter lists it, else goes
    /// to the first line: never to whatever line now has the old row number (an agreement).
    @Test func theFilterKeepsTheSelectedLineOrGoesToTheFirst() throws {
        var r = reviewing(seedReview([0: (.checked, ""), 1: (.followUp, "call Kyiv")]))
        r.press(.character("c"))
        // Open: two unreviewed, then follow up, then checked, then the agreements.
        #expect(r.listedItems().prefix(4) == [.stop(2), .stop(3), .stop(1), .stop(0)])
        // The second unreviewed line is still listed by "unreviewed": still selected.
        r.press(.character("j"), .character("&"))
        #expect(r.filter == .unreviewed)
        #expect(r.mode == .conflicts(selected: 1) && r.listedItem(1) == .stop(3))
        // "follow up" does not list it: the first line, the follow up, is selected.
        r.press(.character("&"))
        #expect(r.filter == .followUp)
        #expect(r.mode == .conflicts(selected: 0) && r.listedItem(0) == .stop(1))
        #expect(r.render().lines[1].contains("x F ! verdict · a note"))
        // "checked" does not list it either: its first line, the checked one.
        r.press(.character("&"))
        #expect(r.filter == .checked)
        #expect(r.mode == .conflicts(selected: 0) && r.listedItem(0) == .stop(0))
        // An agreement stays selected through every filter.
        r.press(.character("G"))
        let agreement = try #require(r.listedItems().last)
        r.press(.character("&"))
        #expect(r.filter == .falseAlarm)
        guard case .conflicts(let after) = r.mode else { Issue.record("still in the list"); return }
        #expect(r.listedItem(after) == agreement)
    }
}
