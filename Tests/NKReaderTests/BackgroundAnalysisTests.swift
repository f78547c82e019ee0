import Foundation
import Testing
import NKCore
@testable import NKReader

/// The background thread and the reader state meet only through the mailbox and the wake pipe
/// (run under ThreadSanitizer by `make sanitize`).
struct BackgroundAnalysisTests {
    @Test func theWholeCorpusArrivesAsMessagesAfterAWake() throws {
        let dir = try ReaderStartTests().folder(copies: 80)
        defer { try? FileManager.default.removeItem(at: dir) }
        let start = try ReaderStart(paths: [dir.path])
        let background = try #require(BackgroundAnalysis(start, batchSize: 16))
        var state = ReaderState(corpus: start.preliminaryCorpus(), width: 120, height: 40, analysis: .running(percent: 0))
        var percents: [Int] = []
        while state.analysis != .complete {
            // The main loop's wait: the pipe becomes readable when a message is posted. (The
            // deadline only keeps a broken thread from hanging the suite.)
            var fds = [pollfd(fd: background.wakePipe.readEnd, events: Int16(POLLIN), revents: 0)]
            try #require(poll(&fds, 1, 120_000) == 1, "no wake-up from the background")
            for message in background.take() {
                state.receive(message)
                if case .running(let p) = state.analysis { percents.append(p) }
            }
        }
        #expect(percents == percents.sorted() && !percents.isEmpty)
        let (articles, _) = try CorpusLoader().load([dir.path])
        #expect(state.corpus.articles.count == 80)
        #expect(state.corpus.stops == ReaderCorpus(articles: articles).stops)
        #expect(state.render().lines[38].contains("contradictions in"))
        #expect(background.take().isEmpty, "nothing after the whole corpus")
    }
}
