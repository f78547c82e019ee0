import Foundation
import NKCore

/// One side of the reader: which article, how far down, and which figure is marked.
public struct PaneState: Equatable, Sendable {
    public var article: Int
    /// Index of the first body row shown.
    public var top: Int = 0
    /// Scalar offset of the marked claim's figure in this pane, if any.
    public var mark: Int?

    public init(article: Int) { self.article = article }
}

/// What has the keyboard: the panes, or an overlay.
public enum Mode: Equatable, Sendable {
    case reading
    /// Every key and the legend (`?`), or the legend alone (`L`), scrolled.
    case help(HelpPage)
    case articles(selected: Int)
    case conflicts(selected: Int)
    /// One measure's claims in date order, as a chart (`t`).
    case timeline(TimelineChart)
    /// Every claim of one measure, as a table (`m`).
    case measureTable(MeasureTable)
    case search(input: String)
    /// Typing the note of a contradiction in the line at the bottom.
    case note(NoteEditing)
    /// Picking or typing the measure of the current claim (or of every claim of its measure).
    case measure(MeasurePicking)
    /// Typing the source of the current claim in the line at the bottom.
    case source(SourceEditing)
}

/// The note being typed: for which pair, the text so far, and the list to go back to.
public struct NoteEditing: Equatable, Sendable {
    public var pair: Int
    public var editor: LineEditor
    /// The `c` list's selection when the note was started there.
    public var listSelection: Int?
}

/// The whole state of the reader. `handle(_:)` changes it; `render()` draws it; neither touches a terminal.
public struct ReaderState: Sendable {
    /// What is shown: the first articles alone while the rest are analysed, then all of them,
    /// found again when a correction changes.
    public internal(set) var corpus: ReaderCorpus
    /// Whether the contradictions are known yet.
    public internal(set) var analysis: AnalysisStatus
    public internal(set) var width: Int
    public internal(set) var height: Int
    public internal(set) var panes: [PaneState]
    public internal(set) var focus = 0
    /// Index into `corpus.stops` of the contradiction shown, if any.
    public internal(set) var stop: Int?
    public internal(set) var mode: Mode = .reading
    public internal(set) var search: SearchResults?
    public internal(set) var message: String?
    public internal(set) var quit = false
    /// Verdicts and notes, and what is not yet saved.
    public internal(set) var review: ReviewSession
    /// Which contradictions n/N visit and the `c` list shows.
    public internal(set) var filter: ReviewFilter = .open
    /// `=`: the panes scroll together, line for line, as vimdiff's scrollbind.
    public internal(set) var scrollBound = false
    /// Why the last save failed; shown until a save succeeds.
    public internal(set) var saveProblem: String?
    /// `e` was pressed: the front end writes the report, then calls `show(_:)`.
    public internal(set) var reportRequested = false
    /// `v` was pressed: the front end opens the original (see `takeOpenRequest()`).
    public internal(set) var openRequest: OpenRequest?
    /// `]` or `[` just switched article; a `c` next makes it vim's `]c` / `[c` (next / previous
    /// contradiction) and puts the article back.
    var bracketPending: (direction: Int, pane: PaneState)?
    /// `q` was pressed once with verdicts that could not be saved.
    var quitWarned = false
    /// Per article index: figure starts no longer flagged (every contradiction they are in is a false alarm).
    var dismissed: [Int: Set<Int>] = [:]
    /// When a verdict is given; fixed in tests.
    let clock: @Sendable () -> Date
    /// Where verdicts are saved, for the help screen.
    public let reviewPath: String?
    /// How the terminal draws emoji sequences (asked of it at start; Unicode's rules in tests).
    public let joining: ClusterJoining
    /// Word-wrapped articles for the current pane widths, keyed by article and width.
    var wrapped: [WrapKey: WrappedText] = [:]

    struct WrapKey: Hashable, Sendable {
        var article: Int
        var width: Int
    }

    /// `analysis` is `.running` when `corpus` holds only the first articles and the whole
    /// corpus will come as a `.finished` message (see `receive(_:)`).
    public init(corpus: ReaderCorpus, width: Int, height: Int, joining: ClusterJoining = .unicode,
                review: ReviewFile = ReviewFile(), reviewPath: String? = nil, analysis: AnalysisStatus = .complete,
                clock: @escaping @Sendable () -> Date = { Date() }) {
        // Corrections in the review file apply before anything is shown.
        let corrected = review.corrections.isEmpty ? corpus : corpus.applying(review.sortedCorrections)
        self.corpus = corrected
        self.analysis = analysis
        self.reviewPath = reviewPath
        self.review = ReviewSession(file: review, pairs: corrected.stops, titles: corrected.titles)
        self.clock = clock
        self.joining = joining
        self.width = width
        self.height = height
        let count = corpus.articles.count
        panes = [PaneState(article: 0), PaneState(article: count > 1 ? 1 : 0)]
        prepareLayout()
        reviewChanged()
    }

    // MARK: geometry

    public static let minimumWidth = 40
    public static let minimumHeight = 10
    /// Below this width one pane takes the screen; Tab switches which.
    public static let twoPaneWidth = 80
    static let headerRows = 3

    public var isTooSmall: Bool { width < ReaderState.minimumWidth || height < ReaderState.minimumHeight }
    public var showsTwoPanes: Bool { width >= ReaderState.twoPaneWidth }
    var bodyTop: Int { ReaderState.headerRows }
    var bodyHeight: Int { max(1, height - 2 - ReaderState.headerRows) }

    /// Left column and width of each pane on screen; nil for a pane not shown.
    func paneFrame(_ p: Int) -> (x: Int, width: Int)? {
        if showsTwoPanes {
            let left = (width - 1) / 2
            return p == 0 ? (0, left) : (left + 1, width - left - 1)
        }
        return p == focus ? (0, width) : nil
    }

    /// Columns of text inside a pane: one column of margin on each side.
    func textWidth(_ p: Int) -> Int {
        max(1, (paneFrame(p)?.width ?? (showsTwoPanes ? (width - 1) / 2 : width)) - 2)
    }

    func text(_ p: Int) -> WrappedText {
        let key = WrapKey(article: panes[p].article, width: textWidth(p))
        return wrapped[key] ?? WrappedText(corpus.articles[panes[p].article].text, width: key.width, joining: joining)
    }

    /// Wrapped articles kept for reuse: enough for jumping back and forth between contradictions.
    static let wrapCacheSize = 16

    /// Wraps what is on screen now, so drawing never has to.
    mutating func prepareLayout() {
        guard !corpus.articles.isEmpty else { return }
        let visible = panes.indices.map { WrapKey(article: panes[$0].article, width: textWidth($0)) }
        for key in visible where wrapped[key] == nil {
            wrapped[key] = WrappedText(corpus.articles[key.article].text, width: key.width, joining: joining)
        }
        if wrapped.count > ReaderState.wrapCacheSize {
            for key in wrapped.keys where !visible.contains(key) && wrapped.count > ReaderState.wrapCacheSize { wrapped[key] = nil }
        }
        for p in panes.indices { clampScroll(p) }
    }

    mutating func clampScroll(_ p: Int) {
        let lines = text(p).lines.count
        panes[p].top = max(0, min(panes[p].top, max(0, lines - bodyHeight)))
    }

    /// Scrolls pane `p` so scalar `offset` sits a third of the way down.
    mutating func reveal(_ offset: Int, in p: Int) {
        let line = text(p).line(containing: offset)
        panes[p].top = line - bodyHeight / 3
        clampScroll(p)
    }
}
