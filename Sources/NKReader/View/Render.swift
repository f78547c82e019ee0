import NKCore

/// Drawing the state into a screen. Pure: the same state always gives the same screen.
extension ReaderState {
    public func render() -> Screen {
        var s = Screen(width: width, height: height, joining: joining)
        guard width > 0 && height > 0 else { return s }
        if isTooSmall {
            let lines = [("Terminal too small", Role.warning),
                         ("\(width)×\(height), need \(ReaderState.minimumWidth)×\(ReaderState.minimumHeight)", Role.warning),
                         ("q quits", Role.hint)]
            let top = max(0, (height - lines.count) / 2)
            for (n, (text, role)) in lines.enumerated() where top + n < height {
                s.write(text, x: max(0, (width - DisplayWidth.of(text)) / 2), y: top + n, role: role)
            }
            return s
        }
        if corpus.articles.isEmpty {
            s.write("No articles.", x: 1, y: 0, role: .warning)
            return s
        }
        for p in panes.indices { drawPane(p, into: &s) }
        if showsTwoPanes, let left = paneFrame(0) {
            for y in 0..<(height - 2) { s.put("│", x: left.width, y: y, role: .divider) }
        }
        drawStatus(into: &s)
        drawHint(into: &s)
        switch mode {
        case .help(let page): drawHelp(page, into: &s)
        case .articles(let sel): drawArticleList(sel, into: &s)
        case .conflicts(let sel): drawConflictList(sel, into: &s)
        case .timeline(let chart): drawTimeline(chart, into: &s)
        case .measureTable(let table): drawMeasureTable(table, into: &s)
        // A note started in the list keeps the list in sight.
        case .note(let editing): if let sel = editing.listSelection { drawConflictList(sel, into: &s) }
        case .measure(let picking): drawMeasurePicker(picking, into: &s)
        // A source typed for a row of the table or chart keeps it in sight.
        case .source(let editing): drawOrigin(editing.origin, into: &s)
        default: break
        }
        return s
    }

    private func drawOrigin(_ origin: CorrectionOrigin?, into s: inout Screen) {
        switch origin {
        case .table(let table)?: drawMeasureTable(table, into: &s)
        case .timeline(let chart)?: drawTimeline(chart, into: &s)
        case nil: break
        }
    }

    private func drawPane(_ p: Int, into s: inout Screen) {
        guard let frame = paneFrame(p) else { return }
        let article = corpus.articles[panes[p].article]
        let right = frame.x + frame.width
        let x = frame.x + 1
        let focused = p == focus && showsTwoPanes
        let title = article.metadata.title ?? article.id
        s.write((focused ? "▌" : " "), x: frame.x, y: 0, role: focused ? .current : .title, limit: right)
        s.write(title, x: x, y: 0, role: .title, limit: right - 1)
        s.write(ReaderState.metaLine(article), x: x, y: 1, role: .meta, limit: right - 1)
        for c in x..<(right - 1) { s.put("─", x: c, y: 2, role: .divider) }
        let lines = text(p).lines
        let spans = corpus.highlights[panes[p].article]
        let dismissed = self.dismissed[panes[p].article] ?? []
        let matches = search?.matches[panes[p].article] ?? []
        let mark = panes[p].mark.flatMap { m in corpus.highlights[panes[p].article].first { $0.start <= m && m < $0.end } }
            .map { $0.start..<$0.end } ?? panes[p].mark.map { $0..<($0 + 1) }
        var spanIndex = 0
        for row in 0..<bodyHeight {
            let li = panes[p].top + row
            guard lines.indices.contains(li) else { break }
            let line = lines[li]
            if let first = line.glyphs.first {
                while spanIndex > 0 && spans[spanIndex - 1].end > first.offset { spanIndex -= 1 }
                while spanIndex < spans.count && spans[spanIndex].end <= first.offset { spanIndex += 1 }
            }
            var col = x
            for g in line.glyphs {
                var role: Role = g.isPlaceholder ? .placeholder : .text
                var k = spanIndex
                while k < spans.count && spans[k].start <= g.offset {
                    if g.offset < spans[k].end {
                        // A false alarm is no longer flagged: drawn as a plain figure.
                        role = spans[k].role == .conflict && dismissed.contains(spans[k].start) ? .figure : spans[k].role
                    }
                    k += 1
                }
                if SearchResults.match(in: matches, containing: g.offset) { role = .searchMatch }
                if let mark, mark.contains(g.offset) { role = .current }
                col += s.put(g.character, x: col, y: bodyTop + row, role: role, limit: right - 1)
            }
        }
    }

    private func drawStatus(into s: inout Screen) {
        let y = height - 2
        s.fill(x: 0, y: y, count: width, role: .status)
        let right = statusRight()
        let (line, positions) = fittedStatus()
        s.write(" " + line.line, x: 0, y: y, role: .status, limit: positions ? width - DisplayWidth.of(right) : width)
        if positions { s.write(right, x: width - DisplayWidth.of(right), y: y, role: .status) }
    }

    /// The status text, and whether the panes' positions fit beside it: on a narrow screen
    /// the two sides of the contradiction come first, on one row if they fit there without
    /// the positions (the row below keeps the keys), else on two.
    private func fittedStatus() -> (line: (line: String, below: String?, fits: Bool), positions: Bool) {
        let belowRoom = width - DisplayWidth.of(ReaderState.compactKeys)
        let room = width - DisplayWidth.of(statusRight()) - 2
        let withPositions = room > 10 ? statusText(room: room, below: belowRoom) : nil
        if let withPositions, withPositions.fits, withPositions.below == nil { return (withPositions, true) }
        let alone = statusText(room: width - 1, below: belowRoom)
        if alone.fits, alone.below == nil { return (alone, false) }
        if let withPositions, withPositions.fits { return (withPositions, true) }
        return (alone, false)
    }

