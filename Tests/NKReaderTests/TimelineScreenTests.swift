import Testing
import NKCore
@testable import NKReader

/// The `t` chart: one measure's claims in date order, each with its outlet, lit as in the
/// article, one row selected and jumped to.
struct TimelineScreenTests {
    /// The reader on the first contradiction of `measure`, with the chart open.
    func chartOn(_ measure: String, width: Int = 120, height: Int = 40) throws -> ReaderState {
        var r = reader(width: width, height: height)
        let stop = try #require(seedCorpus.stops.firstIndex { $0.measure == measure })
        r.go(toStop: stop)
        r.press(.character("t"))
        return r
    }

    func chart(_ r: ReaderState) throws -> TimelineChart {
        try #require({ if case .timeline(let c) = r.mode { c } else { nil } }())
    }

    /// The screen row that shows `figure`'s label (the chart's rows only: below the axis).
    func row(_ figure: String, in screen: Screen) -> Int? {
        screen.lines.indices.dropFirst(3).first { screen.lines[$0].contains("  " + figure + " ") }
    }

    @Test func eachRowNamesItsOutletAndIsLitAsInTheArticle() throws {
        let r = try chartOn("troops deployed")
        let screen = r.render()
        // Five counts of the seeds and the part of them ("Among them, about 3,000") under training.
        #expect(screen.lines[1].contains("Timeline: troops deployed — 6 claims"))
        let hook = try #require(row("≈ 10,000–15,000", in: screen))
        #expect(screen.lines[hook].contains("HOOK (Editorji)"))
        #expect(screen.lines[hook].contains("Jun 2025"))
        #expect(try #require(row("12,000", in: screen)).description.isEmpty == false)
        #expect(screen.lines[try #require(row("12,000", in: screen))].contains("NextShark"))
        // HOOK's range agrees with Ukrainian media's "as many as 10,000": its bar is drawn in
        // the agreement's highlight, which keeps its look without colour.
        let bar = screen.roles(row: hook).enumerated().filter { screen[$0.offset, hook].text == "━" }.map(\.element)
        #expect(!bar.isEmpty && bar.allSatisfy { $0 == .agreement })
        #expect(Role.agreement.look(.monochrome).underline)
        // The two sides of the current contradiction are the current claim; NVNK's 11,000 is in
        // another contradiction.
        let nvnk = try #require(row("11,000", in: screen))
        let point = try #require((0..<screen.width).first { screen[$0, nvnk].text == "●" })
        #expect([Role.conflict, .current].contains(screen[point, nvnk].role))
        // The footer says what the colours mean, each drawn in its highlight.
        let footer = try #require(screen.lines.firstIndex { $0.contains("contradiction  ━━ agreement") })
        let agreementSample = try #require(column(of: "━━ agreement", in: screen.lines[footer]))
        #expect(screen[agreementSample, footer].role == .agreement)
    }

    /// Kyiv's 25,000-30,000 repeats Ukraine's 25-30,000 in the same article: listed, and said to be a repeat.
    @Test func aRepeatIsMarkedAgain() throws {
        var r = try chartOn("additional troops")
        var lines = r.render().lines
        #expect(lines.contains { $0.contains("25,000–30,000 (again)") && $0.contains("Kyiv") })
        #expect(lines.contains { $0.contains("25,000–30,000 ") && $0.contains("Ukraine") && !$0.contains("(again)") })
        r.press(.character("m"))
        lines = r.render().lines
        #expect(lines.contains { $0.contains("25,000-30,000 (again)") && $0.contains("Kyiv") })
    }

