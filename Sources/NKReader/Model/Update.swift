import NKCore

/// Key handling: every key becomes a change of state, nothing else.
extension ReaderState {
    public mutating func handle(_ key: Key) {
        message = nil
        if case .resize(let w, let h) = key { resize(width: w, height: h); return }
        if key == .redraw { return }
        switch mode {
        case .reading: reading(key)
        case .help(let page): helpKey(key, page: page)
        case .articles(let s): articleList(key, selected: s)
        case .conflicts(let s): conflictList(key, selected: s)
        case .measureTable(let table): measureTableKey(key, table: table)
        case .timeline(let chart): timelineKey(key, chart: chart)
        case .search(let input): searchInput(key, input: input)
        case .note(let editing): noteInput(key, editing: editing)
        case .measure(let picking): measureInput(key, picking: picking)
        case .source(let editing): sourceInput(key, editing: editing)
        }
    }

    private mutating func reading(_ key: Key) {
        let page = max(1, bodyHeight - 1)
        if let pending = bracketPending {
            bracketPending = nil
            if key == .character("c") {
                panes[focus] = pending.pane
                prepareLayout()
                step(pending.direction)
                return
            }
        }
        if reviewKey(key, listSelection: nil) || correctionKey(key) { return }
        switch key {
        case .character("q"): quitUnlessUnsaved()
        case .character("n"): step(1)
        case .character("N"): step(-1)
        case .tab, .backTab: focus = 1 - focus; prepareLayout()
        case .character("j"), .down: scroll(1)
        case .character("k"), .up: scroll(-1)
        case .character(" "), .pageDown, .character("f"): scroll(page)
        case .character("b"), .pageUp: scroll(-page)
        case .character("d"): scroll(page / 2)
        case .character("u"): scroll(-page / 2)
        case .character("g"), .home: scroll(-Int.max / 2)
        case .character("G"), .end: scroll(Int.max / 2)
        case .character("="):
            scrollBound.toggle()
            message = scrollBound ? "Scrollbind on: the panes scroll together (= again: apart)." : "Scrollbind off: each pane scrolls alone."
        case .character("]"): bracketPending = (1, panes[focus]); switchArticle(1)
        case .character("["): bracketPending = (-1, panes[focus]); switchArticle(-1)
        case .character("o"): mode = .articles(selected: panes[focus].article)
        case .character("c") where contradictionsUnknown != nil: message = contradictionsUnknown
        case .character("c"): mode = .conflicts(selected: stop.flatMap { listedStops().firstIndex(of: $0) } ?? 0)
        case .character("t"): openTimeline()
        case .character("m"): openMeasureTable()
        case .character("v"): requestOpen()
        case .character("?"), .character("h"): mode = .help(HelpPage(.keys))
        case .character("L"): mode = .help(HelpPage(.legend))
        case .character("/"): mode = .search(input: "")
        case .character(">"): jumpToMatch(1)
        case .character("<"): jumpToMatch(-1)
        case .escape:
            // Esc puts the search away, and the match it marked when no contradiction is shown.
            search = nil
            if stop == nil { panes[focus].mark = nil }
        case .mouse(let x, let y, let event): mouse(x: x, y: y, event: event)
        default: break
        }
    }

    /// Scrolls the focused pane, and the other by as many lines when scrollbind is on: each
    /// stops at its own top and bottom.
    private mutating func scroll(_ lines: Int) {
        scroll(lines, pane: focus)
    }

    private mutating func scroll(_ lines: Int, pane p: Int) {
        for q in scrollBound ? panes.indices.map({ $0 }) : [p] {
            panes[q].top += lines
            clampScroll(q)
        }
    }

