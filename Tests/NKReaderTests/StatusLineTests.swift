import Testing
import NKCore
@testable import NKReader

/// The status line never loses the second side: sources are shortened first, and when the two
/// sides cannot share the row the second goes to the row below, which keeps ? and q.
struct StatusLineTests {
    @Test func aLongSourceIsShortenedAndBothSidesStay() throws {
        var r = reader(width: 120, height: 40)
        let stop = try #require(seedCorpus.stops.firstIndex { $0.a.source?.hasPrefix("South Korean National Intelligence") == true || $0.b.source?.hasPrefix("South Korean National Intelligence") == true })
        r.go(toStop: stop)
        let lines = r.render().lines
        let pair = seedCorpus.stops[stop]
        for side in [pair.a, pair.b] {
            #expect(lines[38].contains(Sanitizer.oneLine(side.figure.text) + " ("))
            #expect(lines[38].contains(DateLabel.short(try #require(side.date)) + ")"))
        }
        #expect(lines[38].contains("South Kor"))
        #expect(lines[38].contains("…"))
        #expect(lines[38].contains("troops depl"))
        #expect(lines[38].hasSuffix("R Top "))
        // Nothing moved to the hint row.
        #expect(lines[39].hasPrefix("n/N contradiction"))
    }

    /// At every width, for every contradiction, each side's figure and date are on screen, in
    /// the status row or the row below, and the row below still ends with ? and q.
    @Test(arguments: [40, 50, 60, 79, 80, 100, 120, 160])
    func bothSidesAtEveryWidth(width: Int) {
        var r = reader(width: width, height: 12)
        for stop in seedCorpus.stops.indices {
            r.go(toStop: stop)
            let screen = r.render()
            let rows = screen.lines[10] + "\n" + screen.lines[11]
            let pair = seedCorpus.stops[stop]
            for side in [pair.a, pair.b] {
                #expect(rows.contains(Sanitizer.oneLine(side.figure.text) + " ("), "\(width): \(rows)")
                if let date = side.date { #expect(rows.contains(DateLabel.short(date)), "\(width): \(rows)") }
            }
            #expect(screen.lines[11].hasSuffix("? help  q quit") || screen.lines[11].hasSuffix(" ? q"), "\(width): \(rows)")
            #expect(columns(screen, row: 10) == width && columns(screen, row: 11) == width)
        }
    }

    @Test func theSecondSideBelowKeepsTheNote() throws {
        // At 64 columns both sides share the status row, the panes' positions left out; the
        // note has the row below.
        var r = ReaderState(corpus: seedCorpus, width: 64, height: 12, clock: fixedClock)
        r.press(.character("n"), .character("a"))
        r.type("ask Kyiv")
        r.press(.enter, .character("j"))
        var lines = r.render().lines
        #expect(lines[10].contains("6,000 (Russia, Jun 2025) vs 25-30,000 (Ukraine, Jun 2025)"))
        #expect(lines[11].hasPrefix("Note: ask Kyiv"))
        #expect(lines[11].hasSuffix("? help  q quit"))
        // At 50 they cannot: the second side goes below, before the note.
        r.press(.resize(width: 50, height: 12))
        lines = r.render().lines
        #expect(lines[10].contains("6,000 (Russia, Jun 2025)") && !lines[10].contains("25-30,000"))
        #expect(lines[11].hasPrefix("vs 25-30,000 (Ukraine, Jun 2025)  Note: ask"))
        #expect(lines[11].hasSuffix(" ? q"))
    }

    /// A message for the bottom row (here scrollbind's) does not push the second side off the
    /// screen: it comes after it.
    @Test(arguments: [40, 50, 60, 79])
    func aMessageKeepsTheSecondSide(width: Int) throws {
        var r = ReaderState(corpus: seedCorpus, width: width, height: 12, clock: fixedClock)
        for stop in seedCorpus.stops.indices {
            r.go(toStop: stop)
            r.press(.character("="))
            let screen = r.render()
            let rows = screen.lines[10] + "\n" + screen.lines[11]
            let pair = seedCorpus.stops[stop]
            for side in [pair.a, pair.b] {
                #expect(rows.contains(Sanitizer.oneLine(side.figure.text) + " ("), "\(width): \(rows)")
            }
            // The message (on, then off) starts on the row, whole when there is room.
            #expect(screen.lines[11].contains(width < 60 ? "Sc" : r.scrollBound ? "Scrollbind on" : "Scrollbind off"), "\(width): \(rows)")
        }
    }
}

extension StatusLineTests {
    /// The key hint shows whole keys only, as many as fit before "? help  q quit", at every width.
    @Test func theHintNeverCutsAKey() {
        for width in 40...200 {
            let r = reader(width: width, height: 12)
            let row = r.render().lines[11]
            #expect(row.hasSuffix("  ? help  q quit"), "\(width): \(row)")
            let shown = row.dropLast("  ? help  q quit".count).trimmingCharacters(in: .whitespaces)
            let keys = shown.components(separatedBy: "  ")
            #expect(keys.allSatisfy { ReaderState.readingKeys.contains($0) }, "\(width): \(row)")
            #expect(keys == Array(ReaderState.readingKeys.prefix(keys.count)), "\(width): \(row)")
            // The next key would not have fitted.
            if keys.count < ReaderState.readingKeys.count {
                let longer = shown + "  " + ReaderState.readingKeys[keys.count]
                #expect(DisplayWidth.of(longer) > width - "  ? help  q quit".count, "\(width): \(row)")
            }
        }
    }
}
