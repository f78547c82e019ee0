import Foundation
import NKCore
import Testing

extension Tmux {
    /// A left click at a cell (0-based), as a terminal with SGR mouse reporting (xterm's 1006,
    /// which ncurses asks for) sends it: the press, then the release.
    func click(x: Int, y: Int) {
        run(["send-keys", "-t", "nk", "-l", "\u{1B}[<0;\(x + 1);\(y + 1)M\u{1B}[<0;\(x + 1);\(y + 1)m"])
    }
}

/// The cell where `text` starts in a captured row, counted in display columns.
func cell(of text: String, in row: Substring) -> Int? {
    guard let range = row.range(of: text) else { return nil }
    return row[..<range.lowerBound].reduce(0) { $0 + DisplayWidth.of($1) }
}

/// Real mouse events through a real terminal: a click on a figure selects its contradiction,
/// which then takes a verdict like any other.
struct MouseEndToEndTests {
    @Test(.enabled(if: endToEndRequired || (Tmux.available && readerBinary != nil), "needs tmux and a built nkreader"))
    func clickingAFigureSelectsItsContradiction() throws {
        let binary = try #require(readerBinary)
        let folder = try seedCopy("mouse")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let exitFile = folder + "/.exit"
        let tmux = Tmux()
        defer { tmux.kill() }
        tmux.run(["new-session", "-d", "-s", "nk", "-x", "120", "-y", "40",
                  "env TERM=xterm-256color LANG=C.UTF-8 '\(binary)' '\(folder)'; echo EXIT=$? > '\(exitFile)'; sleep 30"])
        let first = tmux.wait("the reader") { $0.contains("4 contradictions in 2 measures") && $0.contains("q quit") }
        // The Asia Business Daily's "as many as 10,000" is on the first screen of the right pane.
        let rows = first.split(separator: "\n", omittingEmptySubsequences: false)
        let y = try #require(rows.firstIndex { $0.contains("as many as 10,000") }, "on screen:\n\(first)")
        let x = try #require(cell(of: "10,000", in: rows[y]))
        #expect(x > 60, "in the right pane")

        tmux.click(x: x + 2, y: y)
        let status = "troops deployed: as many as 10,000 (Ukrainian med"
        tmux.wait("the clicked figure's contradiction on the status line") { $0.contains(status) && $0.contains("/4 ") }
        tmux.send("x")
        tmux.wait("the verdict") { $0.contains("Marked checked.") }
        tmux.send("q")
        #expect(exitStatus(exitFile) == "EXIT=0")
        let entries = try ReviewFileStore(path: folder + "/nkreader-review.json").load().entries.values
        #expect(entries.count == 1)
        let entry = try #require(entries.first)
        #expect(entry.state == .checked && [entry.a.figure, entry.b.figure].contains("as many as 10,000"))
    }
}
