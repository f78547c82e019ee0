import NKCore

/// One line of help: pieces of text, each in its role, so that the legend's samples are drawn
/// exactly as the highlights they explain, colour or not.
struct HelpLine: Equatable {
    var pieces: [Piece]

    struct Piece: Equatable {
        var text: String
        var role: Role
    }

    init(_ text: String, role: Role = .overlay) { pieces = [Piece(text: text, role: role)] }
    init(pieces: [Piece]) { self.pieces = pieces }

    /// A key (or a sample) in a column of its own, then what it does.
    static func entry(_ key: String, _ what: String, keyRole: Role = .overlayTitle) -> HelpLine {
        HelpLine(pieces: [Piece(text: ConflictsReport.padded(key, 20), role: keyRole), Piece(text: what, role: .overlay)])
    }

    var text: String { pieces.map(\.text).joined() }

    /// The line cut at spaces into lines of at most `width` columns: the last piece (what a key
    /// does) goes on under itself, the rest of the line blank; a word longer than the width is clipped.
    func wrapped(_ width: Int) -> [HelpLine] {
        guard let last = pieces.last, width > 0 else { return [self] }
        let lead = pieces.dropLast().reduce(0) { $0 + DisplayWidth.of($1.text) }
        // On a narrow screen the key (or sample) takes a line, what it does the lines below.
        if lead >= width / 2, width >= 8, lead + DisplayWidth.of(last.text) > width {
            var key = Array(pieces.dropLast())
            key[key.count - 1].text = String(key[key.count - 1].text.reversed().drop { $0 == " " }.reversed())
            return [HelpLine(pieces: key.filter { !$0.text.isEmpty })]
                + HelpLine(pieces: [Piece(text: "  ", role: .overlay), last]).wrapped(width)
        }
        let indent = lead > 0 && lead < width / 2 ? lead : min(2, max(0, width - 1))
        guard lead + DisplayWidth.of(last.text) > width else { return [self] }
        var out: [HelpLine] = []
        var current = ""
        var room = width - lead
        func flush() {
            let text = current
            out.append(out.isEmpty ? HelpLine(pieces: pieces.dropLast() + [Piece(text: text, role: last.role)])
                                   : HelpLine(pieces: [Piece(text: String(repeating: " ", count: indent), role: .overlay), Piece(text: text, role: last.role)]))
            current = ""
            room = width - indent
        }
        for word in last.text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            if DisplayWidth.of(word) + (current.isEmpty ? 0 : 1) > room && !current.isEmpty { flush() }
            room -= DisplayWidth.of(word) + (current.isEmpty ? 0 : 1)
            current += (current.isEmpty ? "" : " ") + word
        }
        flush()
        return out
    }
}

extension ReaderState {
    /// The help's lines as drawn in the help box: wrapped to its width.
    func helpLines(_ topic: HelpPage.Topic) -> [HelpLine] {
        let lines: [HelpLine]
        switch topic {
        // The notes before the legend, which L also shows alone.
        case .keys: lines = keyLines + [HelpLine("")] + notes + [HelpLine("")] + legendLines
        case .legend: lines = legendLines
        }
        return lines.flatMap { $0.wrapped(helpArea().width) }
    }

