import Testing
import NKCore
@testable import NKReader

/// `?` help and `L` legend: every key, what each highlight means, scrolling on small terminals.
struct HelpScreenTests {
    /// The text inside the overlay box, row by row, borders cut off.
    func boxText(_ screen: Screen) -> [String] {
        screen.lines.dropFirst(2).prefix(while: { !$0.hasPrefix(" └") }).map { String($0.dropFirst(3).dropLast(3)) }
    }

    @Test func scrollsOnASmallTerminalWithMarksForWhatIsAboveAndBelow() throws {
        var r = reader(width: 60, height: 14)
        r.press(.character("?"))
        var screen = r.render()
        let bottom = try #require(screen.lines.firstIndex { $0.hasPrefix(" └") })
        #expect(screen.lines[bottom].contains("↓ more (j Space)"))
        #expect(!screen.lines[1].contains("↑ more"))
        let first = boxText(screen)
        #expect(first[0].contains("next / previous contradiction"))
        #expect(!first.joined().contains("quit"))

        r.press(.character("j"))
        screen = r.render()
        #expect(boxText(screen)[0] == first[1])
        #expect(screen.lines[1].contains("↑ more (k b)"))
        r.press(.character("k"))
        #expect(boxText(r.render()) == first)

        // A page keeps one line of the last in sight.
        r.press(.character(" "))
        #expect(boxText(r.render())[0] == first.last)
        r.press(.pageUp)
        #expect(boxText(r.render()) == first)

        r.press(.character("G"))
        screen = r.render()
        #expect(boxText(screen).joined().contains("Without colour"))
        #expect(!screen.lines[bottom].contains("more"))
        #expect(screen.lines[1].contains("↑ more"))
        // Past the end it stays at the end.
        r.press(.character("j"), .pageDown)
        #expect(boxText(r.render()) == boxText(screen))
        r.press(.character("g"))
        #expect(boxText(r.render()) == first)
        r.press(.escape)
        #expect(r.mode == .reading)
    }

    /// Scrolled from top to bottom, the smallest help shows every key and the whole legend.
    @Test func everyLineCanBeReadAtTheSmallestSize() {
        var r = reader(width: 40, height: 10)
        r.press(.character("?"))
        var seen: [String] = []
        for _ in 0..<200 {
            let screen = r.render()
            seen += boxText(screen)
            for y in 0..<screen.height { #expect(columns(screen, row: y) == 40) }
            if !(screen.lines.first { $0.hasPrefix(" └") } ?? "").contains("more") { break }
            r.press(.down)
        }
        // Wrapped lines read as one text.
        let all = seen.joined(separator: " ").split(separator: " ").joined(separator: " ")
        for words in ["quit", "this help", "what each highlight", "every claim of the current", "What the highlights mean",
                      "in a contradiction", "in agreement", "the current claim", "Without colour", "Corrections (M S D)"] {
            #expect(all.contains(words), "\(words) can be scrolled to")
        }
    }

    @Test func aLargeTerminalShowsItAllWithNoMarks() {
        var r = reader(width: 140, height: 70)
        r.press(.character("?"))
        let screen = r.render()
        #expect(!screen.lines.joined().contains("more ("))
        #expect(screen.lines.contains { $0.contains("Corrections (M S D)") })
        #expect(screen.lines.contains { $0.contains("Without colour") })
    }

    @Test func theLegendDrawsEachHighlightAsTheArticleDoes() throws {
        var r = reader()
        r.press(.character("L"))
        let screen = r.render()
        #expect(screen.lines[1].contains("Legend"))
        for (meaning, role) in [("in a contradiction", Role.conflict), ("in agreement", .agreement),
                                ("a figure no other claim", .figure), ("the current claim", .current)] {
            let y = try #require(screen.lines.firstIndex { $0.contains(meaning) }, "\(meaning) in the legend")
            let x = try #require(screen.lines[y].range(of: "12,345").map { screen.lines[y].distance(from: screen.lines[y].startIndex, to: $0.lowerBound) })
            #expect((x..<(x + 6)).allSatisfy { screen[$0, y].role == role }, "sample of \(meaning) drawn as \(role)")
            #expect(screen[x + 8, y].role == .overlay)
        }
        #expect(screen.lines.contains { $0.contains("Without colour") && $0.contains("contradiction bold and underlined") })
        r.press(.character("L"))
        #expect(r.mode == .reading)
        // From the help, L turns to the legend.
        r.press(.character("?"), .character("L"))
        #expect(r.mode == .help(HelpPage(.legend)))
    }

    @Test func longLinesWrapUnderTheirKey() {
        let line = HelpLine.entry("n / N", "next / previous contradiction: both panes show its two sides")
        let wrapped = line.wrapped(54).map(\.text)
        #expect(wrapped == ["n / N               next / previous contradiction:", String(repeating: " ", count: 20) + "both panes show its two sides"])
        #expect(line.wrapped(200) == [line])
        // No width is too small to answer.
        for w in [0, 1, 3, 7, 8, 19, 21] { #expect(!line.wrapped(w).isEmpty) }
        // Narrower than twice the key's column, the key takes a line and what it does the next.
        #expect(line.wrapped(36).map(\.text) == ["n / N", "  next / previous contradiction:", "  both panes show its two sides"])
    }
}
