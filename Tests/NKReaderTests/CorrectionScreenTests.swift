import Foundation
import Testing
import NKCore
@testable import NKReader

/// Corrections in the reader (M measure, S source, D not a claim): whole screens, no terminal.
/// After `n` the current claim is the left side of the first contradiction: Russia's 6,000.
struct CorrectionScreenTests {
    @Test func dMarksTheCurrentFigureNotAClaimAndAgainRestoresIt() throws {
        var r = reviewing()
        r.press(.character("n"), .character("D"))
        var lines = r.render().lines
        #expect(lines[39].hasPrefix("6,000 is not a claim: no longer compared (D again restores it)."))
        #expect(lines[38].hasPrefix(" 3 contradictions in 1 measure"))
        #expect(!r.corpus.claims.contains { $0.figure.text == "6,000" && $0.sentence.hasPrefix("Russia says") })
        let change = try #require(r.unsavedCorrections.first)
        #expect(change.correction?.kind == .notAClaim && change.correction?.claim?.figure == "6,000")
        r.press(.character("D"))
        lines = r.render().lines
        #expect(lines[39].hasPrefix("6,000 is a claim again."))
        #expect(lines[38].hasPrefix(" 4 contradictions in"))
        #expect(r.review.corrections.isEmpty)
    }

    @Test func sTypesTheSourceOfTheCurrentClaimAtTheBottom() {
        var r = reviewing()
        r.press(.character("n"), .character("S"))
        #expect(r.render().lines[39].hasPrefix("Source of 6,000 (empty: as read): Russia "))
        for _ in 0..<6 { r.press(.backspace) }
        r.type("Kremlin")
        r.press(.enter)
        var lines = r.render().lines
        #expect(lines[38].hasPrefix(" 1/4 additional troops: 6,000 (Kremlin, Jun 2025) vs 25-30,000 (Ukraine, Jun 2025)"))
        #expect(lines[39].hasPrefix("Source of 6,000 is now Kremlin."))
        #expect(r.review.corrections.map(\.summary) == ["6,000: source → Kremlin"])
        // Emptied (Ctrl-U, as in a shell): the source as read, and the correction is taken back.
        r.press(.character("S"), .clearLine)
        #expect(r.render().lines[39].hasPrefix("Source of 6,000 (empty: as read):  "))
        r.press(.enter)
        lines = r.render().lines
        #expect(lines[38].hasPrefix(" 1/4 additional troops: 6,000 (Russia, Jun 2025)"))
        #expect(lines[39].hasPrefix("Source of 6,000 as read: Russia."))
        #expect(r.review.corrections.isEmpty)
        r.press(.character("S"), .escape)
        #expect(r.render().lines[39].hasPrefix("Source not changed."))
    }

    @Test func mPicksOrTypesTheMeasureOfTheCurrentClaim() throws {
        var r = reviewing()
        r.press(.character("n"), .character("M"))
        var lines = r.render().lines
        #expect(lines[1].contains("Measure of 6,000 alone — type · ↑↓ pick · Enter sets · Tab: every claim of its measure · Esc"))
        #expect(lines[2].hasPrefix(" │ > "))
        #expect(lines[3].contains("now: additional troops"))
        #expect(lines.contains { $0.contains("  troops deployed") })
        r.type("sent to rebuild")
        lines = r.render().lines
        #expect(lines[2].hasPrefix(" │ > sent to rebuild  "))
        #expect(lines[5].contains("  sent to rebuild  (new measure)"))
        r.press(.enter)
        lines = r.render().lines
        #expect(lines[39].hasPrefix("6,000 is now of 'sent to rebuild' (M again to change it)."))
        // Its two pairs are gone: 6,000 is compared with nothing else of its new measure.
        #expect(lines[38].hasPrefix(" 3 contradictions in 1 measure"))
        #expect(r.corpus.claims.contains { $0.figure.text == "6,000" && $0.measure == "sent to rebuild" })
        // Again: the measure as read is offered first, and takes the correction back.
        r.press(.character("M"))
        lines = r.render().lines
        #expect(lines[3].contains("now: sent to rebuild"))
        #expect(lines[5].contains("  additional troops  (as read: take the correction back)"))
        r.press(.enter)
        #expect(r.render().lines[39].hasPrefix("6,000 is of 'additional troops' again, as read."))
        #expect(r.review.corrections.isEmpty)
        #expect(r.render().lines[38].hasPrefix(" 4 contradictions in"))
    }

