import Foundation
import NKCore
import Testing

/// A copy of the bundled articles in a temporary folder, where the review file will be written.
func seedCopy(_ label: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nkreader-\(label)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let seeds = repositoryRoot.appendingPathComponent("seeds").path
    for name in try FileManager.default.contentsOfDirectory(atPath: seeds) {
        try FileManager.default.copyItem(atPath: seeds + "/" + name, toPath: folder + "/" + name)
    }
    return folder
}

/// Waits for the shell after the reader to write its exit status.
func exitStatus(_ file: String) -> String {
    let deadline = Date().addingTimeInterval(10)
    var status = ""
    while !status.contains("EXIT=") && Date() < deadline {
        Thread.sleep(forTimeInterval: 0.05)
        status = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
    }
    return status.trimmingCharacters(in: .whitespacesAndNewlines)
}

struct ReviewEndToEndTests {
    func open(_ tmux: Tmux, _ binary: String, _ folder: String, exitFile: String) {
        tmux.run(["new-session", "-d", "-s", "nk", "-x", "160", "-y", "40",
                  "env TERM=xterm-256color LANG=C.UTF-8 '\(binary)' '\(folder)'; echo EXIT=$? > '\(exitFile)'; sleep 30"])
    }

    /// Mark a verdict and a note, quit, reopen: both are there, in the file and on screen.
    @Test(.enabled(if: endToEndRequired || (Tmux.available && readerBinary != nil), "needs tmux and a built nkreader"))
    func aVerdictLastsAfterQuitting() throws {
        let binary = try #require(readerBinary)
        let folder = try seedCopy("verdict")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let exitFile = folder + "/.exit"

        let first = Tmux()
        open(first, binary, folder, exitFile: exitFile)
        first.wait("the reader to open") { $0.contains("4 contradictions in 2 measures") }
        first.send("n")
        first.wait("the first contradiction") { $0.contains(" 1/4 additional troops") }
        first.send("x")
        first.wait("the verdict on the status line") { $0.contains(" 1/4 [✓] checked · additional troops") }
        first.send("a")
        first.wait("the note editor") { $0.contains("Enter saves · Esc cancels") }
        first.send("-l", "Kyiv counts builders")
        first.send("Enter")
        first.wait("the note saved") { $0.contains("Note saved.") && $0.contains("[✓] checked · ✎ additional troops") }
        first.send("q")
        #expect(exitStatus(exitFile) == "EXIT=0")
        first.kill()

        let file = try ReviewFileStore(path: folder + "/nkreader-review.json").load()
        #expect(file.entries.count == 1)
        #expect(file.entries.values.first?.state == .checked)
        #expect(file.entries.values.first?.note == "Kyiv counts builders")
        try? FileManager.default.removeItem(atPath: exitFile)

        let second = Tmux()
        defer { second.kill() }
        open(second, binary, folder, exitFile: exitFile)
        second.wait("the reader to reopen with the verdict counted") { $0.contains("4 contradictions in 2 measures (1 checked)") }
        // The first n goes to the first unreviewed one; N goes back to the checked one.
        second.send("n")
        second.wait("the first unreviewed contradiction") { $0.contains(" 2/4 troops deployed") }
        second.send("N")
        second.wait("the verdict and note after reopening") { $0.contains(" 1/4 [✓] checked · ✎ additional troops") && $0.contains("Note: Kyiv counts builders") }
        // e writes the report beside the review file.
        second.send("e")
        second.wait("the report written") { $0.contains("Report written to \(folder)/nkreader-report.md") }
        let report = try String(contentsOfFile: folder + "/nkreader-report.md", encoding: .utf8)
        #expect(report.contains("## Reviewed") && report.contains("**checked**") && report.contains("**Note:** Kyiv counts builders"))
        #expect(FileManager.default.fileExists(atPath: folder + "/nkreader-report.html"))
        second.send("q")
        #expect(exitStatus(exitFile) == "EXIT=0")
    }