    private var keyLines: [HelpLine] {
        [
            ("n / N  ]c [c", "next / previous contradiction: both panes show its two sides"),
            ("Tab", "switch the focused pane"),
            ("=", "scrollbind: the two panes scroll together, line for line (again: apart); ⇅ bound on the status line"),
            ("j k  ↓ ↑", "scroll a line"),
            ("Space b  PgDn PgUp", "scroll a page;  d u  half a page"),
            ("g G  Home End", "top / bottom of the article"),
            ("[ ]", "previous / next article in the focused pane"),
            ("o", "list of articles; Enter opens one in the focused pane"),
            ("c", "list of contradictions, unreviewed first, then agreements; opens on the current one; j k select a contradiction or an agreement, Enter shows it, m t its measure as table or chart"),
            ("x  F  !", "mark the contradiction checked / false alarm / follow up (again: take it back); an agreement takes none"),
            ("a", "write a note on the contradiction (Enter saves, Esc cancels)"),
            ("&", "filter n/N and the list: open, unreviewed, follow up, checked, false alarms, all"),
            ("e", "write the report (Markdown and HTML) beside the review file"),
            ("M", "measure of the current claim (in the m table and t chart: the selected row's): pick or type one; Tab: every claim of its measure (merge)"),
            ("S", "source of the current claim (Ctrl-U clears; empty: as read)"),
            ("D", "the current figure is not a claim / is one again"),
            ("m", "every claim of the current claim's measure: figure, who says it, outlet, date, verdict; d v s sort by date, value, source (again: reversed); Enter jumps; M S D correct the selected row; t as a timeline; in the c list, the selected line's measure"),
            ("t", "timeline of the current claim's measure: each claim to scale in its highlight (contradiction, agreement, plain), with who says it and the outlet; j k select, Enter jumps, M S D correct, m as a table"),
            ("v", "open the original, as less's v: the current claim's file at its line in $VISUAL or $EDITOR (else $PAGER, else less); a web page, saved page, PDF or Word file with xdg-open; the reader comes back when it ends"),
            ("/", "search the articles; Enter searches, Esc cancels"),
            ("> <", "next / previous search match;  Esc clears the search"),
            ("L", "what each highlight means (the legend, also below)"),
            ("Ctrl-L", "redraw the screen and re-read the review file (another reader's verdicts)"),
            ("mouse", "wheel scrolls the pane under the pointer; click a figure to jump to its contradiction"),
            ("?", "this help: j k Space b scroll it"),
            ("q", "quit"),
        ].map { HelpLine.entry($0.0, $0.1) }
    }

    /// Each highlight drawn as the article draws it, beside what it means.
    private var legendLines: [HelpLine] {
        let sample = "12,345"
        var lines = [HelpLine("What the highlights mean", role: .overlayTitle)]
        let roles: [(String, Role, String)] = [
            (sample, .conflict, "in a contradiction: a claim of the same measure says otherwise (n N visit them)"),
            (sample, .agreement, "in agreement: other claims of its measure say the same"),
            (sample, .figure, "a figure no other claim contradicts or confirms (a false alarm's figures too)"),
            (sample, .current, "the current claim: its side of the contradiction on the status line, or the figure picked"),
            ("match", .searchMatch, "a search match (> < for the next and previous)"),
            ("^[", .placeholder, "a control character of the article: shown, never sent to the terminal"),
        ]
        for (text, role, meaning) in roles {
            lines.append(HelpLine(pieces: [.init(text: "  ", role: .overlay), .init(text: text, role: role),
                                           .init(text: String(repeating: " ", count: max(1, 18 - DisplayWidth.of(text))), role: .overlay),
                                           .init(text: meaning, role: .overlay)]))
        }
        lines.append(.entry("  [ ] [✓] [✗] [!]", "unreviewed, checked, false alarm, follow up;  ✎  the contradiction has a note", keyRole: .overlay))
        // Said in words from the looks themselves, so it stays true if they change.
        let plain = [(Role.conflict, "contradiction"), (.agreement, "agreement"), (.figure, "plain figure"), (.current, "current claim")]
            .map { "\($1) \(ReaderState.describe($0.look(.monochrome)))" }
        lines.append(HelpLine("Without colour (NO_COLOR, or a terminal with none): " + plain.joined(separator: ", ") + "."))
        return lines
    }

    private var notes: [HelpLine] {
        [
            "Verdicts and notes are saved at once in \(reviewPath ?? "the review file"); a false alarm is no longer lit.",
            "In the c list, x F ! a & act on the selected line; Tab also changes the filter.",
            "The current claim is the focused pane's side of the contradiction (Tab switches), or a clicked figure.",
            "The status line keeps both sides of the contradiction; on a narrow screen the second is on the row below.",
            "Corrections (M S D) are kept in the review file too, and apply to claims, conflicts and report.",
        ].map { HelpLine($0) }
    }

    /// "bold and underlined": a look's attributes in words.
    static func describe(_ look: Look) -> String {
        let words = [(look.bold, "bold"), (look.underline, "underlined"), (look.reverse, "reversed"), (look.dim, "dim")]
            .filter(\.0).map(\.1)
        guard let last = words.last else { return "plain" }
        return words.count == 1 ? last : words.dropLast().joined(separator: ", ") + " and " + last
    }
}
