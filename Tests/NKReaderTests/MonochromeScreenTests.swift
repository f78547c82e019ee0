import Testing
import NKCore
@testable import NKReader

/// Without colour (NO_COLOR, a monochrome terminal) the highlights stay apart by attributes.
struct MonochromeScreenTests {
    @Test func noColorAnyNonEmptyValueTurnsColourOff() {
        #expect(ColourDepth.choose(noColor: "1", hasColours: true, colours: 256) == .monochrome)
        #expect(ColourDepth.choose(noColor: "no", hasColours: true, colours: 8) == .monochrome)
        // Set but empty is as if unset (no-color.org).
        #expect(ColourDepth.choose(noColor: "", hasColours: true, colours: 256) == .rich)
        #expect(ColourDepth.choose(noColor: nil, hasColours: true, colours: 8) == .eight)
        #expect(ColourDepth.choose(noColor: nil, hasColours: false, colours: 0) == .monochrome)
        #expect(ColourDepth.choose(noColor: nil, hasColours: true, colours: 2) == .monochrome)
    }

    @Test func monochromeLooksHaveNoColourAndKeepTheFourApart() {
        let four: [Role] = [.conflict, .agreement, .current, .figure]
        let looks = four.map { $0.look(.monochrome) }
        #expect(Set(looks).count == 4)
        #expect(!looks.contains(Role.text.look(.monochrome)))
        #expect(Role.allCases.allSatisfy { $0.look(.monochrome).colour == nil })
        // With colour, the same attributes and a colour on top: nothing is told by colour alone.
        for role in four { #expect(role.look(.rich).attributes == role.look(.monochrome)) }
        #expect(Set(four.map { $0.look(.eight).colour }).count >= 3)
    }

    /// The reader's own screen, read as a monochrome terminal would draw it.
    @Test func onScreenTheFourHighlightsLookDifferentWithoutColour() throws {
        var r = reader(width: 200, height: 60)
        var found: [Role: Look] = [:]
        var plainText: Look?
        for stop in seedCorpus.stops.indices {
            r.go(toStop: stop)
            for _ in 0..<12 {
                let screen = r.render()
                for y in 3..<(screen.height - 2) {
                    for x in 0..<screen.width {
                        let role = screen[x, y].role
                        if [.conflict, .agreement, .current, .figure].contains(role) { found[role] = screen.look(x: x, y: y, depth: .monochrome) }
                        if role == .text && screen[x, y].text != " " { plainText = screen.look(x: x, y: y, depth: .monochrome) }
                    }
                }
                r.press(.pageDown, .tab, .pageDown, .tab)
            }
        }
        #expect(found.count == 4, "every kind of highlight is on some screen: \(found.keys)")
        #expect(Set(found.values).count == found.count)
        let plain = try #require(plainText)
        #expect(plain == Look())
        #expect(!found.values.contains(plain))
        #expect(found[.conflict] == Look(bold: true, underline: true))
        #expect(found[.current]?.reverse == true)
    }
}
