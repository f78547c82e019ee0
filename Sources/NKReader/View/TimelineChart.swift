import NKCore

/// The timeline of one measure as a chart: one row per claim in date order, its value or range
/// drawn against a common scale, the source beside it.
extension ReaderState {
    func drawTimeline(into s: inout Screen) {
        guard let measure = timelineMeasure else { return }
        let area = drawBox("Timeline: \(measure) — Esc closes", into: &s)
        let claims = Timeline.claims(corpus.claims, measure: measure)
        let bounds = claims.flatMap { [$0.figure.low, $0.figure.high] }.compactMap { $0 }.filter(\.isFinite)
        guard let maxValue = bounds.max(), maxValue > 0 else {
            s.write("No figures to chart.", x: area.x, y: area.y, role: .overlay)
            return
        }
        let scaleMax = maxValue * 1.1
        let dateWidth = 12
        let labelWidth = min(44, max(20, area.width / 3))
        let barWidth = max(8, area.width - dateWidth - labelWidth - 2)
        let barX = area.x + dateWidth
        // Clamped while still a Double: a value far off the scale (-1e20) must not trap converting to Int.
        func column(_ v: Double) -> Int {
            let x = (v / scaleMax) * Double(barWidth - 1)
            guard x.isFinite else { return x > 0 ? barX + barWidth - 1 : barX }
            return barX + Int(min(Double(barWidth - 1), max(0, x)))
        }
        let current = stop.map { [corpus.stops[$0].a, corpus.stops[$0].b] } ?? []
        var y = area.y
        // Axis: 0 and the top of the scale.
        s.write("0", x: barX, y: y, role: .meta)
        let top = Bounds.number(maxValue)
        s.write(top, x: column(maxValue) - DisplayWidth.of(top) + 1, y: y, role: .meta)
        y += 1
        for c in claims where y < area.y + area.height {
            let role: Role = current.contains(c) ? .current : c.measure.hasPrefix("part of") ? .meta : .conflict
            s.write(c.date.map(DateLabel.short) ?? "undated", x: area.x, y: y, role: .overlay, limit: barX - 1)
            for x in barX..<(barX + barWidth) { s.put("·", x: x, y: y, role: .meta) }
            let low = c.figure.low
            let high = c.figure.high
            switch (low, high) {
            case let (l?, h?) where l == h:
                s.put(c.figure.approx ? "◆" : "●", x: column(l), y: y, role: role)
            case let (l?, h?):
                for x in column(l)...column(h) { s.put("━", x: x, y: y, role: role) }
                s.put("├", x: column(l), y: y, role: role)
                s.put("┤", x: column(h), y: y, role: role)
            case let (nil, h?):
                for x in barX...column(h) { s.put("━", x: x, y: y, role: role) }
                s.put("┤", x: column(h), y: y, role: role)
            case let (l?, nil):
                for x in column(l)..<(barX + barWidth) { s.put("━", x: x, y: y, role: role) }
                s.put("├", x: column(l), y: y, role: role)
                s.put("▶", x: barX + barWidth - 1, y: y, role: role)
            default: break
            }
            let part = c.measure.hasPrefix("part of") ? " (part)" : ""
            let label = "\(Bounds.describe(c.figure))  \(c.source ?? "no source")\(part)"
            s.write(label, x: barX + barWidth + 2, y: y, role: role == .meta ? .meta : .overlay, limit: area.x + area.width)
            y += 1
        }
    }
}
