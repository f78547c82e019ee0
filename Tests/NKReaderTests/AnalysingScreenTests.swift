import Foundation
import Testing
import NKCore
@testable import NKReader

/// The reader while the background analysis runs, driven by its messages: whole screens, no timing.
struct AnalysingScreenTests {
    /// The first two seed articles alone, as `ReaderStart` shows them before the rest are read.
    func analysingReader(review: ReviewFile = ReviewFile()) -> ReaderState {
        let first = Array(seedCorpus.articles.prefix(ReaderStart.shownFirst))
        return ReaderState(corpus: ReaderCorpus(preliminary: first), width: 120, height: 40, review: review,
                           analysis: .running(percent: 0))
    }

    /// The role of the cell where `text` starts on the first row showing it.
    func role(of text: String, in screen: Screen) -> Role? {
        for (y, line) in screen.lines.enumerated() {
            if let r = line.range(of: text) { return screen[line.distance(from: line.startIndex, to: r.lowerBound), y].role }
        }
        return nil
    }

    @Test func theFirstFrameLightsFiguresAndSaysItIsAnalysing() {
        let screen = analysingReader().render()
        #expect(screen.lines[0].contains("Deploying NK Troops to Russia"))
        #expect(screen.lines[0].contains("Practical Benefits Through Foreign Currency"))
        #expect(screen.lines[38].hasPrefix(" analysing 0 % — figures are lit"))
        #expect(screen.lines[39].hasPrefix("n/N contradiction"))
        // A quantity is lit, but not yet as a contradiction: that is not known.
        #expect(role(of: "10,000", in: screen) == .figure)
    }

    @Test func correctionsWaitForEveryArticleThenApply() throws {
        let claim = try #require(seedCorpus.stops.first?.a)
        let file = ReviewFile(corrections: [.notAClaim(claim, title: nil, at: fixedClock())])
        var r = analysingReader(review: file)
        // No claim is known yet: a correction is not "not found" while the articles are read.
        #expect(!r.render().lines[38].contains("not found"))
        r.receive(.finished(seedCorpus))
        // The whole corpus arrives without the correction; the reader lays it on.
        #expect(r.corpus.stops.count == seedCorpus.stops.count - 1)
        #expect(r.render().lines[38].hasPrefix(" 3 contradictions in 1 measure"))
    }

    @Test func progressShowsOnTheStatusLine() {
        var r = analysingReader()
        r.receive(.progress(0.41))
        #expect(r.render().lines[38].hasPrefix(" analysing 41 % "))
        // 100 % is kept for when the contradictions are in.
        r.receive(.progress(1))
        #expect(r.render().lines[38].hasPrefix(" analysing 99 % "))
    }

    @Test func keysWorkButContradictionsWait() {
        var r = analysingReader()
        r.receive(.progress(0.41))
        r.press(.character("n"))
        var screen = r.render()
        #expect(screen.lines[39].hasPrefix("still analysing 41 %"))
        #expect(r.stop == nil)
        for key in ["N", "c", "t", "x", "F", "!", "a", "e"] {
            r.press(.character(Character(key)))
            #expect(r.mode == .reading, "\(key) opens nothing")
            #expect(r.message?.hasPrefix("still analysing 41 %") == true, "\(key) says why")
        }
        #expect(r.unsavedReviewEntries.isEmpty && !r.reportRequested)
        r.press(.character("j"), .character("j"), .tab, .character("j"))
        #expect(r.panes[0].top == 2 && r.panes[1].top == 1)
        screen = r.render()
        #expect(screen.lines[3] != analysingReader().render().lines[3], "the panes scrolled")
    }

