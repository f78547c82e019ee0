import Foundation
import Testing

/// The real binary on a folder too large to analyse before the first frame: the reader opens on
/// the first two articles, says it is analysing, and shows the contradictions when done.
struct BackgroundEndToEndTests {
    /// Enough seed copies that the analysis takes seconds, not a blink.
    static let copies = 3000

    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nkreader-bg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let seeds = repositoryRoot.appendingPathComponent("seeds")
        let texts = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { try String(contentsOf: seeds.appendingPathComponent($0), encoding: .utf8) }
        for n in 0..<copies {
            try texts[n % texts.count].write(to: dir.appendingPathComponent(String(format: "a%05d.txt", n)), atomically: false, encoding: .utf8)
        }
        return dir
    }

    @Test(.enabled(if: endToEndRequired || (Tmux.available && readerBinary != nil), "needs tmux and a built nkreader"))
    func contradictionsAppearWithoutAKey() throws {
        let binary = try #require(readerBinary)
        let dir = try BackgroundEndToEndTests.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let tmux = Tmux()
        defer { tmux.kill() }
        tmux.run(["new-session", "-d", "-s", "nk", "-x", "120", "-y", "40",
                  "env TERM=xterm-256color LANG=C.UTF-8 '\(binary)' '\(dir.path)'; sleep 30"])
        let first = tmux.wait("the first frame") { $0.contains("analysing") }
        #expect(first.contains("Deploying NK Troops") && first.contains("Practical Benefits"))
        tmux.send("n")
        tmux.wait("n to say the analysis is not done") { $0.contains("still analysing") }
        tmux.send("j")
        // No key from here on: the main loop wakes when the analysis is done.
        tmux.wait("the contradictions", timeout: 240) { $0.contains("contradictions in") && !$0.contains("analysing") }
        tmux.send("n")
        tmux.wait("the first contradiction") { $0.contains(" 1/") }
    }

    /// q and Ctrl-C while the analysis runs: the reader ends at once and the terminal is back.
    @Test(.enabled(if: endToEndRequired || (Tmux.available && readerBinary != nil), "needs tmux and a built nkreader"),
          arguments: [("q", 0), ("C-c", 130)])
    func quitsMidAnalysis(key: String, status: Int) throws {
        let binary = try #require(readerBinary)
        let dir = try BackgroundEndToEndTests.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let tmux = Tmux()
        defer { tmux.kill() }
        let exitFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(tmux.socket).exit").path
        defer { for suffix in ["", ".stty"] { try? FileManager.default.removeItem(atPath: exitFile + suffix) } }
        let command = "trap true INT; env TERM=xterm-256color LANG=C.UTF-8 '\(binary)' '\(dir.path)'; echo EXIT=$? > '\(exitFile)'; "
            + "stty -a > '\(exitFile).stty'; echo RESTORED; sleep 30"
        tmux.run(["new-session", "-d", "-s", "nk", "-x", "120", "-y", "40", command])
        tmux.wait("the first frame") { $0.contains("analysing") }
        tmux.send(key)
        let screen = tmux.wait("the shell after the reader") { $0.contains("RESTORED") }
        #expect(!screen.contains("analysing"), "the reader's screen is gone:\n\(screen)")
        let stty = sttyReport(exitFile + ".stty")
        #expect(((try? String(contentsOfFile: exitFile, encoding: .utf8)) ?? "").contains("EXIT=\(status)"))
        #expect(stty.contains("icanon") && !stty.contains("-icanon") && !stty.contains("-echo "), "cooked mode is back: \(stty)")
    }
}
