import Foundation
import NKCore
import Testing

/// Drives the real binary in a private tmux server, as a user would see it.
struct Tmux {
    let socket = "nkreader-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"

    static var available: Bool { find("tmux") != nil }

    static func find(_ tool: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a tmux command with posix_spawn and waitpid. Only a command that starts no server may
    /// have its output read: a server started by `new-session` would hold the pipe open.
    @discardableResult
    func run(_ args: [String], output: Bool = false) -> String {
        let argv = ["tmux", "-L", socket, "-f", "/dev/null"] + args
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return "" }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if output { posix_spawn_file_actions_adddup2(&actions, fds[1], 1) } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
        var cargs = argv.map { strdup($0) } + [nil]
        defer { for a in cargs { free(a) } }
        // The test runner's threads block signals; tmux and the reader must not inherit that mask.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, Tmux.find("tmux") ?? "/usr/bin/tmux", &actions, &attributes, &cargs, environ)
        close(fds[1])
        var data = [UInt8]()
        if spawned == 0 && output {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(fds[0], &buffer, buffer.count)
                if n <= 0 { break }
                data += buffer[0..<n]
            }
        }
        close(fds[0])
        if spawned == 0 { var status: Int32 = 0; waitpid(pid, &status, 0) }
        return String(decoding: data, as: UTF8.self)
    }

    func capture() -> String { run(["capture-pane", "-p", "-t", "nk"], output: true) }
    func send(_ keys: String...) { run(["send-keys", "-t", "nk"] + keys) }

    /// Polls the pane until `condition` holds; returns the last capture.
    @discardableResult
    func wait(_ what: String, timeout: Double = 15, _ condition: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = capture()
        while !condition(last) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            last = capture()
        }
        #expect(condition(last), "waiting for \(what); screen was:\n\(last)")
        return last
    }

    func kill() { run(["kill-server"]) }
}

/// The binary `make test` built, or the one `swift build` left.
let readerBinary: String? = {
    if let b = ProcessInfo.processInfo.environment["NKREADER_BINARY"] { return b }
    return [".build/release/nkreader", ".build/debug/nkreader"].map { repositoryRoot.appendingPathComponent($0).path }
        .first { FileManager.default.isExecutableFile(atPath: $0) }
}()

