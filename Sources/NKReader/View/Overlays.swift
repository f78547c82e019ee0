import NKCore

/// Boxes drawn over the panes: the article list, the conflict list (help: HelpView.swift).
extension ReaderState {
    /// The overlay's box: a margin of two columns and one row inside the screen.
    func overlayFrame() -> (x: Int, y: Int, width: Int, height: Int) {
        (1, 1, max(10, width - 2), max(3, height - 4))
    }

    func drawBox(_ title: String, into s: inout Screen) -> (x: Int, y: Int, width: Int, height: Int) {
        let f = overlayFrame()
        for y in f.y..<(f.y + f.height) { s.fill(x: f.x, y: y, count: f.width, role: .overlay) }
        for c in f.x..<(f.x + f.width) {
            s.put("─", x: c, y: f.y, role: .overlay)
            s.put("─", x: c, y: f.y + f.height - 1, role: .overlay)
        }
        for y in f.y..<(f.y + f.height) {
            s.put("│", x: f.x, y: y, role: .overlay)
            s.put("│", x: f.x + f.width - 1, y: y, role: .overlay)
        }
        s.put("┌", x: f.x, y: f.y, role: .overlay)
        s.put("┐", x: f.x + f.width - 1, y: f.y, role: .overlay)
        s.put("└", x: f.x, y: f.y + f.height - 1, role: .overlay)
        s.put("┘", x: f.x + f.width - 1, y: f.y + f.height - 1, role: .overlay)
        s.write(" " + title + " ", x: f.x + 2, y: f.y, role: .overlayTitle, limit: f.x + f.width - 1)
        return (f.x + 2, f.y + 1, f.width - 4, f.height - 2)
    }

    /// Lines in a scrolling list, keeping `selected` visible.
    func drawList(_ rows: [(text: String, selectable: Bool)], selected: Int?, in area: (x: Int, y: Int, width: Int, height: Int), into s: inout Screen) {
        let selectedRow = selected.flatMap { sel in rows.indices.filter { rows[$0].selectable }.dropFirst(sel).first }
        let first = max(0, min((selectedRow ?? 0) - area.height / 2, rows.count - area.height))
        for (n, i) in (first..<min(rows.count, first + area.height)).enumerated() {
            let role: Role = i == selectedRow ? .selection : .overlay
            if role == .selection { s.fill(x: area.x, y: area.y + n, count: area.width, role: .selection) }
            s.write(rows[i].text, x: area.x, y: area.y + n, role: role, limit: area.x + area.width)
        }
    }

    func drawArticleList(_ selected: Int, into s: inout Screen) {
        let area = drawBox("Articles — Enter opens in the focused pane, Esc cancels", into: &s)
        let rows = corpus.articles.map { a -> (text: String, selectable: Bool) in
            var fields = [a.metadata.source, a.metadata.date].compactMap { $0 }
            if let language = a.metadata.language, !LanguageCode.isEnglish(language) { fields.append(language) }
            let meta = fields.joined(separator: ", ")
            return ("\(a.metadata.title ?? a.id)" + (meta.isEmpty ? "" : "  (\(meta))"), true)
        }
        drawList(rows, selected: selected, in: area, into: &s)
    }

    func drawConflictList(_ selected: Int, into s: inout Screen) {
        let area = drawBox("Contradictions: \(filter.label) — Enter jumps · x F ! verdict · a note · & filter · m table · t chart · Esc", into: &s)
        var rows: [(text: String, selectable: Bool)] = []
        var lastState: ReviewState?
        var lastConflict = -1
        let listed = listedStops()
        for i in listed {
            let st = corpus.stops[i]
            let state = review.state(ofPair: i)
            if state != lastState {
                if lastState != nil { rows.append(("", false)) }
                rows.append((ReaderState.sectionTitle(state), false))
                lastState = state
                lastConflict = -1
            }
            if st.conflict != lastConflict {
                let c = corpus.result.conflicts[st.conflict]
                rows.append(("  \(c.measure) — \(c.kind.rawValue), severity \(String(format: "%.2f", c.severity))", false))
                lastConflict = st.conflict
            }
            let kind = st.kind == .possibleUpdate ? "  (possible update)" : ""
            let note = review.note(ofPair: i)
            // Both sides in the box, sources shortened when they would push the second out.
            let lead = "  \(state.tag) "
            let sides = StatusFit.pair(st.a, st.b, room: area.width - DisplayWidth.of(lead), separator: "  vs  ")
            rows.append((lead + sides + kind + (note.isEmpty ? "" : "  ✎ " + note), true))
        }
        if rows.isEmpty {
            rows.append((corpus.stops.isEmpty ? "No contradictions." : "No \(filter.label) contradictions — & or Tab changes the filter.", false))
        }
        let hidden = corpus.stops.count - listed.count
        if hidden > 0 { rows.append(("", false)); rows.append(("\(hidden) hidden by the filter (& or Tab shows more)", false)) }
        if !review.unmatched.isEmpty {
            rows.append(("", false))
            rows.append(("\(review.unmatched.count) verdict(s) whose claims are not in these articles (kept in the review file)", false))
            for e in review.unmatched.prefix(20) {
                rows.append(("  \(e.state.tag) \(e.measure): \(e.a.figure) vs \(e.b.figure)" + (e.note.isEmpty ? "" : "  ✎ " + e.note), false))
            }
        }
        let lostFixes = corpus.corrected.unmatched
        if !lostFixes.isEmpty {
            rows.append(("", false))
            rows.append(("\(lostFixes.count) correction(s) whose claims are not in these articles (kept in the review file)", false))
            for c in lostFixes.prefix(20) { rows.append(("  " + c.summary, false)) }
        }
        if !corpus.result.agreements.isEmpty {
            rows.append(("", false))
            rows.append(("Agreements", false))
            for a in corpus.result.agreements {
                rows.append(("  \(a.measure): " + a.claims.map(ClaimLabel.short).joined(separator: ", "), true))
            }
        }
        drawList(rows, selected: listedItems().isEmpty ? nil : selected, in: area, into: &s)
    }

    static func sectionTitle(_ state: ReviewState) -> String {
        switch state {
        case .unreviewed: "To review"
        case .followUp: "Follow up"
        case .checked: "Checked"
        case .falseAlarm: "False alarms (no longer flagged)"
        }
    }
}

import Foundation