    /// The status line's right end: scrollbind, beside the positions it binds, where it is
    /// never cut off, and each pane's position.
    private func statusRight() -> String {
        let position = panes.indices.filter { showsTwoPanes || $0 == focus }.map { p -> String in
            let side = p == 0 ? "L" : "R"
            return "\(side) \(positionLabel(p))"
        }.joined(separator: "  ")
        return (scrollBound ? " ⇅ bound  " : " ") + position + " "
    }

    /// The second side of the current contradiction, when the status line could not hold both.
    var statusSecondSide: String? { fittedStatus().line.below }

    /// The hint row's keys when the second side of a contradiction needs the room.
    static let compactKeys = " ? q"


    /// "Top", "Bot", "All" or a percentage, as less and vim show it.
    func positionLabel(_ p: Int) -> String {
        let total = text(p).lines.count
        if total <= bodyHeight { return "All" }
        if panes[p].top == 0 { return "Top" }
        if panes[p].top + bodyHeight >= total { return "Bot" }
        return "\(min(99, (panes[p].top + bodyHeight) * 100 / total))%"
    }

    private func drawHint(into s: inout Screen) {
        let y = height - 1
        if case .search(let input) = mode {
            let w = s.write("/" + input, x: 0, y: y, role: .text)
            s.put("█", x: min(width - 1, w), y: y, role: .hint)
            return
        }
        if case .note(let editing) = mode {
            drawNoteEditor(editing, row: y, into: &s)
            return
        }
        if case .source(let editing) = mode {
            drawLineEditor(prompt: "Source of \(Sanitizer.oneLine(editing.claim.figure.text)) (empty: as read): ", editing.editor, row: y, into: &s)
            return
        }
        if let line = message ?? saveProblem.map({ "Not saved: " + $0 }) {
            // The second side of the contradiction stays on screen: before the line, its source
            // as short as it needs to be.
            var x = 0
            if let i = stop, statusSecondSide != nil {
                x = s.write("vs " + StatusFit.label(corpus.stops[i].b, room: max(12, width / 2 - 5)) + "  ", x: 0, y: y, role: .status)
            }
            s.write(line, x: x, y: y, role: .warning)
            return
        }
        if let below = statusSecondSide {
            // The status line's second side, then the note if any; ? and q stay at the right.
            let full = "  ? help  q quit"
            let note = stop.map { review.note(ofPair: $0) } ?? ""
            // The note before the long form of the keys: "? q" says as much.
            let keys = DisplayWidth.of(below + (note.isEmpty ? "" : "  Note: " + note) + full) <= width ? full : ReaderState.compactKeys
            let x = s.write(below, x: 0, y: y, role: .status, limit: max(1, width - DisplayWidth.of(keys)))
            if !note.isEmpty { s.write("  Note: " + note, x: x, y: y, role: .text, limit: max(1, width - DisplayWidth.of(keys))) }
            s.write(keys, x: max(0, width - DisplayWidth.of(keys)), y: y, role: .hint)
            return
        }
        if let i = stop, !review.note(ofPair: i).isEmpty {
            // The current contradiction's note takes the hint's place; ? and q stay at the right.
            let keys = "  ? help  q quit"
            s.write("Note: " + review.note(ofPair: i), x: 0, y: y, role: .text, limit: max(1, width - DisplayWidth.of(keys)))
            s.write(keys, x: max(0, width - DisplayWidth.of(keys)), y: y, role: .hint)
            return
        }
        // ? and q stay at the right edge at every width; before them, as many whole keys as fit.
        let keys = "  ? help  q quit"
        let keysX = max(0, width - DisplayWidth.of(keys))
        s.write(ReaderState.hintKeys(room: keysX), x: 0, y: y, role: .hint, limit: keysX)
        s.write(keys, x: keysX, y: y, role: .hint)
    }

    static let readingKeys = ["n/N contradiction", "x/F/! verdict", "a note", "M/S/D correct", "c list", "m measure", "e report",
                              "Tab pane", "= scrollbind", "j/k scroll", "[ ] article", "o open", "t timeline", "v original", "/ search", "L legend"]

    /// The reading keys that fit in `room` columns, whole: a key cut in half ("[") says nothing.
    static func hintKeys(room: Int) -> String {
        var hint = ""
        for key in readingKeys {
            let next = hint.isEmpty ? key : hint + "  " + key
            guard DisplayWidth.of(next) <= room else { break }
            hint = next
        }
        return hint
    }
}

/// Short forms for the status line.
enum ClaimLabel {
    /// "as many as 10,000 (Ukrainian media, Oct 2024)"
    static func short(_ c: Claim) -> String {
        let who = c.source ?? "no source"
        let when = c.date.map(DateLabel.short).map { ", " + $0 } ?? ""
        return "\(Sanitizer.oneLine(c.figure.text)) (\(who)\(when))"
    }
}

extension ReaderState {
    /// The line under an article's title: outlet, author, date and the address it came from;
    /// a language other than English first ("[fr]"), as its claims are read as English.
    static func metaLine(_ article: Article) -> String {
        let m = article.metadata
        var parts = [m.source, m.author, m.date.map(DateLabel.short)].compactMap { $0 }
        if let url = m.url { parts.append(url) }
        var line = parts.isEmpty ? article.id : parts.joined(separator: " · ")
        if let language = m.language, !LanguageCode.isEnglish(language) { line = "[\(language)] " + line }
        return line
    }
}
