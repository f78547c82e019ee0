import Testing
import NKCore
@testable import NKReader

/// The `m` table: every claim of a measure, sortable, jumped from.
struct MeasureTableScreenTests {
    /// The reader on the contradiction of `measure`, with the table open.
    func tableOn(_ measure: String, width: Int = 120, height: Int = 40) throws -> ReaderState {
        var r = reader(width: width, height: height)
        let stop = try #require(seedCorpus.stops.firstIndex { $0.measure == measure })
        r.go(toStop: stop)
        r.press(.character("m"))
        return r
    }

    /// The table's rows on screen: the lines between its header and its footer.
    func rows(_ screen: Screen) -> [String] {
        let lines = screen.lines
        guard let header = lines.firstIndex(where: { $0.contains("│ figure ") }),
              let footer = lines.firstIndex(where: { $0.contains("sort:") }) else { return [] }
        return lines[(header + 1)..<footer].map { String($0.dropFirst(3).dropLast(3)).trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    @Test func listsEveryClaimOfTheMeasureWithWhoWhereWhenAndVerdict() throws {
        var r = try tableOn("troops deployed")
        let claims = r.measureTableClaims(try #require({ if case .measureTable(let t) = r.mode { t } else { nil } }()))
        let screen = r.render()
        let lines = screen.lines
        #expect(lines[1].contains("Every claim of 'troops deployed' — \(claims.count) claims"))
        let header = try #require(lines.firstIndex { $0.contains("who says it") })
        for column in ["figure", "who says it", "outlet", "date", "verdict"] { #expect(lines[header].contains(column)) }
        let shown = rows(screen)
        #expect(shown.count == claims.count)
        let ukraine = try #require(shown.first { $0.hasPrefix("as many as 10,000") })
        for cell in ["Ukrainian media", "The Asia Business Daily", "Oct 2024", "to review"] { #expect(ukraine.contains(cell)) }
        #expect(shown.contains { $0.contains("HOOK (Editorji)") && $0.contains("Jun 2025") && $0.hasSuffix("agrees") })
        // No file id where an outlet is known.
        #expect(!lines.joined().contains("001_390d43d41a65c7c3"))
        #expect(lines.contains { $0.contains("sort: [d date ↑]  v value  s source") })
        // A verdict given shows in the table.
        r.press(.escape, .character("x"), .character("m"))
        let checked = seedCorpus.stops[r.stop!]
        let after = rows(r.render())
        for side in [checked.a, checked.b] {
            #expect(after.contains { $0.hasPrefix(Sanitizer.oneLine(side.figure.text) + " ") && $0.contains("[✓] checked") })
        }
    }

    @Test func sortsByDateValueAndSourceAndReverses() throws {
        var r = try tableOn("troops deployed")
        func figures() -> [String] { rows(r.render()).map { String($0.prefix(20)).trimmingCharacters(in: .whitespaces) } }
        let byDate = figures()
        #expect(byDate.first == "as many as 10,000" || byDate.first == "12,000")
        #expect(byDate.last == "about 10,000-15,000")
        r.press(.character("v"))
        #expect(r.render().lines.contains { $0.contains("[v value ↑]") })
        let byValue = figures()
        #expect(byValue.first?.contains("3,000") == true)
        #expect(Set(byValue) == Set(byDate))
        // Lower bounds in order: 3,000, ≤10,000 (no lower bound: by its upper), 10,000–15,000, 11,000, 12,000.
        let value = rows(r.render()).map { row in seedCorpus.claims.first { row.hasPrefix(Sanitizer.oneLine($0.figure.text)) } }
        let lows = value.compactMap { $0.map { $0.figure.low ?? $0.figure.high ?? 0 } }
        #expect(lows == lows.sorted() && lows.count == byValue.count)
        r.press(.character("v"))
        #expect(r.render().lines.contains { $0.contains("[v value ↓]") })
        #expect(figures() == byValue.reversed())
        r.press(.character("s"))
        let bySource = rows(r.render())
        #expect(bySource.first?.contains("South Korea") == true)
        // Claims no one is named for come last.
        #expect(bySource.last?.contains(" — ") == true)
    }

    @Test func selectionMovesAndEnterJumpsToTheClaim() throws {
        var r = try tableOn("troops deployed")
        guard case .measureTable(let table) = r.mode else { Issue.record("no table"); return }
        let claims = r.measureTableClaims(table)
        // It opens on the current claim.
        #expect(claims[table.selected] == seedCorpus.stops[r.stop!].a)
        r.press(.character("g"))
        let screen = r.render()
        let firstRow = try #require(screen.lines.firstIndex { $0.contains("who says it") }) + 1
        #expect(screen[5, firstRow].role == .selection && screen[5, firstRow + 1].role != .selection)
        r.press(.character("j"))
        #expect(r.render()[5, firstRow + 1].role == .selection)
        r.press(.character("G"), .down)
        guard case .measureTable(let last) = r.mode else { Issue.record("closed"); return }
        #expect(last.selected == claims.count - 1)
        // A claim in a contradiction: both sides on screen, the status line on it.
        let target = claims[last.selected]
        r.press(.enter)
        #expect(r.mode == .reading)
        if let stop = r.stop {
            #expect(seedCorpus.stops[stop].a == target || seedCorpus.stops[stop].b == target)
        }
        #expect(r.currentClaim() == target)
    }

    @Test func enterOnAClaimInNoContradictionOpensItsArticleAndMarksIt() throws {
        var r = try tableOn("troops deployed")
        guard case .measureTable(let table) = r.mode else { Issue.record("no table"); return }
        let claims = r.measureTableClaims(table)
        let lone = try #require(claims.firstIndex { c in !seedCorpus.stops.contains { $0.a == c || $0.b == c } })
        r.press(.character("g"))
        for _ in 0..<lone { r.press(.character("j")) }
        r.press(.enter)
        #expect(r.stop == nil)
        #expect(r.currentClaim() == claims[lone])
        let screen = r.render()
        #expect(screen.lines[39].contains("in no contradiction"))
        // The figure is on screen and marked as the current claim.
        #expect((3..<38).contains { y in (0..<120).contains { screen[$0, y].role == .current } })
    }

    @Test func closesWithEscOrQAndReturnsToTheList() throws {
        var r = try tableOn("troops deployed")
        r.press(.escape)
        #expect(r.mode == .reading)
        r.press(.character("m"), .character("q"))
        #expect(r.mode == .reading)
        r.press(.character("c"), .character("j"))
        guard case .conflicts(let selected) = r.mode else { Issue.record("no list"); return }
        r.press(.character("m"))
        let measure = seedCorpus.stops[r.listedStops()[selected]].measure
        #expect(r.render().lines[1].contains("Every claim of '\(measure)'"))
        r.press(.escape)
        #expect(r.mode == .conflicts(selected: selected))
    }

    @Test func withoutAClaimSaysHowToPickOne() {
        var r = reader()
        r.press(.character("m"))
        #expect(r.mode == .reading)
        #expect(r.render().lines[39].contains("No claim selected"))
    }

    @Test func fitsEveryTerminalSize() throws {
        var r = try tableOn("troops deployed")
        for (w, h) in [(40, 10), (41, 11), (45, 12), (60, 15), (80, 24), (200, 60), (39, 9), (1, 1), (0, 0), (2, 30), (300, 3)] {
            r.press(.resize(width: w, height: h))
            let screen = r.render()
            #expect(screen.lines.count == max(0, h))
            for y in 0..<screen.height { #expect(columns(screen, row: y) == w, "row \(y) at \(w)×\(h)") }
            if w >= 40 && h >= 10 {
                #expect(screen.lines.contains { $0.contains("figure") }, "header at \(w)×\(h)")
                #expect(rows(screen).count >= 1, "a claim at \(w)×\(h)")
            }
            r.press(.down, .up, .pageDown)
        }
        // Small enough to scroll: the window's place in the list is shown, the selection in it.
        r.press(.resize(width: 60, height: 10), .character("G"))
        let screen = r.render()
        // "— 6 claims ── 5–6/6": the window ends on the last of however many claims there are.
        let header = screen.lines[1]
        let count = try #require(header.firstMatch(of: /— (\d+) claims/)?.1)
        #expect(header.contains("–\(count)/\(count) "))
        let last = try #require(screen.lines.lastIndex { $0.hasPrefix(" │ ") && !$0.contains("sort:") && $0.contains("…") || $0.contains("agrees") })
        #expect(screen[4, last].role == .selection)
    }

    @Test func columnWidthsFitAnyTotal() {
        for total in [0, 1, 5, 20, 34, 60, 200] {
            let w = ColumnWidths.fit(preferred: [20, 26, 22, 11, 14], total: total, growing: [1, 2])
            let shown = w.filter { $0 > 0 }
            #expect(shown.reduce(0, +) + max(0, shown.count - 1) <= max(0, total) || shown.isEmpty)
        }
        #expect(ColumnWidths.fit(preferred: [5, 5], total: 30, growing: [1]) == [5, 24])
    }
}

extension MeasureTableScreenTests {
    /// Below 76 columns each claim takes two rows, so that no column is cut to nothing.
    @Test func aNarrowTableStacksEachClaim() throws {
        var r = try tableOn("additional troops", width: 50, height: 16)
        let lines = r.render().lines
        let russia = try #require(lines.firstIndex { $0.contains("│ 6,000 · Russia") })
        #expect(lines[russia + 1].contains("│   HOOK (Editorji) · Jun 2025 · to review"))
        #expect(lines.contains { $0.contains("25,000-30,000 (again) · Kyiv") })
        #expect(lines.contains { $0.contains("sort: [d date ↑]  v value  s source") })
        #expect(lines.contains { $0.contains("j k move · Enter jump · M S D correct") })
        // The selection covers both rows of the claim.
        let screen = r.render()
        #expect(screen[4, russia].role == .selection && screen[6, russia + 1].role == .selection)
        r.press(.character("j"))
        #expect(r.render()[6, russia + 1].role != .selection)
    }
}
