import Foundation
import Testing

/// A file nobody may read, in a folder of articles: every command and the reader name it in one
/// line, show the other articles, and exit 1 once their output is written. Run as an ordinary
/// user (through setpriv when the tests run as root, who may read anything).
struct UnreadFileCommandLineTests {
    /// A folder of two readable articles and one that its reader may not open.
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nkreader-unread-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        chmod(dir.path, 0o755)
        try "Officials said 3,000 troops were deployed on Monday.\n".write(to: dir.appendingPathComponent("a.txt"), atomically: false, encoding: .utf8)
        try "Officials said 12,000 troops were deployed on Monday.\n".write(to: dir.appendingPathComponent("b.txt"), atomically: false, encoding: .utf8)
        try "Officials said 5,000 troops were deployed.\n".write(to: dir.appendingPathComponent("secret.txt"), atomically: false, encoding: .utf8)
        for name in ["a.txt", "b.txt"] { chmod(dir.appendingPathComponent(name).path, 0o644) }
        chmod(dir.appendingPathComponent("secret.txt").path, 0)
        return dir
    }

    /// The command line that runs the binary as a user without root's right to read anything.
    static func unprivileged(_ binary: String) -> [String] {
        geteuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", binary] : [binary]
    }

    static var canDropRoot: Bool { geteuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") }

    @Test(.enabled(if: (endToEndRequired || readerBinary != nil) && canDropRoot, "needs a built nkreader"),
          arguments: [["figures"], ["claims"], ["conflicts", "--json"]])
    func anUnreadableFileIsOneLineAndTheOthersAreShown(command: [String]) throws {
        let binary = try #require(readerBinary)
        let dir = try UnreadFileCommandLineTests.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let argv = UnreadFileCommandLineTests.unprivileged(binary) + command + [dir.path]
        let result = try BundledSeedsCommandLineTests().run(argv[0], Array(argv.dropFirst()), in: dir.path)
        #expect(result.status == 1, "\(result.err)")
        #expect(result.err.contains("\(dir.path)/secret.txt: cannot be read (permission denied); skipped"))
        #expect(result.err.hasSuffix("nkreader: 1 file could not be read (named above)\n"))
        #expect(result.out.contains("3,000") && result.out.contains("12,000") && !result.out.contains("5,000"))
    }

    @Test(.enabled(if: (endToEndRequired || (Tmux.available && readerBinary != nil)) && canDropRoot, "needs tmux and a built nkreader"))
    func theReaderOpensOnTheOthersAndNamesItOnExit() throws {
        let binary = try #require(readerBinary)
        let dir = try UnreadFileCommandLineTests.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let tmux = Tmux()
        defer { tmux.kill() }
        let exitFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(tmux.socket).exit").path
        defer { for suffix in ["", ".err"] { try? FileManager.default.removeItem(atPath: exitFile + suffix) } }
        let argv = UnreadFileCommandLineTests.unprivileged(binary).map { "'\($0)'" }.joined(separator: " ")
        let command = "env TERM=xterm-256color LANG=C.UTF-8 \(argv) '\(dir.path)' 2> '\(exitFile).err'; echo EXIT=$? > '\(exitFile)'; echo ENDED; sleep 30"
        tmux.run(["new-session", "-d", "-s", "nk", "-x", "120", "-y", "40", command])
        let first = tmux.wait("the two readable articles") { $0.contains("3,000") && $0.contains("12,000") }
        #expect(!first.contains("permission denied"))
        tmux.send("q")
        tmux.wait("the shell after the reader") { $0.contains("ENDED") }
        let err = (try? String(contentsOfFile: exitFile + ".err", encoding: .utf8)) ?? ""
        #expect(err.contains("\(dir.path)/secret.txt: cannot be read (permission denied); skipped"), "\(err)")
        #expect(((try? String(contentsOfFile: exitFile, encoding: .utf8)) ?? "").contains("EXIT=1"))
    }
}
