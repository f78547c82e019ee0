import CNcurses
import NKReader

/// Draws a `Screen` with ncurses, touching only the cells that changed since the last frame.
struct Painter {
    private var previous: Screen?
    let palette: Palette

    init(palette: Palette) { self.palette = palette }

    /// Forgets what is on the terminal, so the next frame is drawn whole (Ctrl-L, resize).
    mutating func invalidate() {
        previous = nil
        clearok(nk_curscr(), true)
    }

    mutating func draw(_ screen: Screen) {
        let full = previous.map { $0.width != screen.width || $0.height != screen.height } ?? true
        if full { erase() }
        for y in 0..<screen.height {
            for x in 0..<screen.width {
                let cell = screen[x, y]
                if cell.width == 0 { continue }
                if !full, let p = previous, p[x, y] == cell, x + 1 >= screen.width || p[x + 1, y] == screen[x + 1, y] { continue }
                put(cell, x: x, y: y)
            }
        }
        refresh()
        previous = screen
    }

    /// One cell of the model, as the ncurses cells that draw it at the same width.
    private func put(_ cell: Cell, x: Int, y: Int) {
        let (attrs, pair) = palette.attributes(cell.role)
        for part in CellScalars.parts(cell.text, width: Int(cell.width)) {
            _ = nk_put_cluster(Int32(y), Int32(x + part.dx), part.scalars, Int32(part.scalars.count), attrs, pair)
        }
    }
}
