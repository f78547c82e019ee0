import CNcurses
import Foundation
import NKReader

/// Reads one key from ncurses and names it.
enum KeyReader {
    enum Event {
        case key(Key)
        /// Something for the main loop other than a key: the wake pipe was written.
        case woken
        /// Input that names no key (an unknown escape sequence, a mouse event not used).
        case ignored
        /// The terminal is gone: nothing more will come.
        case closed
    }

    /// Waits for a key on `input` or a byte on `wake`. ncurses reads in no-delay mode: what it
    /// already holds (the rest of an escape sequence, a pending resize) is taken before waiting,
    /// so `poll()` never sleeps on input ncurses has buffered.
    static func wait(input: Int32, wake: Int32?) -> Event {
        while true {
            if let event = next() { return event }
            var fds = [pollfd(fd: input, events: Int16(POLLIN), revents: 0)]
            if let wake { fds.append(pollfd(fd: wake, events: Int16(POLLIN), revents: 0)) }
            // A signal (SIGWINCH) interrupts poll; the loop then reads KEY_RESIZE.
            guard poll(&fds, nfds_t(fds.count), -1) > 0 else { continue }
            if fds.count > 1 && fds[1].revents != 0 { return .woken }
            if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .closed }
        }
    }

    /// The next key ncurses has, without waiting; nil when there is none.
    private static func next() -> Event? {
        var ch: wint_t = 0
        let r = get_wch(&ch)
        if r == ERR { return nil }
        return name(r, ch).map(Event.key) ?? .ignored
    }

    private static func name(_ r: Int32, _ ch: wint_t) -> Key? {
        if r == KEY_CODE_YES {
            switch Int32(ch) {
            case KEY_UP: return .up
            case KEY_DOWN: return .down
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_NPAGE: return .pageDown
            case KEY_PPAGE: return .pageUp
            case KEY_HOME: return .home
            case KEY_END: return .end
            case KEY_BTAB: return .backTab
            case KEY_ENTER: return .enter
            case KEY_BACKSPACE: return .backspace
            case KEY_RESIZE:
                return .resize(width: Int(getmaxx(nk_stdscr())), height: Int(getmaxy(nk_stdscr())))
            case KEY_MOUSE:
                var event = MEVENT()
                guard getmouse(&event) == OK else { return nil }
                let m = event.bstate
                if nk_is_wheel_up(m) != 0 { return .mouse(x: Int(event.x), y: Int(event.y), event: .wheelUp) }
                if nk_is_wheel_down(m) != 0 { return .mouse(x: Int(event.x), y: Int(event.y), event: .wheelDown) }
                if nk_is_click(m) != 0 { return .mouse(x: Int(event.x), y: Int(event.y), event: .click) }
                return nil
            default: return nil
            }
        }
        switch ch {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 12: return .redraw
        case 21: return .clearLine
        default:
            guard let s = Unicode.Scalar(UInt32(ch)), ch >= 32 else { return nil }
            return .character(Character(s))
        }
    }
}