/// What `stty -a` wrote to `path`: it writes its report a little after the file appears, so this
/// waits for the whole of it.
func sttyReport(_ path: String) -> String {
    let deadline = Date().addingTimeInterval(10)
    var stty = ""
    while !stty.contains("icanon") && Date() < deadline {
        Thread.sleep(forTimeInterval: 0.05)
        stty = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
    return stty
}

/// `make test` requires this test; a bare `swift test` runs it when tmux and a binary are there.
let endToEndRequired = ProcessInfo.processInfo.environment["NKREADER_E2E"] == "required"

struct EndToEndTests {
    @Test(.enabled(if: endToEndRequired || (Tmux.available && readerBinary != nil), "needs tmux and a built nkreader"))
    func readerInTmux() throws {
        let binary = try #require(readerBinary, "no nkreader binary; run `make test`")
        #expect(Tmux.available, "tmux is not installed")
        let tmux = Tmux()
        defer { tmux.kill() }
        let exitFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(tmux.socket).exit").path
        let command = "cd '\(repositoryRoot.path)' && env TERM=xterm-256color LANG=C.UTF-8 '\(binary)'; echo EXIT=$? > '\(exitFile)'; sleep 30"
        tmux.run(["new-session", "-d", "-s", "nk", "-x", "120", "-y", "40", command])

        let first = tmux.wait("the reader to open") { $0.contains("contradictions in") }
        let rows = first.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[0].contains("Deploying NK Troops") && rows[0].contains("Practical Benefits"))
        #expect(rows.prefix(38).filter { $0.contains("│") }.count >= 30)

        let count = 4
        for i in 1...count {
            tmux.send("n")
            tmux.wait("contradiction \(i)") { $0.contains(" \(i)/\(count) ") }
        }
        tmux.send("n")
        tmux.wait("wrapping to the first") { $0.contains(" 1/\(count) ") }

        tmux.send("?")
        tmux.wait("help") { $0.contains("next / previous contradiction") }
        tmux.send("Escape")
        tmux.wait("help to close") { !$0.contains("next / previous contradiction") }

        tmux.run(["resize-window", "-t", "nk", "-x", "90", "-y", "30"])
        let resized = tmux.wait("a reflow to 90 columns") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count >= 30 && lines.allSatisfy { $0.count <= 90 } && screen.contains(" 1/\(count) ")
        }
        #expect(resized.contains("│"))

        tmux.send("q")
        let deadline = Date().addingTimeInterval(10)
        // The shell creates the file a moment before it writes the status into it.
        var status = "no exit file"
        while !status.contains("EXIT=") && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            status = (try? String(contentsOfFile: exitFile, encoding: .utf8)) ?? "no exit file"
        }
        #expect(status.trimmingCharacters(in: .whitespacesAndNewlines) == "EXIT=0")
        // The terminal is restored: the reader's screen is gone.
        tmux.wait("the screen to be restored") { !$0.contains("contradictions in") && !$0.contains("n/N contradiction") }
        try? FileManager.default.removeItem(atPath: exitFile)
    }

    @Test(.enabled(if: endToEndRequired || (Tmux.available && readerBinary != nil), "needs tmux and a built nkreader"))
    func signalRestoresTheTerminal() throws {
        let binary = try #require(readerBinary)
        let tmux = Tmux()
        defer { tmux.kill() }
        let exitFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(tmux.socket).exit").path
        let command = "trap true INT; cd '\(repositoryRoot.path)' && env TERM=xterm-256color '\(binary)'; echo EXIT=$? > '\(exitFile)'; stty -a > '\(exitFile).stty'; sleep 30"
        tmux.run(["new-session", "-d", "-s", "nk", "-x", "100", "-y", "30", command])
        tmux.wait("the reader to open") { $0.contains("contradictions in") }
        tmux.send("C-c")
        let stty = sttyReport(exitFile + ".stty")
        let status = (try? String(contentsOfFile: exitFile, encoding: .utf8)) ?? ""
        #expect(status.contains("EXIT=130"))
        #expect(stty.contains(" echo ") || stty.contains(" echo\n") || stty.hasPrefix("echo"), "echo is back on: \(stty)")
        #expect(stty.contains("icanon"))
        #expect(!stty.contains("-icanon"))
        try? FileManager.default.removeItem(atPath: exitFile)
        try? FileManager.default.removeItem(atPath: exitFile + ".stty")
    }
}

extension EndToEndTests {
    /// A fatal signal (what a Swift runtime trap raises, or a bad pointer) still gives the terminal
    /// back: modes, echo, the normal screen.
    @Test(.enabled(if: endToEndRequired || (Tmux.available && readerBinary != nil), "needs tmux and a built nkreader"),
          arguments: [("ILL", 132), ("SEGV", 139), ("ABRT", 134)])
    func fatalSignalRestoresTheTerminal(signal: String, status: Int) throws {
        let binary = try #require(readerBinary)
        let tmux = Tmux()
        defer { tmux.kill() }
        let exitFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(tmux.socket).exit").path
        // A simple command in the background, so that $! is the reader itself.
        let command = "cd '\(repositoryRoot.path)'; env TERM=xterm-256color '\(binary)' & echo $! > '\(exitFile).pid'; wait $!; "
            + "echo EXIT=$? > '\(exitFile)'; stty -a > '\(exitFile).stty'; echo RESTORED; sleep 30"
        tmux.run(["new-session", "-d", "-s", "nk", "-x", "100", "-y", "30", command])
        tmux.wait("the reader to open") { $0.contains("contradictions in") }
        let pid = try #require(Int32(((try? String(contentsOfFile: exitFile + ".pid", encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)))
        kill(pid, signal == "ILL" ? SIGILL : signal == "SEGV" ? SIGSEGV : SIGABRT)
        let screen = tmux.wait("the shell to print after the reader") { $0.contains("RESTORED") }
        #expect(!screen.contains("contradictions in"), "the reader's screen is gone:\n\(screen)")
        let stty = sttyReport(exitFile + ".stty")
        let exit = (try? String(contentsOfFile: exitFile, encoding: .utf8)) ?? ""
        #expect(exit.contains("EXIT=\(status)"))
        #expect(!stty.contains("-icanon") && !stty.contains("-echo "), "cooked mode is back: \(stty)")
        for suffix in ["", ".stty", ".pid"] { try? FileManager.default.removeItem(atPath: exitFile + suffix) }
    }
}

