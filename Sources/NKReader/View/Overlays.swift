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

    /// Lines in a scrolling list, keeping `selected` visible. A row in `continuations` goes on
    /// with the row before it (a pair too long for one row): selected with it.
    func drawList(_ rows: [(text: String, selectable: Bool)], selected: Int?, continuations: Set<Int> = [],
                  in area: (x: Int, y: Int, width: Int, height: Int), into s: inout Screen) {
        let selectedRow = selected.flatMap { sel in rows.indices.filter { rows[$0].selectable }.dropFirst(sel).first }
        var selectedRows = selectedRow.map { [$0] } ?? []
        while let last = selectedRows.last, continuations.contains(last + 1) { selectedRows.append(last + 1) }
        let first = max(0, min((selectedRows.last ?? 0) - area.height / 2, rows.count - area.height))
        for (n, i) in (first..<min(rows.count, first + area.height)).enumerated() {
            let role: Role = selectedRows.contains(i) ? .selection : .overlay
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
        // Verdicts and notes judge a contradiction: on an agreement the title offers what it has.
        let onAgreement = if case .agreement? = listedItem(selected) { true } else { false }
        let keys = onAgreement ? "Enter shows it · & filter · m table · t chart · Esc — an agreement takes no verdict or note"
                               : "Enter jumps · x F ! verdict · a note · & filter · m table · t chart · Esc"
        let area = drawBox("Contradictions: \(filter.label) — " + keys, into: &s)
        var rows: [(text: String, selectable: Bool)] = []
        var lastState: ReviewState?
        var lastConflict = -1
        var continuations = Set<Int>()
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
            let note = review.note(ofPair: i).isEmpty ? "" : "  ✎ " + review.note(ofPair: i)
            // Both sides in the box, sources shortened when they would push the second out;
            // when even that is too wide, the second side on a row of its own.
            let lead = "  \(state.tag) "
            let sides = StatusFit.pair(st.a, st.b, room: area.width - DisplayWidth.of(lead + kind), separator: "  vs  ")
            if DisplayWidth.of(lead + sides + kind) <= area.width {
                rows.append((lead + sides + kind + note, true))
            } else {
                let room = area.width - DisplayWidth.of(lead)
                rows.append((lead + StatusFit.label(st.a, room: room - 4) + "  vs", true))
                continuations.insert(rows.count)
                rows.append((String(repeating: " ", count: DisplayWidth.of(lead)) + StatusFit.label(st.b, room: room - DisplayWidth.of(kind)) + kind + note, false))
            }
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
                let line = "  \(a.measure): " + a.claims.map(ClaimLabel.short).joined(separator: ", ")
                guard DisplayWidth.of(line) > area.width else { rows.append((line, true)); continue }
                // Too wide: the measure, then a row for each claim.
                rows.append(("  \(a.measure):", true))
                for c in a.claims {
                    continuations.insert(rows.count)
                    rows.append(("    " + StatusFit.label(c, room: area.width - 4), false))
                }
            }
        }
        drawList(rows, selected: listedItems().isEmpty ? nil : selected, continuations: continuations, in: area, into: &s)
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
