import NKCore

/// The `m` table: a header, one row per claim of the measure, the sort keys at the bottom.
extension ReaderState {
    /// The inside of the overlay box the table is drawn in.
    func measureTableArea() -> (x: Int, y: Int, width: Int, height: Int) {
        let f = overlayFrame()
        return (f.x + 2, f.y + 1, max(1, f.width - 4), max(1, f.height - 2))
    }

    func drawMeasureTable(_ table: MeasureTable, into s: inout Screen) {
        let claims = measureTableClaims(table)
        let area = drawBox("Every claim of '\(table.measure)' — \(claims.count) claim\(claims.count == 1 ? "" : "s")", into: &s)
        let right = area.x + area.width
        // Below 70 columns the columns would be cut to nothing: each claim takes two rows,
        // figure and who says it, then outlet, date and verdict.
        let stacked = area.width < 70
        let widths = ColumnWidths.fit(preferred: [22, 26, 22, 11, 14], total: area.width, growing: [1, 2])
        func drawRow(_ cells: [(String, Role)], y: Int, selected: Bool) {
            if selected { s.fill(x: area.x, y: y, count: area.width, role: .selection) }
            var x = area.x
            for ((text, role), w) in zip(cells, widths) where w > 0 {
                s.write(ConflictsReport.padded(text, w), x: x, y: y, role: selected ? .selection : role, limit: min(right, x + w))
                x += w + 1
            }
        }
        if stacked {
            s.write("figure · who says it / outlet · date · verdict", x: area.x, y: area.y, role: .overlayTitle, limit: right)
        } else {
            drawRow(["figure", "who says it", "outlet", "date", "verdict"].map { ($0, .overlayTitle) }, y: area.y, selected: false)
        }
        // The footer names the sort keys, the current one marked with its direction; the other
        // keys on a row of their own when they do not fit beside them.
        let orders = MeasureTable.Order.allCases.map { o in
            o == table.order ? "[\(o.key) \(o.label) \(table.descending ? "↓" : "↑")]" : "\(o.key) \(o.label)"
        }
        let sortKeys = "sort: " + orders.joined(separator: "  ")
        let moveKeys = "j k move · Enter jump · M S D correct · t chart · Esc"
        let twoFooterRows = DisplayWidth.of(sortKeys + " · " + moveKeys) > area.width && area.height > 8
        let footerRows = area.height > 1 ? (twoFooterRows ? 2 : 1) : 0
        if twoFooterRows {
            s.write(sortKeys, x: area.x, y: area.y + area.height - 2, role: .hint, limit: right)
            s.write(moveKeys, x: area.x, y: area.y + area.height - 1, role: .hint, limit: right)
        } else if footerRows == 1 {
            s.write(sortKeys + " · " + moveKeys, x: area.x, y: area.y + area.height - 1, role: .hint, limit: right)
        }
        let rowsTop = area.y + 1
        let rowHeight = stacked ? 2 : 1
        let visible = max(0, (area.height - 1 - footerRows) / rowHeight)
        guard !claims.isEmpty else {
            if visible > 0 { s.write("No claims of this measure.", x: area.x, y: rowsTop, role: .overlay, limit: right) }
            return
        }
        let first = max(0, min(table.selected - visible / 2, claims.count - visible))
        for (n, i) in (first..<min(claims.count, first + visible)).enumerated() {
            let c = claims[i]
            let article = corpus.articleIndex(c.article).map { corpus.articles[$0] }
            let outlet = article.map { Publication($0).name(orID: c.article) } ?? c.article
            let part = c.measure == table.measure ? "" : " (part)"
            let figure = c.figure.text + part + corpus.againMark(c)
            let date = c.date.map(DateLabel.short) ?? "undated"
            let selected = i == table.selected
            let y = rowsTop + n * rowHeight
            guard stacked else {
                drawRow([(figure, figureRole(c)), (c.source ?? "—", .overlay), (outlet, .overlay), (date, .overlay), (verdictLabel(c), .overlay)],
                        y: y, selected: selected)
                continue
            }
            for line in 0..<2 where selected { s.fill(x: area.x, y: y + line, count: area.width, role: .selection) }
            let x = area.x + s.write(figure, x: area.x, y: y, role: selected ? .selection : figureRole(c), limit: right)
            s.write(" · " + (c.source ?? "—"), x: x, y: y, role: selected ? .selection : .overlay, limit: right)
            s.write("  " + [outlet, date, verdictLabel(c)].joined(separator: " · "), x: area.x, y: y + 1, role: selected ? .selection : .overlay, limit: right)
        }
        // More rows than fit: say where the window is.
        if claims.count > visible, visible > 0 {
            let position = " \(first + 1)–\(first + min(visible, claims.count - first))/\(claims.count) "
            s.write(position, x: max(area.x, right - DisplayWidth.of(position)), y: area.y - 1, role: .overlayTitle, limit: right)
        }
    }

    /// A claim's figure lit as it is in the article: contradiction, agreement or plain.
    func figureRole(_ c: Claim) -> Role {
        guard let i = corpus.articleIndex(c.article) else { return .overlay }
        let role = corpus.highlights[i].first { $0.start == c.figure.start }?.role ?? .overlay
        // A false alarm is no longer flagged, here as in the article.
        return role == .conflict && dismissed[i]?.contains(c.figure.start) == true ? .figure : role
    }
}
