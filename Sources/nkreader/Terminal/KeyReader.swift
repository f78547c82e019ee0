import CNcurses
import NKReader

/// Reads one key from ncurses and names it.
enum KeyReader {
    static func next() -> Key? {
        var ch: wint_t = 0
        let r = get_wch(&ch)
        if r == ERR { return nil }
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
