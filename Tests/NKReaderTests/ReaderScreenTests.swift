import Testing
import NKCore
@testable import NKReader

/// Whole screens of the reader, rendered with no terminal.
struct ReaderScreenTests {
    @Test func opensOnTwoArticlesSideBySide() {
        let screen = reader().render()
        let lines = screen.lines
        #expect(lines[0].contains("Deploying NK Troops to Russia"))
        #expect(lines[0].contains("Practical Benefits Through Foreign Currency"))
        #expect(lines[1].contains("NVNK · B.J. Choi · 11 Feb 2025"))
        for y in 0..<38 { #expect(screen[59, y].text == "│", "divider on row \(y)") }
        #expect(lines[38].contains("4 contradictions in 2 measures"))
        #expect(lines[39].hasPrefix("n/N contradiction"))
        // Every quantity is lit; the year in the byline is not.
        let row = lines.firstIndex { $0.contains("as many as 10,000") } ?? -1
        #expect(row > 0)
        if row > 0 {
            let x = lines[row].range(of: "10,000").map { lines[row].distance(from: lines[row].startIndex, to: $0.lowerBound) } ?? 0
            #expect(screen[x, row].role == .conflict)
            #expect(screen[x - 4, row].role == .conflict)   // the hedge is part of the figure
        }
        let years = lines.firstIndex { $0.contains("11th Air Assault") } ?? -1
        if years > 0 {
            let x = lines[years].range(of: "11th").map { lines[years].distance(from: lines[years].startIndex, to: $0.lowerBound) } ?? 0
            #expect(screen[x, years].role == .text)
        }
    }

    @Test func everyContradictionInTurn() throws {
        var r = reader(width: 200, height: 40)
        var statuses: [String] = []
        for _ in 0..<seedCorpus.stops.count {
            r.press(.character("n"))
            let screen = r.render()
            statuses.append(screen.lines[38])
            // Both sides of the contradiction are on screen and marked.
            let left = (0..<36).contains { y in (1..<99).contains { screen[$0, y + 3].role == .current } }
            let right = (0..<36).contains { y in (101..<199).contains { screen[$0, y + 3].role == .current } }
            #expect(left && right, "both claims marked at stop \(statuses.count)")
        }
        #expect(statuses.enumerated().allSatisfy { $1.contains("\($0 + 1)/4 ") })
        #expect(statuses.contains { $0.contains("troops deployed: as many as 10,000 (Ukrainian media, Oct 2024) vs 12,000 (South Korea’s Defense Ministry, Oct 2024)") })
        #expect(statuses.contains { $0.contains("additional troops: 6,000 (Russia, Jun 2025) vs 25-30,000 (Ukraine, Jun 2025)") })
        r.press(.character("n"))
        #expect(r.render().lines[38].contains("1/4 "))
        r.press(.character("N"))
        #expect(r.render().lines[38].contains("4/4 "))
    }

    @Test func koreanTakesItsTrueWidth() throws {
        let korean = try #require(seedCorpus.articleIndex("002_7dff7329b4c065b9"))
        var r = reader(width: 80, height: 24)
        r.open(article: korean, in: 0)
        let screen = r.render()
        let line = try #require(screen.lines.firstIndex { $0.contains("2025년") })
        #expect(screen.lines[line].contains("2025년 12월 4일"))
        for y in 0..<22 {
            #expect(screen[39, y].text == "│", "divider fixed on row \(y)")
            #expect(columns(screen, row: y) == 80)
        }
        // Wide cells come in pairs: a lead and its continuation.
        let x = try #require((0..<80).first { screen[$0, line].text == "년" })
        #expect(screen[x, line].width == 2 && screen[x + 1, line].width == 0)
    }

    @Test func narrowTerminalShowsTheFocusedPane() {
        var r = reader(width: 60, height: 20)
        let first = r.render()
        #expect(!first.lines[0].contains("│"))
        #expect(first.lines[0].contains("Deploying NK Troops"))
        r.press(.tab)
        #expect(r.render().lines[0].contains("Practical Benefits"))
        r.press(.character("n"))
        #expect(r.render().lines[18].contains("1/4"))
    }

    @Test func tooSmall() {
        let r = reader(width: 39, height: 20)
        #expect(r.render().lines.contains { $0.contains("Terminal too small") })
        #expect(reader(width: 80, height: 9).render().lines.contains { $0.contains("Terminal too small") })
        #expect(reader(width: 1, height: 1).render().lines.count == 1)
        #expect(reader(width: 0, height: 0).render().lines.isEmpty)
    }

    @Test func helpOpensAndCloses() {
        var r = reader()
        r.press(.character("?"))
        let help = r.render().lines.joined(separator: "\n")
        #expect(help.contains("next / previous contradiction"))
        #expect(help.contains("search"))
        r.press(.escape)
        #expect(r.mode == .reading)
        #expect(!r.render().lines.joined().contains("next / previous contradiction"))
    }

    @Test func resizeReflowsAndKeepsTheClaimInView() throws {
        var r = reader()
        r.press(.character("n"), .character("n"), .character("n"))
        let before = try #require(r.stop)
        for (w, h) in [(90, 30), (200, 60), (60, 15), (120, 40)] {
            r.press(.resize(width: w, height: h))
            let screen = r.render()
            #expect(r.stop == before)
            #expect((0..<screen.height).contains { y in (0..<w).contains { screen[$0, y].role == .current } }, "claim visible at \(w)×\(h)")
            for y in 0..<screen.height { #expect(columns(screen, row: y) == w) }
        }
    }

    @Test func scrollingKeys() {
        var r = reader()
        r.press(.character("j"), .character("j"))
        #expect(r.panes[0].top == 2)
        r.press(.character("k"))
        #expect(r.panes[0].top == 1)
        r.press(.character("G"))
        let bottom = r.panes[0].top
        #expect(bottom > 0)
        r.press(.pageDown)
        #expect(r.panes[0].top == bottom)
        r.press(.character("g"))
        #expect(r.panes[0].top == 0)
        r.press(.character("]"))
        #expect(r.panes[0].article == 1)
        r.press(.character("["), .character("["))
        #expect(r.panes[0].article == seedCorpus.articles.count - 1)
        r.press(.tab, .character(" "))
        #expect(r.panes[1].top > 0 && r.panes[0].top == 0)
    }

    @Test func searchMovesBetweenMatches() {
        var r = reader()
        r.press(.character("/"))
        r.type("kursk")
        #expect(r.render().lines[39].hasPrefix("/kursk"))
        r.press(.enter)
        #expect(r.message?.hasPrefix("match 1/") == true)
        let total = r.search?.total ?? 0
        #expect(total >= 5)
        r.press(.character(">"))
        #expect(r.message?.hasPrefix("match 2/") == true)
        r.press(.character("<"))
        #expect(r.message?.hasPrefix("match 1/") == true)
        #expect(r.render().roles(row: 0).count == 120)
        r.press(.escape)
        #expect(r.search == nil)
        r.press(.character("/"))
        r.type("zzzz-not-there")
        r.press(.enter)
        #expect(r.message?.hasPrefix("Not found") == true)
        r.press(.character("/"), .character("x"), .escape)
        #expect(r.mode == .reading)
    }

    @Test func listsAndTimeline() throws {
        var r = reader()
        r.press(.character("o"), .down, .enter)
        #expect(r.panes[0].article == 1)
        r.press(.character("c"))
        let list = r.render().lines.joined(separator: "\n")
        #expect(list.contains("troops deployed — contradiction"))
        #expect(list.contains("Agreements"))
        r.press(.down, .down, .enter)
        #expect(r.stop == 2)
        r.press(.character("t"))
        let chart = r.render().lines.joined(separator: "\n")
        #expect(chart.contains("Timeline: troops deployed"))
        #expect(chart.contains("Oct 2024"))
        // Each row: date, bar, figure, who says it, outlet.
        let row = try #require(r.render().lines.first { $0.contains("12,000 ") && $0.contains("South Korea’s Defense") })
        #expect(row.contains("Oct 2024"))
        #expect(row.contains("NextShark"))
        r.press(.escape, .character("q"))
        #expect(r.quit)
    }

    /// A figure far below the chart's scale once trapped converting to a column.
    @Test func timelineOfHugeNegativeFiguresDraws() throws {
        var r = reader(corpus(["Report A\n\nOfficials said -1e20 troops were deployed to the front.",
                               "Report B\n\nOfficials said 5 troops were deployed to the front."]))
        r.press(.character("n"), .character("t"))
        let chart = r.render().lines.joined(separator: "\n")
        #expect(chart.contains("Timeline: troops deployed"))
        #expect(chart.contains("-100000000 trillion"))
    }

    @Test func clickingAFigureJumpsToItsContradiction() throws {
        var r = reader()
        // Find "6,000" on screen in the left pane after opening the HOOK article there.
        let hook = try #require(seedCorpus.articleIndex("003_d2edff3eb320cc46"))
        r.open(article: hook, in: 0)
        let screen = r.render()
        let y = try #require(screen.lines.firstIndex { $0.contains("6,000 more") })
        let x = try #require(screen.lines[y].range(of: "6,000").map { screen.lines[y].distance(from: screen.lines[y].startIndex, to: $0.lowerBound) })
        r.press(.mouse(x: x + 1, y: y, event: .click))
        #expect(r.stop.map { seedCorpus.stops[$0].a.figure.text } == "6,000")
        r.press(.mouse(x: 70, y: 10, event: .wheelDown))
        #expect(r.panes[1].top > 0)
    }
}

/// Untrusted articles: what reaches the screen is always printable and in its place.
struct HostileTextTests {
    @Test func controlCharactersBecomePlaceholders() {
        let evil = "Title line here for the test\n\u{1B}[31mred\u{1B}[0m bell\u{07} back\u{08}space car\u{0D}riage \u{202E}3 troops\u{202C} zero\u{200B}width e\u{301} 🇰🇷 👩‍👩‍👧 \u{FFFD}\ttab 12,000 troops"
        let r = reader(corpus([evil, "Other article with 5,000 troops"]))
        let screen = r.render()
        let all = screen.cells.map(\.text).joined()
        #expect(!all.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(!all.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) })
        #expect(all.contains("^[[31mred"))
        for y in 0..<screen.height {
            #expect(columns(screen, row: y) == 120)
            if y < 38 { #expect(screen[59, y].text == "│") }
        }
    }

    @Test func anyBytesAnySize() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let bytes = (0..<Int.random(in: 0..<3000, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let text = TextDecoding.decode(bytes).text
            var r = reader(corpus([text, text]), width: Int.random(in: 0...250, using: &rng), height: Int.random(in: 0...80, using: &rng))
            for key: Key in [.character("n"), .character("G"), .tab, .character("/"), .character("a"), .enter, .character(">"), .character("t"), .escape, .resize(width: 41, height: 10)] {
                r.press(key)
                let s = r.render()
                for y in 0..<s.height { #expect(columns(s, row: y) == s.width) }
            }
        }
    }

    @Test func emptyCorpusDoesNotCrash() {
        var r = reader(corpus([]))
        r.press(.character("n"), .character("]"), .character("o"), .enter, .character("t"), .character("c"), .enter)
        #expect(r.render().lines.joined().contains("No articles"))
    }
}

struct SearchMatchTests {
    @Test func binarySearchOverMatches() {
        let ms = [2..<4, 10..<12, 20..<25]
        #expect([0, 1, 4, 9, 12, 19, 25, 100].allSatisfy { !SearchResults.match(in: ms, containing: $0) })
        #expect([2, 3, 10, 11, 20, 24].allSatisfy { SearchResults.match(in: ms, containing: $0) })
        #expect(!SearchResults.match(in: [], containing: 0))
    }
}