    @Test func rowsAreSelectedAndEnterJumpsToTheClaim() throws {
        var r = try chartOn("troops deployed")
        let claims = r.timelineClaims(try chart(r))
        // It opens on the current claim's row.
        let current = try #require(r.currentClaim())
        #expect(claims[try chart(r).selected] == current)
        r.press(.character("g"))
        #expect(try chart(r).selected == 0)
        var screen = r.render()
        let first = try #require(row(Bounds.describe(claims[0].figure), in: screen))
        #expect(screen[3, first].role == .selection)
        // Down to HOOK's range, in no contradiction: Enter shows it in the focused pane.
        let hook = try #require(claims.firstIndex { $0.figure.text == "about 10,000-15,000" })
        for _ in 0..<hook { r.press(.character("j")) }
        #expect(try chart(r).selected == hook)
        screen = r.render()
        #expect(screen[3, try #require(row("≈ 10,000–15,000", in: screen))].role == .selection)
        r.press(.enter)
        #expect(r.mode == .reading)
        #expect(r.stop == nil)
        #expect(r.currentClaim() == claims[hook])
        screen = r.render()
        #expect(screen.lines[39].hasPrefix("about 10,000-15,000: troops deployed — in no contradiction."))
        let marked = try #require(screen.lines.firstIndex { $0.contains("about 10,000-15,000") })
        let x = try #require(column(of: "about 10,000-15,000", in: screen.lines[marked]))
        #expect(screen[x, marked].role == .current)
        // A claim in a contradiction: Enter shows both sides, that claim current.
        r.press(.character("t"), .character("g"))
        let twelve = try #require(claims.firstIndex { $0.figure.text == "12,000" })
        for _ in 0..<twelve { r.press(.down) }
        r.press(.enter)
        let stop = try #require(r.stop)
        #expect(seedCorpus.stops[stop].has(claims[twelve]))
        #expect(r.currentClaim() == claims[twelve])
        // k stops at the top, G at the bottom; q closes.
        r.press(.character("t"), .character("k"), .character("k"), .character("k"), .character("k"), .character("k"), .character("k"))
        #expect(try chart(r).selected == 0)
        r.press(.character("G"))
        #expect(try chart(r).selected == claims.count - 1)
        r.press(.character("q"))
        #expect(r.mode == .reading)
    }