    /// Next or previous contradiction the filter admits: both panes move to show its two sides.
    /// The first `n` goes to the first one nobody has reviewed yet.
    mutating func step(_ direction: Int) {
        if let unknown = contradictionsUnknown { message = unknown; return }
        guard !corpus.stops.isEmpty else { message = "No contradictions in these articles."; return }
        let admitted = corpus.stops.indices.filter { filter.admits(review.state(ofPair: $0)) }
        guard let first = admitted.first, let last = admitted.last else {
            message = "No \(filter.label) contradictions — & changes the filter."
            return
        }
        let next: Int
        if let s = stop {
            next = direction > 0 ? admitted.first { $0 > s } ?? first : admitted.last { $0 < s } ?? last
        } else {
            let unreviewed = admitted.filter { review.state(ofPair: $0) == .unreviewed }
            next = direction > 0 ? unreviewed.first ?? first : unreviewed.last ?? last
        }
        go(toStop: next)
    }

    /// Quits, unless verdicts could not be saved: then the first `q` says so, the second quits.
    private mutating func quitUnlessUnsaved() {
        guard review.hasUnsavedChanges, !quitWarned else { quit = true; return }
        quitWarned = true
        message = ReaderState.quitWarning(saveProblem ?? "not written yet")
    }

    public mutating func go(toStop index: Int) {
        guard corpus.stops.indices.contains(index) else { return }
        stop = index
        let s = corpus.stops[index]
        guard let a = corpus.articleIndex(s.a.article), let b = corpus.articleIndex(s.b.article) else { return }
        panes[0].article = a
        panes[0].mark = s.a.figure.start
        panes[1].article = b
        panes[1].mark = s.b.figure.start
        prepareLayout()
        reveal(s.a.figure.start, in: 0)
        reveal(s.b.figure.start, in: 1)
        mode = .reading
    }

    private mutating func switchArticle(_ direction: Int) {
        let n = corpus.articles.count
        guard n > 0 else { return }
        open(article: ((panes[focus].article + direction) % n + n) % n, in: focus)
    }

    mutating func open(article: Int, in p: Int) {
        panes[p].article = article
        panes[p].top = 0
        panes[p].mark = nil
        prepareLayout()
    }

    private mutating func resize(width w: Int, height h: Int) {
        // Keep in view what the reader was looking at: the marked claim, or the top row's text.
        let anchors = panes.indices.map { p -> (offset: Int, marked: Bool) in
            if let m = panes[p].mark { return (m, true) }
            let lines = text(p).lines
            return (lines.indices.contains(panes[p].top) ? lines[panes[p].top].offset : 0, false)
        }
        width = max(0, w)
        height = max(0, h)
        prepareLayout()
        for (p, anchor) in anchors.enumerated() {
            if anchor.marked { reveal(anchor.offset, in: p) } else {
                panes[p].top = text(p).line(containing: anchor.offset)
                clampScroll(p)
            }
        }
    }

    private mutating func articleList(_ key: Key, selected: Int) {
        let n = corpus.articles.count
        switch key {
        case .escape, .character("q"), .character("o"): mode = .reading
        case .character("j"), .down: mode = .articles(selected: min(n - 1, selected + 1))
        case .character("k"), .up: mode = .articles(selected: max(0, selected - 1))
        case .character("g"), .home: mode = .articles(selected: 0)
        case .character("G"), .end: mode = .articles(selected: max(0, n - 1))
        case .enter:
            mode = .reading
            if n > 0 { open(article: selected, in: focus) }
        default: break
        }
    }

    private mutating func conflictList(_ key: Key, selected: Int) {
        if reviewKey(key, listSelection: selected) { return }
        let n = listedItems().count
        switch key {
        case .escape, .character("q"), .character("c"): mode = .reading
        case .character("j"), .down: mode = .conflicts(selected: min(max(0, n - 1), selected + 1))
        case .character("k"), .up: mode = .conflicts(selected: max(0, selected - 1))
        case .character("g"), .home: mode = .conflicts(selected: 0)
        case .character("G"), .end: mode = .conflicts(selected: max(0, n - 1))
        case .tab: _ = reviewKey(.character("&"), listSelection: selected)
        case .character("m"), .character("t"):
            // The selected line's measure, as a table or a chart; Esc comes back to the list.
            guard let item = listedItem(selected) else { return }
            let (measure, claim) = measureOf(item)
            if key == .character("m") {
                showMeasureTable(MeasureTable(measure: measure, listSelection: selected), selecting: claim)
            } else {
                showTimeline(TimelineChart(measure: measure, listSelection: selected), selecting: claim)
            }
        case .character("M"), .character("S"), .character("D"):
            message = "M S D correct one claim: m lists this line's claims (then M S D on one), or Enter shows it (Tab picks a side)."
        case .enter:
            mode = .reading
            switch listedItem(selected) {
            case .stop(let i)?: go(toStop: i)
            case .agreement(let i)?: show(agreement: i)
            case nil: break
            }
        default: break
        }
    }