    @Test func theContradictionsAppearWhenTheAnalysisIsDone() throws {
        var r = analysingReader()
        r.press(.character("j"), .character("j"))
        r.receive(.progress(0.9))
        r.receive(.finished(seedCorpus))
        // No key pressed: the message alone changes the screen.
        let screen = r.render()
        #expect(screen.lines[38].contains("4 contradictions in 2 measures — n for the first"))
        #expect(role(of: "10,000", in: screen) == .conflict)
        #expect(r.panes[0].top == 2, "the place read stays")
        #expect(r.corpus.articles.count == seedCorpus.articles.count)
        r.press(.character("n"))
        #expect(r.render().lines[38].contains(" 1/4 "))
        r.press(.character("]"))
        #expect(r.panes[0].article < seedCorpus.articles.count)
    }

    @Test func verdictsWaitForTheContradictionsTheyAnchorOn() throws {
        // A review file with a verdict on the first contradiction.
        var full = reader()
        full.press(.character("n"), .character("x"))
        let file = ReviewFile(entries: full.unsavedReviewEntries)
        var r = analysingReader(review: file)
        // Not yet matched, and not yet called lost either.
        #expect(!r.render().lines[38].contains("not found"))
        r.receive(.finished(seedCorpus))
        #expect(r.render().lines[38].contains("(1 checked)"))
        r.go(toStop: 0)
        #expect(r.render().lines[38].contains(" 1/4 [✓] checked"))
    }

    @Test func aSearchMadeWhileAnalysingSpansEveryArticleAfterwards() {
        var r = analysingReader()
        r.press(.character("/"))
        r.type("kursk")
        r.press(.enter)
        let early = r.search?.matches.count
        r.receive(.finished(seedCorpus))
        #expect(early == 2)
        #expect(r.search?.matches.count == seedCorpus.articles.count)
    }

    @Test func aFailedAnalysisSaysSoAndKeepsTheFirstArticles() {
        var r = analysingReader()
        r.receive(.failed("a000.txt: permission denied"))
        let screen = r.render()
        #expect(screen.lines[38].hasPrefix(" analysis stopped"))
        #expect(screen.lines[39].contains("permission denied"))
        r.press(.character("n"))
        #expect(r.message?.contains("the analysis stopped") == true)
        #expect(screen.lines[0].contains("Deploying NK Troops"))
    }
}

/// Opening a folder: the first two articles at once, every article from the background.
struct ReaderStartTests {
    func folder(copies: Int) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nkreader-start-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let seeds = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("seeds").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        for n in 0..<copies {
            let text = try String(contentsOf: repositoryRoot.appendingPathComponent("seeds/" + seeds[n % seeds.count]), encoding: .utf8)
            try text.write(to: dir.appendingPathComponent(String(format: "a%04d.txt", n)), atomically: false, encoding: .utf8)
        }
        return dir
    }

    @Test func readsTheFirstTwoThenEverything() throws {
        let dir = try folder(copies: 80)
        defer { try? FileManager.default.removeItem(at: dir) }
        let start = try ReaderStart(paths: [dir.path])
        #expect(start.firstArticles.map(\.id) == ["a0000", "a0001"])
        #expect(!start.isSmall)
        #expect(start.preliminaryCorpus().articles.count == 2)
        var fractions: [Double] = []
        let whole = try #require(try start.readerCorpus(batchSize: 16) { fractions.append($0); return true })
        #expect(whole.corpus.articles.map(\.id) == (0..<80).map { String(format: "a%04d", $0) })
        #expect(fractions == fractions.sorted() && fractions.count == 6 && fractions.last! < 1)
        // The same as analysing all of them at once.
        let (articles, _) = try CorpusLoader().load([dir.path])
        #expect(whole.corpus.stops == ReaderCorpus(articles: articles).stops)
    }

    @Test func stopsWhenAskedTo() throws {
        let dir = try folder(copies: 80)
        defer { try? FileManager.default.removeItem(at: dir) }
        var calls = 0
        let result = try ReaderStart(paths: [dir.path]).readerCorpus(batchSize: 16) { _ in calls += 1; return false }
        #expect(result == nil && calls == 1)
    }

    @Test func theSeedsAreAnalysedBeforeTheFirstFrame() throws {
        #expect(try ReaderStart(paths: [repositoryRoot.appendingPathComponent("seeds").path]).isSmall)
    }
}
