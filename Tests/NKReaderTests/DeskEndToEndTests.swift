import Foundation
import NKCore
import Testing

extension Tmux {
    /// The pane with its SGR attributes, as the terminal drew it.
    func captureStyled() -> String { run(["capture-pane", "-p", "-e", "-t", "nk"], output: true) }
}

/// The fact-checker's desk in a real terminal: the legend's attributes without colour, help
/// scrolled on a small screen, the measure table.
struct DeskEndToEndTests {
    func open(_ tmux: Tmux, width: Int, height: Int, environment: String = "") throws {
        let binary = try #require(readerBinary, "no nkreader binary; run `make test`")
        tmux.run(["new-session", "-d", "-s", "nk", "-x", "\(width)", "-y", "\(height)",
                  "cd '\(repositoryRoot.path)' && env TERM=xterm-256color LANG=C.UTF-8 \(environment) '\(binary)'; sleep 30"])
        tmux.wait("the reader to open") { $0.contains("contradictions in") && $0.contains("q quit") }
    }

    /// The SGR parameters the terminal drew `sample` with on the legend's row that says `meaning`.
    func attributes(of meaning: String, in styled: String) -> String? {
        guard let row = styled.split(separator: "\n").first(where: { $0.contains(meaning) }),
              let sample = row.range(of: "12,345") else { return nil }
        // The last escape sequence before the sample is the one it is drawn with.
        guard let escape = row[..<sample.lowerBound].range(of: "\u{1B}[", options: .backwards) else { return nil }
        return String(row[escape.upperBound..<sample.lowerBound].dropLast())
    }

    @Test(.enabled(if: endToEndRequired || (Tmux.available && readerBinary != nil), "needs tmux and a built nkreader"))
    func withNoColorTheHighlightsDifferByAttributesAlone() throws {
        let tmux = Tmux()
        defer { tmux.kill() }
        try open(tmux, width: 120, height: 30, environment: "NO_COLOR=1")
        tmux.send("n")
        tmux.wait("the first contradiction") { $0.contains(" 1/") }
        tmux.send("L")
        tmux.wait("the legend") { $0.contains("What the highlights mean") }
        let styled = tmux.captureStyled()
        #expect(!styled.contains("38;5;") && !styled.contains("[31m") && !styled.contains("[36m"), "no colour:\n\(styled)")
        let drawn = ["in a contradiction", "in agreement", "a figure no other claim", "the current claim"].map { attributes(of: $0, in: styled) }
        #expect(drawn == ["1;4", "4", "1", "1;7"], "bold+underline, underline, bold, bold+reverse:\n\(styled)")
        tmux.send("L")
        tmux.wait("the legend to close") { !$0.contains("What the highlights mean") }
    }

    @Test(.enabled(if: endToEndRequired || (Tmux.available && readerBinary != nil), "needs tmux and a built nkreader"))
    func withColourTheHighlightsAreColouredToo() throws {
        let tmux = Tmux()
        defer { tmux.kill() }
        try open(tmux, width: 120, height: 30, environment: "NO_COLOR=")
        tmux.send("L")
        tmux.wait("the legend") { $0.contains("What the highlights mean") }
        let styled = tmux.captureStyled()
        #expect(attributes(of: "in a contradiction", in: styled)?.contains("38;5;203") == true, "red:\n\(styled)")
        #expect(attributes(of: "in agreement", in: styled)?.contains("38;5;78") == true, "green:\n\(styled)")
    }

    @Test(.enabled(if: endToEndRequired || (Tmux.available && readerBinary != nil), "needs tmux and a built nkreader"))
    func helpScrollsOnASmallTerminal() throws {
        let tmux = Tmux()
        defer { tmux.kill() }
        try open(tmux, width: 60, height: 14)
        tmux.send("?")
        tmux.wait("help with more below") { $0.contains("next / previous contradiction") && $0.contains("↓ more (j Space)") }
        tmux.send("G")
        let end = tmux.wait("the end of the help") { $0.contains("Without colour") }
        #expect(end.contains("↑ more") && !end.contains("↓ more"))
        tmux.send("g")
        tmux.wait("the top again") { $0.contains("next / previous contradiction") }
        tmux.send("q")
        tmux.wait("help to close") { !$0.contains("Keys —") }
    }

