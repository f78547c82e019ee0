import CNcurses
import CTerminalGuard
import Foundation
import NKCore
import NKReader

/// The ncurses session: set up on start, restored on quit, on a signal, and on any error.
final class Terminal {
    private let screen: OpaquePointer
    private let input: UnsafeMutablePointer<FILE>?
    /// Where keys come from: the main loop polls it alongside the background's wake pipe.
    var inputDescriptor: Int32 { input.map { fileno($0) } ?? STDIN_FILENO }
    let palette: Palette
    /// Which emoji sequences this terminal draws as one glyph.
    let joining: ClusterJoining

    struct StartError: Error, CustomStringConvertible {
        var description: String
    }

    init() throws {
        // Wide characters need a UTF-8 codeset; fall back to C.UTF-8 when the locale has none.
        setlocale(LC_ALL, "")
        if nk_codeset_is_utf8() == 0 { setlocale(LC_CTYPE, "C.UTF-8") }
        // Keys come from the terminal even when the articles came from standard input.
        input = isatty(STDIN_FILENO) != 0 ? nil : fopen("/dev/tty", "r")
        if isatty(STDIN_FILENO) == 0 && input == nil { throw StartError(description: "no terminal to read keys from (/dev/tty)") }
        guard let term = ProcessInfo.processInfo.environment["TERM"], !term.isEmpty else {
            throw StartError(description: "TERM is not set: cannot draw the reader")
        }
        // A terminal with no cursor addressing would get a broken screen.
        if ["dumb", "unknown", "emacs"].contains(term) {
            if let input { fclose(input) }
            throw StartError(description: "TERM=\(term) cannot draw the reader")
        }
        nk_guard_save(input.map { fileno($0) } ?? STDIN_FILENO)
        // Asked before ncurses takes the terminal, while its replies can be read directly.
        joining = JoiningProbe.run(input: input.map { fileno($0) } ?? STDIN_FILENO, output: STDOUT_FILENO)
        guard let s = newterm(nil, nk_stdout(), input ?? nk_stdin()) else {
            if let input { fclose(input) }
            throw StartError(description: "cannot use terminal type '\(term)' (try TERM=xterm-256color)")
        }
        set_term(s)
        guard nk_terminfo_string("cup") != nil else {
            endwin()
            delscreen(s)
            if let input { fclose(input) }
            throw StartError(description: "terminal type '\(term)' cannot move the cursor: cannot draw the reader")
        }
        screen = s
        cbreak()
        noecho()
        nonl()
        keypad(nk_stdscr(), true)
        // Keys are read without waiting; KeyReader.wait polls for them (and for the background).
        nodelay(nk_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        mousemask(nk_mouse_mask(), nil)
        mouseinterval(0)
        palette = Palette.start(noColor: ProcessInfo.processInfo.environment["NO_COLOR"])
        Terminal.resetSequence().withCString { nk_guard_arm(STDOUT_FILENO, $0) }
    }

    /// What leaves the reader's modes on this terminal type, written by the crash handler, which
    /// cannot call endwin(): attributes off, cursor shown, keypad and mouse reporting off, the
    /// normal screen back.
    static func resetSequence() -> String {
        var out = ""
        for cap in ["sgr0", "cnorm", "rmkx"] { if let v = nk_terminfo_string(cap) { out += String(cString: v) } }
        if nk_terminfo_string("kmous") != nil { out += "\u{1B}[?1006l\u{1B}[?1002l\u{1B}[?1000l" }
        if let v = nk_terminfo_string("rmcup") { out += String(cString: v) }
        return out
    }

    var size: (width: Int, height: Int) { (Int(getmaxx(nk_stdscr())), Int(getmaxy(nk_stdscr()))) }

    func restore() {
        nk_guard_disarm()
        endwin()
        delscreen(screen)
        if let input { fclose(input) }
    }
}