    private mutating func searchInput(_ key: Key, input: String) {
        switch key {
        case .escape: mode = .reading
        case .backspace: mode = .search(input: String(input.dropLast()))
        case .character(let c): mode = .search(input: input + String(c))
        case .enter:
            mode = .reading
            guard !input.isEmpty else { search = nil; return }
            search = SearchResults(query: input, articles: corpus.articles)
            if search?.total == 0 { message = "Not found: \(input)"; search = nil; return }
            jumpToMatch(0)
        default: break
        }
    }

    /// The next (1), previous (-1) or first visible-or-later (0) match, moving across articles.
    mutating func jumpToMatch(_ direction: Int) {
        guard let search, search.total > 0 else { message = "No search: press / to search."; return }
        let here = panes[focus].article
        let lines = text(focus).lines
        let topOffset = lines.indices.contains(panes[focus].top) ? lines[panes[focus].top].offset : 0
        let current = panes[focus].mark ?? topOffset
        // Walk articles from the current one in the chosen direction.
        let n = corpus.articles.count
        for step in 0...n {
            let a = ((here + (direction < 0 ? -step : step)) % n + n) % n
            let ms = search.matches[a]
            let pick: Range<Int>?
            if step == 0 {
                switch direction {
                case 0: pick = ms.first { $0.lowerBound >= current }
                case 1: pick = ms.first { $0.lowerBound > current }
                default: pick = ms.last { $0.lowerBound < current }
                }
            } else if step == n {
                pick = nil
            } else {
                pick = direction < 0 ? ms.last : ms.first
            }
            if let m = pick {
                if a != here { open(article: a, in: focus) }
                panes[focus].mark = m.lowerBound
                reveal(m.lowerBound, in: focus)
                let index = (search.matches[..<a].reduce(0) { $0 + $1.count }) + (ms.firstIndex(of: m) ?? 0) + 1
                message = "match \(index)/\(search.total): \(search.query)"
                return
            }
        }
        message = "No more matches for \(search.query)."
    }

    private mutating func mouse(x: Int, y: Int, event: Key.MouseEvent) {
        guard let p = panes.indices.first(where: { p in paneFrame(p).map { x >= $0.x && x < $0.x + $0.width } ?? false }) else { return }
        switch event {
        case .wheelUp: scroll(-3, pane: p)
        case .wheelDown: scroll(3, pane: p)
        case .click:
            focus = p
            guard let offset = offset(atColumn: x, row: y, pane: p) else { return }
            if let unknown = contradictionsUnknown { message = unknown; return }
            let article = corpus.articles[panes[p].article].id
            guard let claim = corpus.claim(article: article, at: offset) else { return }
            // The clicked side is the current claim (M S D act on it).
            if !go(toStopHolding: claim) {
                // Still the current claim for M S D, though it is in no contradiction.
                panes[p].mark = claim.figure.start
                let notAClaim = corpus.corrected.removed.contains(claim) ? " (not a claim: D restores it)" : ""
                message = "\(Sanitizer.oneLine(claim.figure.text)): \(claim.measure) — no contradiction\(notAClaim). M S D correct it."
            }
        }
    }

    /// The scalar offset of the text drawn at screen (x, y) in pane `p`.
    func offset(atColumn x: Int, row y: Int, pane p: Int) -> Int? {
        guard let frame = paneFrame(p), y >= bodyTop, y < bodyTop + bodyHeight else { return nil }
        let lines = text(p).lines
        let line = panes[p].top + y - bodyTop
        guard lines.indices.contains(line) else { return nil }
        var col = frame.x + 1
        for g in lines[line].glyphs {
            if x >= col && x < col + g.width { return g.offset }
            col += g.width
        }
        return nil
    }
}