struct WideTextEndToEndTests {
    /// Joined emoji, Korean and combining marks drawn by the real terminal: the divider stays put.
    @Test(.enabled(if: endToEndRequired || (Tmux.available && readerBinary != nil), "needs tmux and a built nkreader"))
    func dividerStaysInItsColumn() throws {
        let binary = try #require(readerBinary)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nkreader-wide-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let line = "Family 👩‍👩‍👧 flag 🇰🇷 한국어 e\u{301} 12,000 troops said officials. "
        try ("Wide Characters In A Test Article\n\n" + String(repeating: line, count: 6)).write(
            to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "Another Article For The Right Pane\n\nOfficials said 9,000 troops were there.".write(
            to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let tmux = Tmux()
        defer { tmux.kill() }
        tmux.run(["new-session", "-d", "-s", "nk", "-x", "100", "-y", "24",
                  "env TERM=xterm-256color LANG=C.UTF-8 '\(binary)' '\(folder.path)'; sleep 30"])
        // Both panes drawn, not only the header: on a loaded machine a capture can fall between.
        let screen = tmux.wait("the reader to open") { $0.contains("Wide Characters") && $0.contains("Officials said 9,000") && $0.contains("q quit") }
        // The divider sits after the left pane's 49 columns on every pane row.
        let left = Array(screen.split(separator: "\n", omittingEmptySubsequences: false).prefix(22))
        let columns = left.compactMap { row -> Int? in
            var col = 0
            for ch in row {
                if ch == "│" { return col }
                col += DisplayWidth.of(ch)
            }
            return nil
        }
        #expect(columns.count == 22, "a divider on every pane row:\n\(screen)")
        #expect(Set(columns) == [49], "the divider moved:\n\(screen)")
    }
}

extension WideTextEndToEndTests {
    /// Columns this tmux gives 👍🏽: 2 where it joins the skin tone, 4 where it draws 👍 and 🏽
    /// apart (tmux 3.3). Read from tmux's own cursor after printing it.
    func skinToneColumns(_ tmux: Tmux) -> Int {
        tmux.run(["new-session", "-d", "-s", "probe", "-x", "20", "-y", "3",
                  "printf '\\360\\237\\221\\215\\360\\237\\217\\275'; sleep 30"])
        let deadline = Date().addingTimeInterval(10)
        var column = 0
        while column == 0 && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            column = Int(tmux.run(["display-message", "-p", "-t", "probe", "#{cursor_x}"], output: true)
                .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        }
        tmux.run(["kill-session", "-t", "probe"])
        return column
    }

    /// A flag pair and a skin-tone emoji reach the terminal whole, and the divider stays put.
    @Test(.enabled(if: endToEndRequired || (Tmux.available && readerBinary != nil), "needs tmux and a built nkreader"))
    func flagsAndSkinTonesDrawWhole() throws {
        let binary = try #require(readerBinary)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nkreader-flags-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let line = "Flags 🇰🇷🇰🇵 and a thumb 👍🏽 and a\u{301}\u{302} with c\u{200D}d. "
        try ("Clusters Drawn Whole\n\n" + String(repeating: line, count: 6)).write(
            to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "Another Article For The Right Pane\n\n👍🏽 🇰🇵 Officials said 9,000 troops were there.".write(
            to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let tmux = Tmux()
        defer { tmux.kill() }
        tmux.run(["new-session", "-d", "-s", "nk", "-x", "100", "-y", "24",
                  "env TERM=xterm-256color LANG=C.UTF-8 '\(binary)' '\(folder.path)'; sleep 30"])
        let screen = tmux.wait("the reader to open") { $0.contains("Clusters Drawn Whole") && $0.contains("Officials said") }
        let thumb = skinToneColumns(tmux)
        #expect(thumb == 2 || thumb == 4, "tmux drew 👍🏽 in \(thumb) columns")
        #expect(screen.contains("🇰🇷🇰🇵"), "both flags whole:\n\(screen)")
        #expect(screen.unicodeScalars.filter { $0.value == 0x1F3FD }.count >= 4, "the skin tone is kept:\n\(screen)")
        #expect(screen.contains("👍🏽 and"))
        let rows = Array(screen.split(separator: "\n", omittingEmptySubsequences: false).prefix(22))
        let columns = rows.compactMap { row -> Int? in
            var col = 0
            for ch in row {
                if ch == "│" { return col }
                col += ch == "👍🏽" ? thumb : DisplayWidth.of(ch)
            }
            return nil
        }
        #expect(columns.count == 22 && Set(columns) == [49], "the divider stays in column 49:\n\(screen)")
    }
}
