import Foundation
import Testing
import NKCore
@testable import NKReader

/// `v` opens the original: the model says what to open, OpenCommand with what program.
struct OpenOriginalTests {
    @Test func theCurrentClaimsFileAtItsLine() throws {
        var r = reader()
        r.press(.character("n"))
        let stop = try #require(r.stop)
        let claim = seedCorpus.stops[stop].a
        r.press(.character("v"))
        let article = try #require(seedCorpus.articleIndex(claim.article).map { seedCorpus.articles[$0] })
        let line = LineIndex(article.text).line(ofScalar: claim.figure.start)
        #expect(line > 1)
        #expect(r.takeOpenRequest() == .textFile(path: article.path, line: line))
        // Taken once.
        #expect(r.takeOpenRequest() == nil)
        // Tab: the other side's file and line.
        r.press(.tab, .character("v"))
        let other = seedCorpus.stops[stop].b
        let otherArticle = try #require(seedCorpus.articleIndex(other.article).map { seedCorpus.articles[$0] })
        #expect(r.takeOpenRequest() == .textFile(path: otherArticle.path, line: LineIndex(otherArticle.text).line(ofScalar: other.figure.start)))
    }

    @Test func withNoClaimTheFocusedArticleAtItsTopLine() {
        var r = reader()
        r.press(.character("v"))
        #expect(r.takeOpenRequest() == .textFile(path: seedCorpus.articles[0].path, line: 1))
        r.press(.character("j"), .character("j"), .character("j"), .character("v"))
        guard case .textFile(_, let line)? = r.takeOpenRequest() else { Issue.record("no request"); return }
        #expect(line > 1)
    }

    @Test func eachKindOfArticleHasItsOriginal() {
        func request(_ path: String, url: String? = nil) -> OpenRequest? {
            var a = Article(id: "a", path: path, text: "one\ntwo 12,000\n")
            a.metadata.url = url
            return OpenRequest.forArticle(a, at: 8)
        }
        #expect(request("news/a.txt") == .textFile(path: "news/a.txt", line: 2))
        #expect(request("news/a.md") == .textFile(path: "news/a.md", line: 2))
        #expect(request("news/a.html") == .document(path: "news/a.html"))
        #expect(request("a.PDF") == .document(path: "a.PDF"))
        #expect(request("https://example.org/story") == .webAddress("https://example.org/story"))
        #expect(request("feed.rss", url: "https://example.org/item") == .webAddress("https://example.org/item"))
        // Only http and https reach the opener.
        #expect(request("feed.rss", url: "javascript:alert(1)") == .document(path: "feed.rss"))
        #expect(request("-") == nil)
    }

    @Test func standardInputHasNothingToOpen() {
        var r = ReaderState(corpus: ReaderCorpus(articles: [Article(id: "-", path: "-", text: "Officials said 12,000 troops.")]), width: 100, height: 30)
        r.press(.character("v"))
        #expect(r.takeOpenRequest() == nil)
        #expect(r.render().lines[29].contains("read from standard input"))
    }

    @Test func theProgramComesFromTheEnvironment() {
        let file = OpenRequest.textFile(path: "seeds/a.txt", line: 14)
        let everything = { (p: String) -> String? in "/usr/bin/" + p }
        let nothing = { (_: String) -> String? in nil }
        #expect(OpenCommand.plan(file, environment: ["VISUAL": "vim", "EDITOR": "nano"], find: everything)
                == .run(["/bin/sh", "-c", "vim \"$@\"", "sh", "+14", "seeds/a.txt"]))
        // An empty variable is as if unset; $EDITOR may hold arguments.
        #expect(OpenCommand.plan(file, environment: ["VISUAL": " ", "EDITOR": "code -w"], find: everything)
                == .run(["/bin/sh", "-c", "code -w \"$@\"", "sh", "+14", "seeds/a.txt"]))
        #expect(OpenCommand.plan(file, environment: ["PAGER": "more"], find: everything)
                == .run(["/bin/sh", "-c", "more \"$@\"", "sh", "+14", "seeds/a.txt"]))
        #expect(OpenCommand.plan(file, environment: [:], find: everything) == .run(["/usr/bin/less", "+14", "seeds/a.txt"]))
        guard case .impossible(let why) = OpenCommand.plan(file, environment: [:], find: nothing) else { Issue.record("planned"); return }
        #expect(why.contains("seeds/a.txt:14") && why.contains("$EDITOR"))
        // A file named like an option is not taken for one.
        #expect(OpenCommand.plan(.textFile(path: "-rf.txt", line: 1), environment: [:], find: everything)
                == .run(["/usr/bin/less", "+1", "./-rf.txt"]))
    }

    @Test func documentsAndWebAddressesGoToXdgOpen() {
        let everything = { (p: String) -> String? in "/usr/bin/" + p }
        #expect(OpenCommand.plan(.webAddress("https://example.org/a b"), environment: ["EDITOR": "vim"], find: everything)
                == .run(["/usr/bin/xdg-open", "https://example.org/a b"]))
        #expect(OpenCommand.plan(.document(path: "a.pdf"), environment: [:], find: everything) == .run(["/usr/bin/xdg-open", "a.pdf"]))
        guard case .impossible(let why) = OpenCommand.plan(.webAddress("https://example.org/"), environment: [:], find: { _ in nil }) else {
            Issue.record("planned"); return
        }
        #expect(why.contains("xdg-open") && why.contains("https://example.org/"))
    }
}

extension OpenOriginalTests {
    /// A Markdown file's front matter is not part of the text nkreader reads, but the editor
    /// counts its lines: `v` and the report's path:line give the line in the file.
    @Test func frontMatterLinesAreCountedInTheFileLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nkreader-front-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = "---\nsource: Coastal Herald\ntitle: Dam Failure\ndate: 2024-09-14\n---\n\nDam Failure\n\nThe agency said 4,200 people were evacuated from the valley.\n"
        try file.write(toFile: folder + "/a.md", atomically: true, encoding: .utf8)
        try "Dam Bursts\n\nRescuers said 9,000 people were evacuated from the valley.\n".write(toFile: folder + "/b.txt", atomically: true, encoding: .utf8)
        let articles = try CorpusLoader().load([folder]).articles
        let article = try #require(articles.first { $0.id == "a" })
        let offset = try #require(article.text.unicodeScalars.firstIndex(of: "4").map { article.text.unicodeScalars.distance(from: article.text.unicodeScalars.startIndex, to: $0) })
        let fileLine = try #require(file.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("4,200") }) + 1
        #expect(fileLine == 9)
        #expect(OpenRequest.forArticle(article, at: offset) == .textFile(path: folder + "/a.md", line: fileLine))
        // The report says the same line.
        let pairs = ContradictionPair.all(in: ConflictFinder().find(Analysis(articles: articles).claims))
        let pair = try #require(pairs.first)
        let report = ReviewReport(pairs: pairs, resolution: ReviewResolution(ReviewFile(), pairs: pairs, titles: [:]), articles: articles)
        let sides = [report.unreviewed[0].a, report.unreviewed[0].b]
        #expect(sides.contains { $0.location == folder + "/a.md:\(fileLine)" }, "\(sides.map(\.location)) for \(pair.measure)")
    }
}