    /// Two readers open on the same folder, each giving a verdict: the file keeps both, and each
    /// reader shows the other's after saving.
    @Test(.enabled(if: endToEndRequired || (Tmux.available && readerBinary != nil), "needs tmux and a built nkreader"))
    func twoReadersKeepEachOthersVerdicts() throws {
        let binary = try #require(readerBinary)
        let folder = try seedCopy("two")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let one = Tmux(), two = Tmux()
        defer { one.kill(); two.kill() }
        open(one, binary, folder, exitFile: folder + "/.exit1")
        open(two, binary, folder, exitFile: folder + "/.exit2")
        one.wait("the first reader") { $0.contains("4 contradictions in 2 measures") }
        two.wait("the second reader") { $0.contains("4 contradictions in 2 measures") }
        one.send("n")
        one.wait("its contradiction") { $0.contains(" 1/4 ") }
        one.send("x")
        one.wait("its verdict") { $0.contains("[✓] checked") }
        // The second reader read the file before that verdict was written.
        two.send("N")
        two.wait("its contradiction") { $0.contains(" 4/4 ") }
        two.send("F")
        two.wait("its verdict") { $0.contains("[✗] false alarm") }
        two.send("Escape")
        two.send("c")
        two.wait("the other reader's verdict merged in") { $0.contains("[✓] 6,000 (Russia, Jun 2025)") }
        one.send("q")
        two.send("Escape", "q")
        #expect(exitStatus(folder + "/.exit1") == "EXIT=0")
        #expect(exitStatus(folder + "/.exit2") == "EXIT=0")
        let states = try ReviewFileStore(path: folder + "/nkreader-review.json").load().entries.values.map(\.state)
        #expect(states.sorted { $0.rank < $1.rank } == [.checked, .falseAlarm])
    }
}

/// Runs the binary with `arguments`; returns its exit status, standard output and standard error.
func runBinary(_ binary: String, _ arguments: [String], environment: [String: String]? = nil) throws -> (status: Int32, out: String, err: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    if let environment { process.environment = environment }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Read before waiting: a full pipe would block the child.
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}

struct ReviewCommandLineTests {
    /// `conflicts` leaves out false alarms and says so; `report` puts reviewed contradictions first.
    @Test(.enabled(if: endToEndRequired || readerBinary != nil, "needs a built nkreader"))
    func reportAndConflictsReadTheReviewFile() throws {
        let binary = try #require(readerBinary)
        let folder = try seedCopy("report")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ReviewFileStore(path: folder + "/nkreader-review.json")
            .save(Array(seedReview([0: (.falseAlarm, ""), 2: (.checked, "asked the ministry")]).entries.values))

        let conflicts = try runBinary(binary, ["conflicts", "--csv", folder])
        #expect(conflicts.status == 0)
        #expect(conflicts.err.contains("1 false alarm not listed (marked in \(folder)/nkreader-review.json)"))
        // 6,000 vs 25-30,000 (which Kyiv's 25,000-30,000 repeats) was the measure's one pair:
        // marked a false alarm, the measure has no conflict left.
        #expect(!conflicts.out.contains("conflict,additional troops"))
        #expect(conflicts.out.contains("conflict,troops deployed"))

        let report = try runBinary(binary, ["report", folder])
        #expect(report.status == 0)
        let md = report.out
        let reviewed = try #require(md.range(of: "## Reviewed"))
        let unreviewed = try #require(md.range(of: "## Unreviewed"))
        #expect(reviewed.lowerBound < unreviewed.lowerBound)
        #expect(md.contains("4 contradictions in 5 articles: 2 reviewed (1 checked, 1 false alarm), 2 unreviewed."))
        #expect(md.contains("**Note:** asked the ministry"))
        #expect(md.contains("`\(folder)/003_d2edff3eb320cc46.txt:11`"))

        let html = try runBinary(binary, ["report", "--html", folder])
        #expect(html.out.hasPrefix("<!DOCTYPE html>") && html.out.contains("<span class=\"verdict checked\">checked</span>"))
        let csv = try runBinary(binary, ["report", "--csv", folder])
        #expect(csv.out.split(separator: "\r\n").count == 5)
    }

    @Test(.enabled(if: endToEndRequired || readerBinary != nil, "needs a built nkreader"))
    func aBrokenReviewFileIsRefusedNotOverwritten() throws {
        let binary = try #require(readerBinary)
        let folder = try seedCopy("broken")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let broken = "{\"format\": \"nkreader review\", \"verdicts\": [ oops"
        try broken.write(toFile: folder + "/nkreader-review.json", atomically: true, encoding: .utf8)
        let run = try runBinary(binary, ["report", folder])
        #expect(run.status == 2)
        #expect(run.err.hasPrefix("nkreader: \(folder)/nkreader-review.json: not valid JSON"))
        #expect(run.err.contains("fix it, or move it away"))
        #expect(try String(contentsOfFile: folder + "/nkreader-review.json", encoding: .utf8) == broken)
    }
}

