/// Input, already decoded from the terminal.
public enum Key: Equatable, Sendable {
    case character(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace
    case redraw
    case resize(width: Int, height: Int)
    case mouse(x: Int, y: Int, event: MouseEvent)

    public enum MouseEvent: Equatable, Sendable { case wheelUp, wheelDown, click }
}
