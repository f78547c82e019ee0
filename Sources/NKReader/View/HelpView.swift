import NKCore

/// The help and legend overlays: styled lines in the box, scrolled, with where more lies.
extension ReaderState {
    /// The inside of the help box: the overlay's box.
    func helpArea() -> (x: Int, y: Int, width: Int, height: Int) {
        let f = overlayFrame()
        return (f.x + 2, f.y + 1, max(1, f.width - 4), max(1, f.height - 2))
    }

    func drawHelp(_ page: HelpPage, into s: inout Screen) {
        let lines = helpLines(page.topic)
        let title = page.topic == .keys ? "Keys — ? q Esc close" : "Legend — L q Esc close"
        let area = drawBox(title, into: &s)
        let top = max(0, min(page.top, lines.count - area.height))
        let right = area.x + area.width
        for (row, line) in lines.dropFirst(top).prefix(area.height).enumerated() {
            var x = area.x
            for piece in line.pieces { x += s.write(piece.text, x: x, y: area.y + row, role: piece.role, limit: right) }
        }
        // What is above and below, on the box's borders, with the keys that get there.
        let f = overlayFrame()
        if top > 0 { drawScrollMark("↑ more (k b)", y: f.y, into: &s) }
        if top + area.height < lines.count {
            drawScrollMark("↓ more (j Space) \(min(lines.count, top + area.height))/\(lines.count)", y: f.y + f.height - 1, into: &s)
        }
    }

    private func drawScrollMark(_ text: String, y: Int, into s: inout Screen) {
        let f = overlayFrame()
        let label = " " + text + " "
        let x = max(f.x + 1, f.x + f.width - 2 - DisplayWidth.of(label))
        s.write(label, x: x, y: y, role: .overlayTitle, limit: f.x + f.width - 1)
    }
}
