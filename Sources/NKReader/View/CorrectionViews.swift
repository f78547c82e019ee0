import NKCore

/// The measure picker: what is typed, then the measures to choose from.
extension ReaderState {
    func drawMeasurePicker(_ picking: MeasurePicking, into s: inout Screen) {
        let claim = picking.claim
        let scope = picking.everyClaim ? "every claim of '\(claim.measure)'" : "\(Sanitizer.oneLine(claim.figure.text)) alone"
        let area = drawBox("Measure of \(scope) — type · ↑↓ pick · Enter sets · Tab: \(picking.everyClaim ? "this claim alone" : "every claim of its measure") · Esc", into: &s)
        let typed = s.write("> " + picking.editor.text, x: area.x, y: area.y, role: .overlay, limit: area.x + area.width)
        s.put(" ", x: min(area.x + typed, area.x + area.width - 1), y: area.y, role: .selection)
        s.write("now: \(claim.measure)", x: area.x, y: area.y + 1, role: .meta, limit: area.x + area.width)
        let rows = measureChoices(picking).map { choice -> (text: String, selectable: Bool) in
            switch choice {
            case .existing(let m): ("  " + m, true)
            case .new(let m): ("  \(m)  (new measure)", true)
            case .asRead(let m): ("  \(m)  (as read: take the correction back)", true)
            case .undoMerge(let c): ("  take back: every '\(c.measure ?? "")' is '\(c.into ?? "")'", true)
            }
        }
        let list = (x: area.x, y: area.y + 3, width: area.width, height: max(1, area.height - 3))
        if rows.isEmpty {
            s.write("No measure contains '\(picking.editor.text)'.", x: list.x, y: list.y, role: .overlay, limit: list.x + list.width)
        } else {
            drawList(rows, selected: picking.selected, in: list, into: &s)
        }
    }
}
