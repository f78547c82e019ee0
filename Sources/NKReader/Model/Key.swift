/// Input, already decoded from the terminal.
public enum Key: Equatable, Sendable {
    case character(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace
    case redraw
    /// Ctrl-U: in a line being typed, deletes what is before the cursor (as shells do).
    case clearLine
    case resize(width: Int, height: Int)
    case mouse(x: Int, y: Int, event: MouseEvent)

    public enum MouseEvent: Equatable, Sendable { case wheelUp, wheelDown, click }
}
