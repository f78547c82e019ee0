import Foundation
import NKCore

/// The timeline of one measure as a chart: one row per claim in date order, its value or range
/// drawn against a common scale in the claim's highlight (contradiction, agreement, plain), then
/// its figure, who says it and the outlet; the selected row marked, and kept in view.
extension ReaderState {
    func drawTimeline(_ chart: TimelineChart, into s: inout Screen) {
        let claims = timelineClaims(chart)
        let area = drawBox("Timeline: \(chart.measure) — \(claims.count) claim\(claims.count == 1 ? "" : "s")", into: &s)
        let right = area.x + area.width
        let bounds = claims.flatMap { [$0.figure.low, $0.figure.high] }.compactMap { $0 }.filter(\.isFinite)
        guard let maxValue = bounds.max(), maxValue > 0 else {
            s.write("No figures to chart.", x: area.x, y: area.y, role: .overlay, limit: right)
            return
        }
        let scaleMax = maxValue * 1.1
        let dateWidth = min(12, max(9, area.width / 6))
        // Who says what gets the room it needs (72 columns) beside the bars when the bars keep
        // 20; on a narrower screen it goes on a line of its own under each bar.
        let besides = area.width - dateWidth - 2 - 72 >= 20
        let barWidth = besides ? min(60, area.width - dateWidth - 2 - 72) : max(4, area.width - dateWidth - 1)
        let rowHeight = besides ? 1 : 2
        let barX = area.x + dateWidth
        let labelX = barX + barWidth + 2
        let columns = ColumnWidths.fit(preferred: [21, 22, 24], total: max(0, right - labelX), growing: [1, 2], widest: 36)
        // Clamped while still a Double: a value far off the scale (-1e20) must not trap converting to Int.
        func column(_ v: Double) -> Int {
            let x = (v / scaleMax) * Double(barWidth - 1)
            guard x.isFinite else { return x > 0 ? barX + barWidth - 1 : barX }
            return barX + Int(min(Double(barWidth - 1), max(0, x)))
        }
        let current = stop.map { [corpus.stops[$0].a, corpus.stops[$0].b] } ?? []
        // Axis: 0 and the top of the scale (when it clears the 0); then the rows; the keys and
        // what the colours mean last.
        s.write("0", x: barX, y: area.y, role: .meta, limit: right)
        let top = Bounds.number(maxValue)
        let topX = column(maxValue) - DisplayWidth.of(top) + 1
        if topX > barX + 1 { s.write(top, x: topX, y: area.y, role: .meta, limit: right) }
        let footer = drawTimelineFooter(area, into: &s)
        let rowsTop = area.y + 1
        let visible = max(0, (area.height - 1 - footer) / rowHeight)
        let first = max(0, min(chart.selected - visible / 2, claims.count - visible))
        for (n, i) in (first..<min(claims.count, first + visible)).enumerated() {
            let c = claims[i]
            let y = rowsTop + n * rowHeight
            let selected = i == chart.selected
            let part = c.measure != chart.measure
            let role: Role = current.contains(c) ? .current : part ? .meta : figureRole(c)
            let text: Role = selected ? .selection : part ? .meta : .overlay
            for line in 0..<rowHeight where selected { s.fill(x: area.x, y: y + line, count: area.width, role: .selection) }
            s.write(c.date.map(DateLabel.short) ?? "undated", x: area.x, y: y, role: text, limit: barX - 1)
            for x in barX..<(barX + barWidth) { s.put("·", x: x, y: y, role: .meta, limit: right) }
            drawBar(c.figure, role: role, y: y, from: barX, to: barX + barWidth, limit: right, column: column, into: &s)
            let outlet = corpus.articleIndex(c.article).map { Publication(corpus.articles[$0]).name(orID: c.article) } ?? c.article
            let cells = [Bounds.describe(c.figure) + (part ? " (part)" : "") + corpus.againMark(c), c.source ?? "no source", outlet]
            guard besides else {
                s.write(cells.joined(separator: " · "), x: area.x + 2, y: y + 1, role: text, limit: right)
                continue
            }
            var x = labelX
            for (cell, w) in zip(cells, columns) where w > 0 {
                s.write(ConflictsReport.padded(cell, w), x: x, y: y, role: text, limit: min(right, x + w))
                x += w + 1
            }
        }
        // More rows than fit: say where the window is.
        if claims.count > visible, visible > 0 {
            let position = " \(first + 1)–\(first + min(visible, claims.count - first))/\(claims.count) "
            s.write(position, x: max(area.x, right - DisplayWidth.of(position)), y: area.y - 1, role: .overlayTitle, limit: right)
        }
    }

    /// A point for one value (◆ when approximate), a bar for a range, an arrow for an open end.
    private func drawBar(_ f: Figure, role: Role, y: Int, from barX: Int, to barEnd: Int, limit: Int, column: (Double) -> Int, into s: inout Screen) {
        switch (f.low, f.high) {
        case let (l?, h?) where l == h:
            s.put(f.approx ? "◆" : "●", x: column(l), y: y, role: role, limit: limit)
        case let (l?, h?):
            for x in column(l)...max(column(l), column(h)) { s.put("━", x: x, y: y, role: role, limit: limit) }
            s.put("├", x: column(l), y: y, role: role, limit: limit)
            s.put("┤", x: column(h), y: y, role: role, limit: limit)
        case let (nil, h?):
            for x in barX...column(h) { s.put("━", x: x, y: y, role: role, limit: limit) }
            s.put("┤", x: column(h), y: y, role: role, limit: limit)
        case let (l?, nil):
            for x in column(l)..<barEnd { s.put("━", x: x, y: y, role: role, limit: limit) }
            s.put("├", x: column(l), y: y, role: role, limit: limit)
            s.put("▶", x: barEnd - 1, y: y, role: role, limit: limit)
        default: break
        }
    }

    /// The bottom row: what each bar's highlight means, then the keys; on two rows when they do
    /// not fit on one and the box is tall enough. Returns the rows it took.
    private func drawTimelineFooter(_ area: (x: Int, y: Int, width: Int, height: Int), into s: inout Screen) -> Int {
        guard area.height > 3 else { return 0 }
        let right = area.x + area.width
        let legend = [(Role.conflict, "contradiction"), (.agreement, "agreement"), (.figure, "neither"), (.current, "current")]
        let keys = "j k move · Enter jump · M S D correct · m table · Esc"
        let legendWidth = legend.reduce(0) { $0 + 4 + DisplayWidth.of($1.1) + 2 }
        let rows = legendWidth + 2 + DisplayWidth.of(keys) > area.width && area.height > 8 ? 2 : 1
        var y = area.y + area.height - rows
        var x = area.x
        for (role, meaning) in legend {
            x += s.write("━━", x: x, y: y, role: role, limit: right)
            x += s.write(" \(meaning)  ", x: x, y: y, role: .hint, limit: right)
        }
        if rows == 2 { (x, y) = (area.x, y + 1) } else { x += s.write("· ", x: x, y: y, role: .hint, limit: right) }
        s.write(keys, x: x, y: y, role: .hint, limit: right)
        return rows
    }
}
