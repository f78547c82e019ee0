import Testing
import NKCore
@testable import NKReader

/// `=`: the two panes scroll together, as vimdiff's scrollbind.
struct ScrollbindScreenTests {
    /// The right pane's body rows as drawn.
    func rightPane(_ screen: Screen) -> [String] {
        screen.lines[3..<(screen.height - 2)].map { String($0.dropFirst(60)) }
    }

    @Test func bothPanesScrollTogetherUntilUnbound() {
        var r = reader()
        let before = r.render()
        r.press(.character("="))
        var screen = r.render()
        #expect(screen.lines[38].contains("⇅ bound  L Top  R Top"))
        #expect(screen.lines[39].contains("Scrollbind on"))
        r.press(.character("j"), .character("j"))
        screen = r.render()
        #expect(r.panes[0].top == 2 && r.panes[1].top == 2)
        // The right pane moved with the focused left one: two rows up.
        #expect(Array(rightPane(screen).prefix(10)) == Array(rightPane(before).dropFirst(2).prefix(10)))
        r.press(.pageDown, .character("k"))
        #expect(r.panes[0].top == r.panes[1].top)
        // Each stops at its own end.
        r.press(.character("G"))
        #expect(r.render().lines[38].contains("L Bot  R Bot"))
        r.press(.character("g"))
        #expect(r.panes[0].top == 0 && r.panes[1].top == 0)
        // The wheel over either pane moves both.
        r.press(.mouse(x: 100, y: 10, event: .wheelDown))
        #expect(r.panes[0].top == 3 && r.panes[1].top == 3)

        r.press(.character("="))
        screen = r.render()
        #expect(!screen.lines[38].contains("bound"))
        #expect(screen.lines[39].contains("Scrollbind off"))
        r.press(.character("j"))
        #expect(r.panes[0].top == 4 && r.panes[1].top == 3)
    }

    @Test func unboundPanesScrollAlone() {
        var r = reader()
        r.press(.character("j"), .pageDown)
        #expect(r.panes[0].top > 0 && r.panes[1].top == 0)
    }

    @Test func theHelpAndTheHintSayIt() {
        var r = reader(width: 200, height: 60)
        #expect(r.render().lines[59].contains("= scrollbind"))
        r.press(.character("?"))
        #expect(r.render().lines.contains { $0.contains("=  ") && $0.contains("scrollbind: the two panes scroll together") })
    }
}
