import ArgumentParser
import CNcurses
import Foundation
import NKCore
import NKReader

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader: two articles side by side, n/N from one contradiction to the next (the default).",
        discussion: "When standard output is not a terminal, prints the conflicts report instead. Press ? in the reader for every key."
    )

    @OptionGroup var review: ReviewOptions
    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let store = review.store(for: corpus)
        let file = try review.load(store)
        let vocabulary = try corpus.vocabulary()
        guard isatty(STDOUT_FILENO) != 0 else {
            let (articles, unread) = try corpus.load()
            var titles: [String: String] = [:]
            for a in articles { if let t = a.metadata.title { titles[a.id] = t } }
            let claims = ReviewOptions.corrected(Analysis(articles: articles, claimExtractor: ClaimExtractor(vocabulary: vocabulary)).claims,
                                                 file, store: store, titles: titles)
            let result = ConflictsCommand.withoutFalseAlarms(ConflictFinder(vocabulary: vocabulary).find(claims), file, store: store, titles: titles)
            Output.write(ConflictsReport.text(result, publications: Publications(articles)))
            try Diagnostics.failIfUnread(unread)
            return
        }
        // The first articles now, the rest in the background once the first frame is drawn. The
        // reader applies the review file's corrections itself, and again when they change.
        let start = try corpus.start(vocabulary: vocabulary)
        let terminal: Terminal
        do { terminal = try Terminal() } catch let e as Terminal.StartError {
            // The report says what the screen would have: better than a broken screen.
            Diagnostics.warn(e.description + "; printing the report instead (nkreader report)")
            guard let (analysis, warnings) = try start.analyseAll() else { return }
            for w in warnings { Diagnostics.warn(w) }
            Output.write(ReportCommand.build(analysis, file, store: store, vocabulary: vocabulary).markdown())
            try Diagnostics.failIfUnread(UnreadFiles.count(in: start.warnings + warnings))
            return
        }
        let size = terminal.size
        let wholeAtOnce = start.isSmall
        // The warnings of the files read after the first ones, printed once the terminal is back.
        var lateWarnings: [String] = []
        var corpus = start.preliminaryCorpus()
        if wholeAtOnce, let whole = try start.readerCorpus() { corpus = whole.corpus; lateWarnings = whole.warnings }
        var state = ReaderState(corpus: corpus, width: size.width, height: size.height, joining: terminal.joining, review: file,
                                reviewPath: store.path, analysis: wholeAtOnce ? .complete : .running(percent: 0))
        var desk = ReviewDesk(store: store)
        if wholeAtOnce { desk.greet(&state) }
        var painter = Painter(palette: terminal.palette)
        painter.draw(state.render())
        let background = wholeAtOnce ? nil : BackgroundAnalysis(start)
        if !wholeAtOnce && background == nil, let whole = try start.readerCorpus() {
            lateWarnings = whole.warnings
            state.receive(.finished(whole.corpus))
            desk.greet(&state)
            painter.draw(state.render())
        }
        loop: while !state.quit {
            switch KeyReader.wait(input: terminal.inputDescriptor, wake: background?.wakePipe.readEnd) {
            case .key(let key):
                if key == .redraw { painter.invalidate() }
                state.handle(key)
                desk.afterKey(key, &state)
                if let request = state.takeOpenRequest() {
                    let outcome = terminal.open(request)
                    // The terminal may have been resized meanwhile; the whole screen is drawn anew.
                    let size = terminal.size
                    if size.width != state.width || size.height != state.height {
                        state.handle(.resize(width: size.width, height: size.height))
                    }
                    state.show(outcome)
                    painter.invalidate()
                }
            case .woken:
                for message in background?.take() ?? [] {
                    state.receive(message)
                    if case .finished = message { desk.greet(&state) }
                }
            case .ignored: continue
            case .closed: break loop
            }
            painter.draw(state.render())
        }
        // Quitting mid-analysis: the thread stops at its next batch, or dies with the process.
        background?.cancel()
        terminal.restore()
        lateWarnings += background?.warnings ?? []
        for w in lateWarnings { Diagnostics.warn(w) }
        // Verdicts that could not be saved are printed; the exit status says something failed.
        if desk.printUnsaved(state) { throw ExitCode(1) }
        try Diagnostics.failIfUnread(UnreadFiles.count(in: start.warnings + lateWarnings))
    }
}
