import Foundation
import Testing
import NKCore
import NKNet

/// Web addresses fetched for real, from a server on 127.0.0.1 that each test starts: pages,
/// redirects, errors, a hanging server, an oversized body, feeds with --fetch-items.
@Suite(.serialized) struct URLFetchTests {
    static let page = """
    <!DOCTYPE html><html lang="en"><head><title>Flood toll rises to 4,300</title>
    <meta property="og:site_name" content="Coastal Times"></head>
    <body><nav>Home 5 ways</nav><article><h1>Flood toll rises to 4,300</h1>
    <p>At least 4,300 people have died, while about 10,000 remain missing.</p></article>
    <script>var ttl = 86400;</script></body></html>
    """

    static func server() throws -> LoopbackServer {
        try LoopbackServer { path in
            switch path {
            case "/story": return .page(page)
            case "/moved": return .redirect("/story", status: 301)
            case "/loop": return .redirect("/loop")
            case "/elsewhere": return .redirect("file:///etc/passwd")
            case "/missing": return LoopbackServer.Response(status: 404, body: Array("not here".utf8))
            case "/broken": return LoopbackServer.Response(status: 500)
            case "/slow": return LoopbackServer.Response(headers: [("Content-Type", "text/plain")], body: Array("late 7 figures".utf8), delay: 6)
            case "/huge": return .page(String(repeating: "<p>3,000 troops were deployed.</p>\n", count: 20_000))
            case "/text": return .page("Officials counted 1,250 ballots.\n", type: "text/plain; charset=utf-8")
            case "/image": return LoopbackServer.Response(headers: [("Content-Type", "image/png")], body: [0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2])
            case "/binary": return LoopbackServer.Response(headers: [("Content-Type", "text/html")], body: [UInt8](repeating: 0, count: 512) + Array("<p>1</p>".utf8))
            case "/fr": return .page("<html lang=\"fr\"><body><article><p>Une aide de 1,8 milliard de dollars.</p></article></body></html>")
            case "/feed":
                return .page("""
                <?xml version="1.0"?><rss version="2.0"><channel><title>Coastal Wire</title>
                <item><title>Toll at 4,300</title><link>/story</link><description>Short: 4,300 dead.</description></item>
                <item><title>Gone</title><link>/missing</link><description>The excerpt says 12 boats.</description></item>
                </channel></rss>
                """, type: "application/rss+xml")
            default: return LoopbackServer.Response(status: 404)
            }
        }
    }

    func loader(timeout: Double = 5, maxBytes: Int = 1 << 20, fetchItems: Bool = false) -> CorpusLoader {
        CorpusLoader(fetcher: URLSessionFetcher(limits: FetchLimits(timeout: timeout, maxBytes: maxBytes)), fetchItems: fetchItems)
    }

    @Test func aPageIsFetchedAndReadAsHTMLWithItsURL() throws {
        let s = try Self.server(); defer { s.stop() }
        let (articles, warnings) = try loader().load([s.url("/story").absoluteString])
        #expect(warnings.isEmpty)
        let a = try #require(articles.first)
        #expect(a.id == "story")
        #expect(a.metadata.url == s.url("/story").absoluteString)
        #expect(a.metadata.source == "Coastal Times")
        #expect(a.text.contains("about 10,000 remain missing"))
        #expect(!a.text.contains("86400") && !a.text.contains("5 ways"))
    }

    @Test func redirectsAreFollowedAndTheFinalAddressKept() throws {
        let s = try Self.server(); defer { s.stop() }
        let a = try #require(try loader().load([s.url("/moved").absoluteString]).articles.first)
        #expect(a.metadata.url == s.url("/story").absoluteString)
        #expect(a.text.contains("4,300 people"))
    }

    @Test func eachFailingURLIsOneLineAndTheOthersStillOpen() throws {
        let s = try Self.server(); defer { s.stop() }
        let urls = ["/missing", "/story", "/broken", "/loop", "/image", "/elsewhere", "/binary"].map { s.url($0).absoluteString }
        let (articles, warnings) = try loader().load(urls)
        #expect(articles.map(\.id) == ["story"])
        #expect(warnings.count == 6)
        #expect(warnings.allSatisfy { !$0.contains("\n") })
        #expect(warnings.contains { $0.hasPrefix(s.url("/missing").absoluteString) && $0.contains("HTTP 404") })
        #expect(warnings.contains { $0.contains("/broken") && $0.contains("HTTP 500") })
        #expect(warnings.contains { $0.contains("/loop") && $0.contains("redirects") })
        #expect(warnings.contains { $0.contains("/image") && $0.contains("image/png") })
        // A redirect to a file: address never reads a local file (URLSession keeps it on http).
        #expect(warnings.contains { $0.contains("/elsewhere") })
        #expect(warnings.contains { $0.contains("/binary") && $0.contains("binary") })
    }