    @Test(.enabled(if: endToEndRequired || (Tmux.available && readerBinary != nil), "needs tmux and a built nkreader"))
    func measureTableSortsAndJumps() throws {
        let tmux = Tmux()
        defer { tmux.kill() }
        try open(tmux, width: 120, height: 30)
        tmux.send("n")
        tmux.wait("the first contradiction") { $0.contains(" 1/") }
        tmux.send("m")
        tmux.wait("the measure table") { $0.contains("Every claim of") && $0.contains("who says it") && $0.contains("[d date ↑]") }
        tmux.send("v")
        tmux.wait("sorted by value") { $0.contains("[v value ↑]") }
        tmux.run(["resize-window", "-t", "nk", "-x", "40", "-y", "10"])
        tmux.wait("the table at 40×10") { $0.contains("Every claim") && $0.split(separator: "\n").allSatisfy { $0.count <= 40 } }
        tmux.run(["resize-window", "-t", "nk", "-x", "120", "-y", "30"])
        tmux.send("Enter")
        tmux.wait("the table to close on the claim") { !$0.contains("Every claim of") && $0.contains("q quit") }
    }

    @Test(.enabled(if: endToEndRequired || (Tmux.available && readerBinary != nil), "needs tmux and a built nkreader"))
    func scrollbindMovesBothPanes() throws {
        let tmux = Tmux()
        defer { tmux.kill() }
        try open(tmux, width: 120, height: 30)
        tmux.send("=")
        tmux.wait("scrollbind on") { $0.contains("⇅ bound  L Top  R Top") }
        tmux.send("G")
        tmux.wait("both panes at the bottom") { $0.contains("⇅ bound  L Bot  R Bot") }
        tmux.send("=")
        tmux.send("g")
        tmux.wait("only the focused pane back at the top") { $0.contains("L Top  R Bot") && !$0.contains("bound") }
    }

    /// v leaves the screen to $EDITOR at the claim's line and takes it back when it ends.
    @Test(.enabled(if: endToEndRequired || (Tmux.available && readerBinary != nil), "needs tmux and a built nkreader"))
    func openTheOriginalInTheEditor() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nkreader-editor-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let editor = folder.appendingPathComponent("editor").path
        // Run by sh, not executed: a child another test forks while the file is still open for
        // writing would make exec fail with "text file busy" (exit 126).
        try "echo \"$@\" > '\(folder.path)/args'\necho FAKE-EDITOR-RUNNING\nread line\n".write(toFile: editor, atomically: true, encoding: .utf8)
        let tmux = Tmux()
        defer { tmux.kill() }
        try open(tmux, width: 120, height: 30, environment: "VISUAL= EDITOR='/bin/sh \(editor)'")
        tmux.send("n")
        tmux.wait("the first contradiction") { $0.contains(" 1/") }
        tmux.send("v")
        let away = tmux.wait("the editor to have the terminal") { $0.contains("FAKE-EDITOR-RUNNING") }
        #expect(!away.contains("q quit"), "the reader left the screen:\n\(away)")
        let args = (try? String(contentsOfFile: folder.path + "/args", encoding: .utf8)) ?? ""
        #expect(args.range(of: #"^\+[0-9]+ (/[^ ]+/)?seeds/[^ ]+\.txt\n$"#, options: .regularExpression) != nil, "editor arguments: \(args)")
        tmux.send("Enter")
        tmux.wait("the reader back") { $0.contains(" 1/") && $0.contains("Back from sh.") && !$0.contains("FAKE-EDITOR-RUNNING") }
        tmux.send("q")
        tmux.wait("the reader to quit") { !$0.contains(" 1/") }
    }
}