    /// A figure of no measure (Shoigu's 1,000 combat engineers) has no chart: t says so.
    @Test func aFigureOfNoMeasureHasNoChart() throws {
        var r = reader()
        let engineers = try #require(seedCorpus.claims.first { !$0.isComparable && $0.figure.text == "1,000" })
        r.open(article: try #require(seedCorpus.articleIndex(engineers.article)), in: 0)
        r.panes[0].mark = engineers.figure.start
        r.press(.character("t"))
        #expect(r.mode == .reading)
        #expect(r.render().lines[39].hasPrefix("1,000 has no measure to chart (M gives it one)."))
    }

    @Test func tFromTheListChartsTheSelectedLineAndEscGoesBack() throws {
        var r = reader()
        r.press(.character("c"))
        let deployed = try #require(r.listedItems().firstIndex { if case .stop(let i) = $0 { seedCorpus.stops[i].measure == "troops deployed" } else { false } })
        for _ in 0..<deployed { r.press(.character("j")) }
        r.press(.character("t"))
        #expect(r.render().lines[1].contains("Timeline: troops deployed"))
        // m turns the chart into the table of the same claims, and t back.
        r.press(.character("m"))
        #expect(r.render().lines[1].contains("Every claim of 'troops deployed'"))
        r.press(.character("t"))
        #expect(r.render().lines[1].contains("Timeline: troops deployed"))
        r.press(.escape)
        #expect(r.mode == .conflicts(selected: deployed))
    }

    @Test func aManyRowChartScrollsToKeepTheSelectionInView() throws {
        let texts = (0..<30).map { "Report \($0)\n\nOfficials said \(1000 + $0 * 10) troops were deployed to the front." }
        var r = reader(corpus(texts), width: 80, height: 14)
        r.press(.character("n"), .character("t"))
        let total = r.timelineClaims(try chart(r)).count
        #expect(total == 30)
        r.press(.character("G"))
        let screen = r.render()
        let selected = (0..<screen.height).filter { screen[3, $0].role == .selection }.map { screen.lines[$0] }
        #expect(selected.joined().contains("1,290"))
        #expect(screen.lines[1].contains("/30 "))
    }

    /// Below 112 columns each claim takes two rows: the bar, then who says what, whole.
    @Test func aNarrowChartPutsWhoSaysWhatUnderTheBar() throws {
        let r = try chartOn("additional troops", width: 60, height: 20)
        let lines = r.render().lines
        #expect(lines.contains { $0.contains("6,000 · Russia · HOOK (Editorji)") })
        #expect(lines.contains { $0.contains("25,000–30,000 (again) · Kyiv · HOOK (Editorji)") })
        // The legend and the keys each have a row.
        #expect(lines.contains { $0.contains("━━ contradiction  ━━ agreement") })
        #expect(lines.contains { $0.contains("│ j k move · Enter jump · M S D correct · m table · Esc") })
        // The scale's top is left out rather than drawn over the 0.
        let small = try chartOn("additional troops", width: 40, height: 10).render().lines
        #expect(!small.contains { $0.contains("030,000") })
    }

    /// At every size the chart stays inside the screen, and nothing traps.
    @Test(arguments: [(40, 10), (41, 11), (60, 12), (79, 24), (80, 24), (200, 60)])
    func drawsAtAnySize(width: Int, height: Int) throws {
        var r = try chartOn("troops deployed", width: width, height: height)
        for key in [Key.character("j"), .character("G"), .pageUp, .character("g")] {
            r.press(key)
            let screen = r.render()
            for y in 0..<screen.height { #expect(columns(screen, row: y) == width, "row \(y) at \(width)×\(height)") }
        }
        // The resize below the minimum and back keeps the chart.
        r.press(.resize(width: 1, height: 1), .resize(width: width, height: height))
        #expect(try chart(r).measure == "troops deployed")
    }
}

/// The `c` list: opened at the current contradiction; agreements can be selected too.
struct ConflictListScreenTests {
    @Test func opensAtTheCurrentContradiction() throws {
        var r = reader()
        r.press(.character("n"), .character("n"), .character("c"))
        #expect(r.mode == .conflicts(selected: 1))
        let screen = r.render()
        let selected = try #require((0..<screen.height).first { screen[10, $0].role == .selection })
        let pair = seedCorpus.stops[1]
        #expect(screen.lines[selected].contains(ClaimLabel.short(pair.a) + "  vs  " + ClaimLabel.short(pair.b)))
    }

    /// A pair whose sources are long keeps its second side in the box: the sources are cut.
    @Test func longLinesKeepBothSides() throws {
        var r = reader(width: 120, height: 40)
        r.press(.character("c"))
        let lines = r.render().lines
        let nis = lines.filter { $0.contains("11,000 (South Kor") }
        #expect(nis.count == 2)
        for line in nis {
            #expect(line.contains("11 Feb 2025)  vs  "))
            #expect(line.contains(", Oct 2024)"))
            #expect(line.contains("…"))
        }
    }

    /// Too narrow for a pair on one row: its second side goes on the next, selected with it.
    @Test func aNarrowListPutsTheSecondSideOnItsOwnRow() throws {
        var r = reader(width: 50, height: 20)
        r.press(.character("c"))
        var screen = r.render()
        let first = try #require(screen.lines.firstIndex { $0.contains("[ ] 6,000 (Russia, Jun 2025)  vs") })
        #expect(screen.lines[first + 1].contains("25-30,000 (Ukraine, Jun 2025)"))
        #expect(screen[6, first].role == .selection && screen[10, first + 1].role == .selection)
        // Agreements: the measure, then a row per claim; both sides' dates are on screen.
        r.press(.character("G"))
        screen = r.render()
        // The last agreement of the seeds: the two parts of those sent ("about 3,000", "an
        // estimated 3,000"), each with its source and date.
        let agreement = try #require(screen.lines.lastIndex { $0.contains("troops deployed:") })
        #expect(screen[6, agreement].role == .selection)
        #expect(screen.lines[agreement + 1].contains("about 3,000 (Ukrainian media, Oct 2024)"))
        #expect(screen.lines[agreement + 2].contains("an estimated 3,000 (no source, Oct 2024)"))
        #expect(screen[8, agreement + 2].role == .selection)
        for y in 0..<screen.height { #expect(columns(screen, row: y) == 50) }
    }

    @Test func anAgreementIsSelectedAndEnterShowsItsClaims() throws {
        var r = reader()
        r.press(.character("c"), .character("G"))
        let agreement = try #require(seedCorpus.result.agreements.last)
        var screen = r.render()
        let selected = try #require((0..<screen.height).first { screen[10, $0].role == .selection })
        #expect(screen.lines[selected].contains("\(agreement.measure): " + agreement.claims.map(ClaimLabel.short).joined(separator: ", ")))
        // A verdict is for contradictions.
        r.press(.character("x"))
        #expect(r.render().lines[39].hasPrefix("An agreement takes no verdict"))
        #expect(r.review.counts[.checked] == nil)
        // M S D act on one claim, which the list's line is not.
        r.press(.character("D"))
        #expect(r.render().lines[39].hasPrefix("M S D correct one claim: m lists this line's claims"))
        #expect(r.review.corrections.isEmpty)
        r.press(.enter)
        #expect(r.mode == .reading)
        #expect(r.stop == nil)
        screen = r.render()
        #expect(screen.lines[39].hasPrefix("Agreement on \(agreement.measure): "))
        // Both claims are on screen, each marked in its pane.
        for (p, claim) in agreement.claims.prefix(2).enumerated() {
            #expect(r.panes[p].article == seedCorpus.articleIndex(claim.article))
            #expect(r.panes[p].mark == claim.figure.start)
            let lo = p == 0 ? 1 : 61, hi = p == 0 ? 59 : 119
            #expect((3..<38).contains { y in (lo..<hi).contains { screen[$0, y].role == .current } })
        }
        // m on an agreement lists its measure.
        r.press(.character("c"), .character("G"), .character("m"))
        #expect(r.render().lines[1].contains("Every claim of '\(agreement.measure)'"))
    }
}

/// M S D on the selected row of the `m` table and the `t` chart.
struct CorrectionsFromListsTests {
    func tableOn(_ measure: String) throws -> ReaderState {
        var r = ReaderState(corpus: seedCorpus, width: 120, height: 40, clock: fixedClock)
        let stop = try #require(seedCorpus.stops.firstIndex { $0.measure == measure })
        r.go(toStop: stop)
        r.press(.character("m"))
        return r
    }

    func table(_ r: ReaderState) throws -> MeasureTable {
        try #require({ if case .measureTable(let t) = r.mode { t } else { nil } }())
    }

    @Test func sSetsTheSourceOfTheSelectedRowAndComesBackToTheTable() throws {
        var r = try tableOn("troops deployed")
        r.press(.character("g"))
        let claim = r.measureTableClaims(try table(r))[0]
        r.press(.character("S"), .clearLine)
        // The table stays in sight while the source is typed at the bottom.
        #expect(r.render().lines[1].contains("Every claim of 'troops deployed'"))
        #expect(r.render().lines[39].hasPrefix("Source of \(claim.figure.text) (empty: as read): "))
        r.type("Kyiv Post")
        r.press(.enter)
        #expect(try table(r).selected == 0)
        let screen = r.render()
        let row = try #require(screen.lines.first { $0.contains("│ " + claim.figure.text + " ") })
        #expect(row.contains("Kyiv Post"))
        #expect(screen.lines[39].hasPrefix("Source of \(claim.figure.text) is now Kyiv Post."))
        #expect(r.review.corrections.contains { $0.kind == .source && $0.source == "Kyiv Post" })
    }

    @Test func dTakesTheSelectedRowOutOfTheMeasure() throws {
        var r = try tableOn("troops deployed")
        let before = r.measureTableClaims(try table(r))
        r.press(.character("G"))
        let last = try #require(before.last)
        r.press(.character("D"))
        let after = r.measureTableClaims(try table(r))
        #expect(after.count == before.count - 1)
        #expect(!after.contains(last))
        #expect(try table(r).selected == after.count - 1)
        #expect(r.render().lines[39].hasPrefix("\(Sanitizer.oneLine(last.figure.text)) is not a claim"))
    }

    @Test func mReassignsTheSelectedRowAndEscCancelsBackToTheTable() throws {
        var r = try tableOn("troops deployed")
        r.press(.character("g"))
        let claim = r.measureTableClaims(try table(r))[0]
        r.press(.character("M"))
        #expect(r.render().lines[1].contains("Measure of \(Sanitizer.oneLine(claim.figure.text)) alone"))
        r.press(.escape)
        #expect(r.render().lines[1].contains("Every claim of 'troops deployed'"))
        #expect(r.render().lines[39].hasPrefix("Measure not changed."))
        r.press(.character("M"))
        r.type("troops pledged")
        r.press(.enter)
        #expect(try table(r).measure == "troops deployed")
        #expect(!r.measureTableClaims(try table(r)).contains { ClaimRef($0) == ClaimRef(claim) })
        #expect(r.corpus.claims.first { ClaimRef($0) == ClaimRef(claim) }?.measure == "troops pledged")
    }

    @Test func aMergeFromTheTableShowsTheMeasureMergedInto() throws {
        var r = try tableOn("additional troops")
        r.press(.character("M"), .tab)
        r.type("reinforcements")
        r.press(.enter)
        let merged = try table(r)
        #expect(merged.measure == "reinforcements")
        #expect(r.measureTableClaims(merged).count >= 2)
    }

    @Test func correctionsFromTheChartComeBackToIt() throws {
        var r = try tableOn("troops deployed")
        r.press(.character("t"), .character("g"), .character("S"), .clearLine)
        r.type("Seoul")
        r.press(.enter)
        guard case .timeline(let chart) = r.mode else { Issue.record("not back to the chart: \(r.mode)"); return }
        #expect(chart.selected == 0)
        #expect(r.render().lines.contains { $0.contains("Seoul") })
    }
}
