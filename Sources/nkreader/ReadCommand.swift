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
        let articles = try corpus.load()
        let analysis = Analysis(articles: articles, claimExtractor: ClaimExtractor(vocabulary: vocabulary))
        guard isatty(STDOUT_FILENO) != 0 else {
            var titles: [String: String] = [:]
            for a in articles { if let t = a.metadata.title { titles[a.id] = t } }
            let claims = ReviewOptions.corrected(analysis.claims, file, store: store, titles: titles)
            let result = ConflictsCommand.withoutFalseAlarms(ConflictFinder(vocabulary: vocabulary).find(claims), file, store: store, titles: titles)
            Output.write(ConflictsReport.text(result))
            return
        }
        // The reader applies the review file's corrections itself, and again when they change.
        let readerCorpus = ReaderCorpus(analysis: analysis, vocabulary: vocabulary)
        let terminal: Terminal
        do { terminal = try Terminal() } catch let e as Terminal.StartError {
            // The report says what the screen would have: better than a broken screen.
            Diagnostics.warn(e.description + "; printing the report instead (nkreader report)")
            Output.write(ReportCommand.build(analysis, file, store: store, vocabulary: vocabulary).markdown())
            return
        }
        let size = terminal.size
        var state = ReaderState(corpus: readerCorpus, width: size.width, height: size.height, joining: terminal.joining, review: file, reviewPath: store.path)
        var desk = ReviewDesk(store: store, articles: articles)
        desk.greet(&state)
        var painter = Painter(palette: terminal.palette)
        painter.draw(state.render())
        while !state.quit {
            guard let key = KeyReader.next() else { continue }
            if key == .redraw { painter.invalidate() }
            state.handle(key)
            desk.afterKey(key, &state)
            painter.draw(state.render())
        }
        terminal.restore()
        // Verdicts that could not be saved are printed; the exit status says something failed.
        if desk.printUnsaved(state) { throw ExitCode(1) }
    }
}
