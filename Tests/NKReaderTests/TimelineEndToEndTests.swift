import Foundation
import NKCore
import Testing

/// The timeline and the c list in a real terminal: the agreement drawn apart without colour,
/// rows selected and jumped to, the narrow layouts after a resize.
struct TimelineEndToEndTests {
    /// The SGR parameters the terminal drew the first `mark` of the row holding `text` with:
    /// those of the escape sequences right before it, default colours (39, 49) left out.
    func attributes(ofFirst mark: String, onRowWith text: String, in styled: String) -> String? {
        guard let row = styled.split(separator: "\n").first(where: { $0.contains(text) }),
              let at = row.range(of: mark) else { return nil }
        var before = row[..<at.lowerBound]
        var params: [String] = []
        while before.hasSuffix("m"), let escape = before.range(of: "\u{1B}[", options: .backwards) {
            params.insert(contentsOf: before[escape.upperBound...].dropLast().split(separator: ";").map(String.init), at: 0)
            before = before[..<escape.lowerBound]
        }
        return params.filter { $0 != "39" && $0 != "49" }.joined(separator: ";")
    }

    @Test(.enabled(if: endToEndRequired || (Tmux.available && readerBinary != nil), "needs tmux and a built nkreader"))
    func theTimelineShowsOutletsAgreementAndJumps() throws {
        let tmux = Tmux()
        defer { tmux.kill() }
        try DeskEndToEndTests().open(tmux, width: 120, height: 30, environment: "NO_COLOR=1")
        tmux.send("n")
        tmux.send("n")
        tmux.wait("the second contradiction") { $0.contains(" 2/4 ") }
        tmux.send("t")
        let chart = tmux.wait("the timeline") { $0.contains("Timeline: troops deployed") && $0.contains("HOOK (Editorji)") }
        #expect(chart.contains("NextShark") && chart.contains("The Asia Business Daily"), "\(chart)")
        // Without colour, HOOK's range (in agreement) is underlined only, as the legend says.
        let styled = tmux.captureStyled()
        #expect(attributes(ofFirst: "├", onRowWith: "≈ 10,000–15,000", in: styled) == "0;4", "\(styled)")
        // The last row is HOOK's (Jun 2025); Enter shows it in its article.
        tmux.send("G")
        tmux.send("Enter")
        tmux.wait("the claim in its article") { $0.contains("about 10,000-15,000: troops deployed — in no contradiction.") && $0.contains("More North Korean troops") }
        // Narrow, the chart stacks who says what under each bar; back at full width it is whole.
        tmux.send("t")
        tmux.run(["resize-window", "-t", "nk", "-x", "60", "-y", "20"])
        tmux.wait("the stacked chart") { $0.contains("≈ 10,000–15,000 · no source · HOOK (Editorji)") }
        tmux.run(["resize-window", "-t", "nk", "-x", "1", "-y", "1"])
        tmux.run(["resize-window", "-t", "nk", "-x", "120", "-y", "30"])
        tmux.wait("the chart again") { $0.contains("Timeline: troops deployed") && $0.contains("j k move · Enter jump") }
        tmux.send("Escape")
        tmux.send("c")
        tmux.wait("the c list") { $0.contains("Agreements") }
        tmux.send("G")
        tmux.send("Enter")
        tmux.wait("the agreement's claims") { $0.contains("Agreement on part of troops deployed:") }
        tmux.send("q")
        tmux.wait("the reader to quit") { !$0.contains("q quit") }
    }
}
