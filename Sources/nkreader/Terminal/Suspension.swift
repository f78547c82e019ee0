import CNcurses
import CTerminalGuard
import Foundation
import NKReader

/// Leaving the screen to another program (an editor, a pager, xdg-open) and taking it back.
extension Terminal {
    /// Runs `argv` in the terminal with the reader's modes undone, waits for it, and redraws.
    /// Ctrl-C while it runs is the program's, not the reader's. Returns how it went, for the
    /// status line.
    func run(_ argv: [String]) -> String {
        nk_guard_disarm()
        endwin()
        // As system() does: the program gets Ctrl-C and Ctrl-\, the reader waits through them.
        let ignored = [SIGINT, SIGQUIT].map { ($0, signal($0, SIG_IGN)) }
        let status = Terminal.spawnAndWait(argv, stdinFromTTY: isatty(STDIN_FILENO) == 0)
        for (sig, previous) in ignored { signal(sig, previous) }
        Terminal.resetSequence().withCString { nk_guard_arm(STDOUT_FILENO, $0) }
        // Back to the reader's modes; the caller draws the whole screen again.
        refresh()
        // "vim", not "/bin/sh" nor "/usr/bin/vim".
        let program = argv.count > 2 && argv[0] == "/bin/sh" ? argv[2].split(separator: " ").first.map(String.init) ?? argv[0] : argv[0]
        let name = (program as NSString).lastPathComponent
        switch status {
        case .failedToStart(let errno): return "Could not run \(name): \(String(cString: strerror(errno)))"
        case .exited(0): return "Back from \(name)."
        case .exited(127): return "\(name) was not found (exit status 127)."
        case .exited(let code): return "\(name) ended with exit status \(code)."
        case .signalled(let sig): return "\(name) was stopped by signal \(sig)."
        }
    }

    enum ChildStatus: Equatable {
        case failedToStart(Int32)
        case exited(Int32)
        case signalled(Int32)
    }

    /// posix_spawn with the signals the reader changed set back to their defaults; standard input
    /// from the terminal when the reader's own came from a pipe (`nkreader -`).
    private static func spawnAndWait(_ argv: [String], stdinFromTTY: Bool) -> ChildStatus {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if stdinFromTTY { posix_spawn_file_actions_addopen(&actions, 0, "/dev/tty", O_RDONLY, 0) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for sig in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGWINCH, SIGPIPE] { sigaddset(&defaults, sig) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var cargs = argv.map { strdup($0) } + [nil]
        defer { for a in cargs { free(a) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, &cargs, environ)
        guard spawned == 0 else { return .failedToStart(spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS are macros: the low 7 bits are the signal, 0 when it exited.
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    }
}

extension Terminal {
    /// Opens the original the reader asked for (`v`): plans the program from the environment,
    /// runs it in the terminal, and says how it went.
    func open(_ request: OpenRequest) -> String {
        let environment = ProcessInfo.processInfo.environment
        switch OpenCommand.plan(request, environment: environment, find: { Terminal.onPath($0, environment) }) {
        case .impossible(let why): return why
        case .run(let argv): return run(argv)
        }
    }

    /// A program's path on PATH, nil when it is not there.
    static func onPath(_ program: String, _ environment: [String: String]) -> String? {
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