    @Test func aServerThatHangsTimesOut() throws {
        let s = try Self.server(); defer { s.stop() }
        // The server answers after 6 s; with a 1 s timeout (3 s for the whole transfer) it never gets the chance.
        let (articles, warnings) = try loader(timeout: 1).load([s.url("/slow").absoluteString, s.url("/text").absoluteString])
        #expect(articles.map(\.id) == ["text"])
        #expect(warnings.contains { $0.contains("/slow") && $0.contains("timed out") })
    }

    @Test func anOversizedBodyIsNotRead() throws {
        let s = try Self.server(); defer { s.stop() }
        let error = #expect(throws: CorpusError.self) { try loader(maxBytes: 64 << 10).load([s.url("/huge").absoluteString]) }
        #expect(error?.warnings.contains { $0.contains("/huge") && $0.contains("larger than 64 KiB") } == true)
        // Under the cap the same page loads.
        #expect(try loader(maxBytes: 2 << 20).load([s.url("/huge").absoluteString]).articles.count == 1)
    }

    @Test func anHTTPSAddressWhoseServerSpeaksNoTLSIsOneWarning() throws {
        let s = try Self.server(); defer { s.stop() }
        var components = URLComponents(url: s.url("/story"), resolvingAgainstBaseURL: false)!
        components.scheme = "https"
        let secure = components.url!.absoluteString
        let (articles, warnings) = try loader().load([secure, s.url("/text").absoluteString])
        #expect(articles.map(\.id) == ["text"])
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix(secure + ": the secure connection failed") == true, "\(warnings)")
    }

    @Test func plainTextIsReadByItsContentType() throws {
        let s = try Self.server(); defer { s.stop() }
        let a = try #require(try loader().load([s.url("/text").absoluteString]).articles.first)
        #expect(a.text == "Officials counted 1,250 ballots.\n")
    }

    @Test func aFetchedPagesLanguageComesFromItsLangAttribute() throws {
        let s = try Self.server(); defer { s.stop() }
        let a = try #require(try loader().load([s.url("/fr").absoluteString]).articles.first)
        #expect(a.metadata.language == "fr")
        let figures = FigureExtractor().figures(in: a.text, language: a.metadata.language)
        #expect(figures.contains { $0.value == 1_800_000_000 && $0.currency == "USD" })
    }

    @Test func aFeedURLGivesOneArticlePerItem() throws {
        let s = try Self.server(); defer { s.stop() }
        let (articles, _) = try loader().load([s.url("/feed").absoluteString])
        #expect(articles.map(\.id) == ["feed#1", "feed#2"])
        #expect(articles[0].metadata.source == "Coastal Wire")
        #expect(articles[0].metadata.url == s.url("/story").absoluteString)   // relative links resolved
        #expect(articles[0].text == "Toll at 4,300\n\nShort: 4,300 dead.\n")
    }

    @Test func fetchItemsReadsEachItemsPageAndKeepsTheExcerptWhenOneFails() throws {
        let s = try Self.server(); defer { s.stop() }
        let (articles, warnings) = try loader(fetchItems: true).load([s.url("/feed").absoluteString])
        #expect(articles.count == 2)
        #expect(articles[0].text.contains("about 10,000 remain missing"))
        #expect(articles[0].metadata.title == "Toll at 4,300")           // the feed's word for its item
        #expect(articles[1].text.contains("12 boats"))
        #expect(warnings.count == 1 && warnings[0].contains("/missing") && warnings[0].contains("HTTP 404"))
    }

    @Test func withoutAFetcherAURLIsOneWarning() throws {
        let error = #expect(throws: CorpusError.self) { try CorpusLoader().load(["https://example.invalid/a"]) }
        #expect(error?.warnings == ["https://example.invalid/a: this build cannot fetch web addresses; skipped"])
    }
}