struct CommandLinePolishTests {
    @Test(.enabled(if: endToEndRequired || readerBinary != nil, "needs a built nkreader"))
    func versionAndSuggestions() throws {
        let binary = try #require(readerBinary)
        let version = try runBinary(binary, ["--version"])
        #expect(version.status == 0 && version.out.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
        let typo = try runBinary(binary, ["conflcts"])
        #expect(typo.status == 2)
        #expect(typo.err == "nkreader: 'conflcts' is neither a file nor a command; did you mean 'nkreader conflicts'?\n")
        let report = try runBinary(binary, ["reprot", "--csv"])
        #expect(report.err.contains("did you mean 'nkreader report'?"))
        // A missing file that looks like no command is still just missing.
        let missing = try runBinary(binary, ["no-such-article.txt"])
        #expect(missing.status == 2 && missing.err.contains("no such file or directory") && !missing.err.contains("did you mean"))
    }

    /// On a terminal ncurses cannot drive, the reader prints the report rather than a broken screen.
    @Test(.enabled(if: endToEndRequired || (Tmux.available && readerBinary != nil), "needs tmux and a built nkreader"))
    func dumbTerminalGetsTheReport() throws {
        let binary = try #require(readerBinary)
        let tmux = Tmux()
        defer { tmux.kill() }
        let folder = try seedCopy("dumb")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        tmux.run(["new-session", "-d", "-s", "nk", "-x", "160", "-y", "40",
                  "env TERM=dumb LANG=C.UTF-8 '\(binary)' '\(folder)'; echo EXIT=$?; sleep 30"])
        tmux.wait("the report instead of the reader") { $0.contains("EXIT=") }
        // The report is longer than the pane: read the scrollback too.
        let screen = tmux.run(["capture-pane", "-p", "-S", "-500", "-t", "nk"], output: true)
        #expect(screen.contains("nkreader: warning: TERM=dumb cannot draw the reader; printing the report instead"))
        #expect(screen.contains("# Contradictions"))
        #expect(screen.contains("EXIT=0"))
    }
}

extension ReviewEndToEndTests {
    /// A review file that cannot be written: the reason is on the status line, q asks twice, and
    /// the verdict is printed on stderr once the terminal is back.
    @Test(.enabled(if: endToEndRequired || (Tmux.available && readerBinary != nil), "needs tmux and a built nkreader"))
    func aSaveThatFailsLosesNothing() throws {
        let binary = try #require(readerBinary)
        let folder = try seedCopy("unsaved")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let tmux = Tmux()
        defer { tmux.kill() }
        // A path under a file: no folder can be made there.
        tmux.run(["new-session", "-d", "-s", "nk", "-x", "160", "-y", "40",
                  "env TERM=xterm-256color LANG=C.UTF-8 '\(binary)' --review '\(folder)/metadata.json/review.json' '\(folder)'; echo EXIT=$?; sleep 30"])
        tmux.wait("the reader") { $0.contains("4 contradictions in 2 measures") }
        tmux.send("n", "x")
        tmux.wait("the save problem on the status line") { $0.contains("⚠ NOT SAVED — 1/4 [✓] checked") && $0.contains("Not saved: \(folder)/metadata.json/review.json") }
        tmux.send("q")
        tmux.wait("the warning") { $0.contains("q again quits and prints them on stderr") }
        tmux.send("q")
        let screen = tmux.wait("the verdict printed after the reader") { $0.contains("EXIT=1") }
        #expect(screen.contains("nkreader: 1 verdict could not be saved to \(folder)/metadata.json/review.json"))
        #expect(screen.contains("\"state\" : \"checked\""))
    }
}

extension ReviewEndToEndTests {
    /// Ctrl-L in one reader shows the verdict another reader just saved.
    @Test(.enabled(if: endToEndRequired || (Tmux.available && readerBinary != nil), "needs tmux and a built nkreader"))
    func ctrlLShowsAnotherReadersVerdict() throws {
        let binary = try #require(readerBinary)
        let folder = try seedCopy("reload")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let one = Tmux(), two = Tmux()
        defer { one.kill(); two.kill() }
        open(one, binary, folder, exitFile: folder + "/.exit1")
        open(two, binary, folder, exitFile: folder + "/.exit2")
        one.wait("the first reader") { $0.contains("4 contradictions in 2 measures") }
        two.wait("the second reader") { $0.contains("4 contradictions in 2 measures —") }
        one.send("n", "x")
        one.wait("its verdict") { $0.contains("[✓] checked") }
        two.send("C-l")
        two.wait("the other reader's verdict after Ctrl-L") { $0.contains("4 contradictions in 2 measures (1 checked)") }
    }
}
