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
                put(cell, x: x, y: y, screenWidth: screen.width)
            }
        }
        refresh()
        previous = screen
    }

    /// One cell. When the C library measures a grapheme differently from our table, a
    /// stand-in of the right width is drawn instead, so columns never drift.
    private func put(_ cell: Cell, x: Int, y: Int, screenWidth: Int) {
        let (attrs, pair) = palette.attributes(cell.role)
        // ncurses takes one spacing character and its combining marks per cell; the rest of a
        // joined emoji sequence (after U+200D) would spill into neighbouring cells, so it is dropped.
        var scalars: [wchar_t] = []
        for s in cell.text.unicodeScalars {
            if s.value == 0x200D { break }
            let w = wchar_t(bitPattern: s.value)
            if !scalars.isEmpty && wcwidth(w) != 0 { break }
            scalars.append(w)
        }
        let cw = scalars.first.map { Int(wcwidth($0)) } ?? 1
        if cw != Int(cell.width) {
            scalars = cw < 0 || cw > Int(cell.width) ? [wchar_t(0x3F)] : [scalars[0]]
        }
        scalars.append(0)
        _ = nk_put_cell(Int32(y), Int32(x), scalars, attrs, pair)
        if cw >= 0 && cw < Int(cell.width) && x + 1 < screenWidth {
            _ = nk_put_cell(Int32(y), Int32(x + 1), [wchar_t(0x20), 0], attrs, pair)
        }
    }
}