    @Test func aFewLettersPickAnExistingMeasureBeforeNamingANewOne() {
        var r = reviewing()
        r.press(.character("n"), .character("M"))
        r.type("troops dep")
        let lines = r.render().lines
        #expect(lines[5].contains("  troops deployed "))
        #expect(lines[6].contains("  part of troops deployed "))
        #expect(lines[7].contains("  troops dep  (new measure)"))
        r.press(.enter)
        #expect(r.render().lines[39].hasPrefix("6,000 is now of 'troops deployed' (M again to change it)."))
    }

    @Test func mThenTabMergesEveryClaimOfTheMeasureAndTheContradictionStaysCurrent() throws {
        var r = reviewing()
        r.press(.character("n"), .character("M"), .tab)
        #expect(r.render().lines[1].contains("Measure of every claim of 'additional troops' — type · ↑↓ pick · Enter sets · Tab: this claim alone · Esc"))
        r.type("extra troops")
        r.press(.enter)
        let lines = r.render().lines
        #expect(lines[39].hasPrefix("Every claim of 'additional troops' is now of 'extra troops'."))
        #expect(lines[38].hasPrefix(" 1/4 extra troops: 6,000 (Russia, Jun 2025) vs 25-30,000 (Ukraine, Jun 2025)"))
        let merge = try #require(r.review.corrections.first)
        #expect(merge.kind == .merge && merge.measure == "additional troops" && merge.into == "extra troops")
        // The merge can be taken back from the picker.
        r.press(.character("M"), .tab)
        #expect(r.render().lines.contains { $0.contains("take back: every 'additional troops' is 'extra troops'") })
        r.press(.down)
        while case .measure(let p) = r.mode, r.measureChoices(p).indices.contains(p.selected),
              case .existing = r.measureChoices(p)[p.selected] { r.press(.down) }
        r.press(.enter)
        #expect(r.render().lines[39].hasPrefix("Merge taken back: claims of 'additional troops' keep their own measure."))
        #expect(r.render().lines[38].hasPrefix(" 1/4 additional troops: 6,000"))
    }

    @Test func aCorrectionNeedsAClaimAndTabPicksTheOtherSide() {
        var r = reviewing()
        r.press(.character("D"))
        #expect(r.render().lines[39].hasPrefix("No claim selected: n goes to a contradiction (Tab picks its side), a click picks a figure."))
        r.press(.character("n"), .tab, .character("S"))
        #expect(r.render().lines[39].hasPrefix("Source of 25-30,000 (empty: as read): Ukraine "))
    }

    @Test func clickingAFigureMakesItTheCurrentClaim() throws {
        var r = reviewing()
        r.press(.character("n"))
        // Find 6,000 on screen in the left pane and click it.
        let lines = r.render().lines
        let row = try #require(lines.indices.first { lines[$0].contains("sending 6,000 more") })
        let x = try #require(column(of: "6,000 more", in: lines[row]))
        r.press(.tab, .mouse(x: x, y: row, event: .click))
        #expect(r.focus == 0)
        r.press(.character("D"))
        #expect(r.render().lines[39].hasPrefix("6,000 is not a claim"))
    }

    @Test func correctionsInTheReviewFileApplyAtStartAndOnesThatFindNothingAreListed() throws {
        let claim = try #require(seedCorpus.stops.first?.a)
        var gone = Correction.notAClaim(claim, title: nil, at: fixedClock())
        gone.claim?.figure = "7,777"
        gone.id = "gone"
        let file = ReviewFile(corrections: [.notAClaim(claim, title: nil, at: fixedClock()), gone])
        var r = reviewing(file)
        var lines = r.render().lines
        #expect(lines[38].hasPrefix(" 3 contradictions in 1 measure"))
        #expect(lines[38].contains("· 1 correction not found"))
        r.press(.character("c"))
        lines = r.render().lines
        #expect(lines.contains { $0.contains("1 correction(s) whose claims are not in these articles (kept in the review file)") })
        #expect(lines.contains { $0.contains("  7,777: not a claim") })
    }

    @Test func helpListsTheCorrectionKeys() {
        var r = reviewing()
        r.press(.character("?"))
        let lines = r.render().lines
        #expect(lines.contains { $0.contains("M                   measure of the current claim (in the m table and t chart: the selected row's): pick or type one;") })
        #expect(lines.contains { $0.contains("S                   source of the current claim (Ctrl-U clears; empty: as read)") })
        #expect(lines.contains { $0.contains("D                   the current figure is not a claim / is one again") })
    }
}
