import NKCore

/// What the review adds to the screen: the status line's verdict and counts, the note editor.
extension ReaderState {
    /// The status line's text in `room` columns: the current contradiction with its verdict
    /// (both sides always: see StatusFit; `below` is the second side when they cannot share the
    /// row), or the counts.
    func statusText(room: Int = .max, below belowRoom: Int = .max) -> (line: String, below: String?, fits: Bool) {
        var parts: [String] = []
        // The reason is long (paths): it stays on the row below; here, that something is wrong.
        if saveProblem != nil { parts.append("⚠ NOT SAVED —") }
        var contradiction: StatusFit?
        if let analysing = analysisStatusText {
            parts.append(analysing)
        } else if let i = stop {
            let st = corpus.stops[i]
            let kind = st.kind == .possibleUpdate ? " (possible update)" : ""
            let state = review.state(ofPair: i)
            // Unreviewed is the usual case and says nothing, leaving room for both sides.
            let verdict = state == .unreviewed ? "" : "\(state.tag) \(state.rawValue) · "
            let note = review.note(ofPair: i).isEmpty ? "" : "✎ "
            let lead = (parts + ["\(i + 1)/\(corpus.stops.count) \(verdict)\(note)"]).joined(separator: " ")
            contradiction = StatusFit(lead: lead, measure: st.a.measure + kind,
                                      name: st.a.measure, shortKind: kind.isEmpty ? "" : " (update?)", a: st.a, b: st.b, trail: "")
            parts = []
        } else {
            let n = corpus.stops.count
            let measures = corpus.result.conflicts.count
            if n == 0 {
                parts.append("No contradictions found in \(corpus.articles.count) articles")
            } else {
                parts.append("\(n) contradiction\(n == 1 ? "" : "s") in \(measures) measure\(measures == 1 ? "" : "s")\(reviewCounts()) — n for the first")
            }
        }
        if filter != .open { parts.append("· filter: \(filter.label)") }
        // Until the contradictions are known every verdict looks lost.
        let lost = analysis == .complete ? review.unmatched.count : 0
        if lost > 0 { parts.append("· \(lost) verdict\(lost == 1 ? "" : "s") not found") }
        // Until every article is read, corrections cannot be found, nor verdicts.
        let lostFixes = analysis == .complete ? corpus.corrected.unmatched.count : 0
        if lostFixes > 0 { parts.append("· \(lostFixes) correction\(lostFixes == 1 ? "" : "s") not found") }
        guard var contradiction else { return (parts.joined(separator: " "), nil, true) }
        contradiction.trail = parts.isEmpty ? "" : " " + parts.joined(separator: " ")
        return contradiction.fit(room, below: belowRoom)
    }

    /// " (2 checked, 1 false alarm)", or nothing when nothing is reviewed.
    private func reviewCounts() -> String {
        let counts = review.counts
        let parts = [ReviewState.checked, .followUp, .falseAlarm].compactMap { s -> String? in
            guard let n = counts[s], n > 0 else { return nil }
            return s == .falseAlarm ? "\(n) false alarm\(n == 1 ? "" : "s")" : "\(n) \(s.rawValue)"
        }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
    }

    /// "Note on 6,000 vs 25-30,000: text█" on the bottom row.
    func drawNoteEditor(_ editing: NoteEditing, row y: Int, into s: inout Screen) {
        let pair = corpus.stops[editing.pair]
        let prompt = "Note on \(Sanitizer.oneLine(pair.a.figure.text)) vs \(Sanitizer.oneLine(pair.b.figure.text)): "
        drawLineEditor(prompt: prompt, editing.editor, row: y, into: &s)
    }

    /// A prompt and a line being typed, scrolled so that the cursor stays in view.
    func drawLineEditor(prompt: String, _ editor: LineEditor, row y: Int, into s: inout Screen) {
        let keys = "  Enter saves · Esc cancels"
        let room = max(4, width - DisplayWidth.of(prompt) - DisplayWidth.of(keys) - 1)
        let chars = editor.characters
        // Start far enough along that the cursor fits.
        var start = 0
        var used = chars[..<editor.cursor].reduce(0) { $0 + DisplayWidth.of($1) }
        while used >= room && start < chars.count { used -= DisplayWidth.of(chars[start]); start += 1 }
        var x = s.write(prompt, x: 0, y: y, role: .text)
        for (i, ch) in chars.enumerated().dropFirst(start) {
            let role: Role = i == editor.cursor ? .selection : .text
            let w = s.put(ch, x: x, y: y, role: role, limit: DisplayWidth.of(prompt) + room)
            if w == 0 { break }
            x += w
        }
        if editor.cursor == chars.count { s.put(" ", x: x, y: y, role: .selection) }
        s.write(keys, x: max(0, width - DisplayWidth.of(keys)), y: y, role: .hint)
    }
}
