import Foundation
import Testing
@testable import NKCore

/// RSS and Atom feeds, as files and through a fetcher that hands back canned pages (no network).
struct FeedTests {
    static let rss = """
    <?xml version="1.0" encoding="UTF-8"?>
    <!-- a comment before the root -->
    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel><title>Coastal Times</title><link>https://coastal.example/</link><language>en-us</language>
    <item><title>Toll rises to 4,300</title><link>https://coastal.example/toll</link>
    <pubDate>Thu, 14 Sep 2023 08:30:00 GMT</pubDate><dc:creator>Jane Roe</dc:creator>
    <description>&lt;p&gt;Excerpt: 4,300 dead.&lt;/p&gt;</description>
    <content:encoded><![CDATA[<p>At least <b>4,300</b> people have died; about 10,000 remain missing.</p><script>var ttl = 86400;</script><aside>5 ways</aside>]]></content:encoded></item>
    <item><title>Mayor: 11,300</title><link>/mayor</link><description>The mayor put the toll at 11,300.</description></item>
    </channel></rss>
    """

    static let atom = """
    <?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
    <title>Le Quotidien</title>
    <entry><title>Inondations</title><link rel="alternate" href="https://quotidien.example/inondations"/>
    <link rel="enclosure" href="https://quotidien.example/photo.jpg"/>
    <published>2023-09-15T10:00:00Z</published><updated>2023-09-16T10:00:00Z</updated><author><name>Marie Dupont</name></author>
    <summary>Court résumé.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Le gouvernement a débloqué 1,8 milliard de dollars.</p><p>Plus de 4 335 morts.</p></div></content>
    </entry>
    <entry><title type="html">Deux &lt;em&gt;chiffres&lt;/em&gt;</title><id>urn:uuid:1</id><updated>2023-09-17</updated>
    <content type="text">Texte brut : 2,5 millions d'euros.</content></entry>
    </feed>
    """

    func write(_ text: String, _ name: String) throws -> String {
        let dir = try temporaryFolder()
        let path = dir.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func rssItemsBecomeArticlesWithTheirMetadata() throws {
        let path = try write(Self.rss, "coastal.rss")
        let (articles, warnings) = try CorpusLoader().load([path])
        #expect(warnings.isEmpty)
        #expect(articles.map(\.id) == ["coastal#1", "coastal#2"])
        let a = articles[0]
        #expect(a.metadata.title == "Toll rises to 4,300")
        #expect(a.metadata.source == "Coastal Times")
        #expect(a.metadata.author == "Jane Roe")
        #expect(a.metadata.date == "2023-09-14")
        #expect(a.metadata.url == "https://coastal.example/toll")
        #expect(a.metadata.language == "en")
        // content:encoded wins over the description; its HTML is text, its script and aside gone.
        #expect(a.text == "Toll rises to 4,300\n\nAt least 4,300 people have died; about 10,000 remain missing.\n")
        #expect(articles[1].text.contains("11,300"))
        #expect(articles[1].metadata.url == nil)   // a relative link in a file has nothing to resolve against
    }

    @Test func atomEntriesWithXHTMLAndTextContent() throws {
        let path = try write(Self.atom, "quotidien.atom")
        let articles = try CorpusLoader().load([path]).articles
        #expect(articles.count == 2)
        #expect(articles[0].metadata.source == "Le Quotidien")
        #expect(articles[0].metadata.author == "Marie Dupont")
        #expect(articles[0].metadata.date == "2023-09-15")          // published before updated
        #expect(articles[0].metadata.url == "https://quotidien.example/inondations")
        #expect(articles[0].metadata.language == "fr")
        #expect(articles[0].text == "Inondations\n\nLe gouvernement a débloqué 1,8 milliard de dollars.\n\nPlus de 4 335 morts.\n")
        #expect(articles[1].metadata.title == "Deux chiffres")
        #expect(articles[1].text.hasSuffix("Texte brut : 2,5 millions d'euros.\n"))
        let figures = Analysis(articles: articles).figures
        #expect(figures[0].contains { $0.value == 1_800_000_000 && $0.currency == "USD" })
        #expect(figures[1].contains { $0.value == 2_500_000 && $0.currency == "EUR" })
    }

    @Test func anXMLFileIsAFeedOnlyWhenItsRootSaysSo() throws {
        let dir = try temporaryFolder()
        try Data(Self.rss.utf8).write(to: dir.appendingPathComponent("news.xml"))
        try Data("<?xml version=\"1.0\"?><config><n>5</n></config>".utf8).write(to: dir.appendingPathComponent("settings.xml"))
        let (articles, warnings) = try CorpusLoader().load([dir.path])
        #expect(articles.map(\.id) == ["news#1", "news#2"])
        #expect(warnings.contains { $0.contains("skipped 1 file") && $0.contains(".xml") })
        // Named on the command line, the other XML is refused by name.
        let error = #expect(throws: CorpusError.self) { try CorpusLoader().load([dir.appendingPathComponent("settings.xml").path]) }
        #expect(error?.warnings.first?.contains("not an RSS or Atom feed") == true)
    }

    @Test func malformedAndHostileFeedsNeverCrash() throws {
        let cases: [String] = [
            "<rss><channel><item><title>Cut off 4,300",                       // truncated
            "<rss><channel><item><title>x</title><description>&lt;p&gt;&#27;[31m 5</description></item></channel></rss>",
            "<feed><entry><content type=\"html\">&lt;script&gt;1&lt;/script&gt;</content></entry></feed>",
            String(repeating: "<rss>", count: 20_000),                          // deep nesting
            "<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><rss><channel><item><description>&c;&c;&c;</description></item></channel></rss>",
        ]
        for (n, text) in cases.enumerated() {
            let path = try write(text, "hostile\(n).rss")
            var warnings: [String] = []
            let articles = try CorpusLoader().loadFile(path, warnings: &warnings)
            for a in articles { #expect(!a.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }) }
            #expect(articles.count + warnings.count >= 1)
        }
        // Binary bytes named .rss are refused by name.
        let binary = try temporaryFolder().appendingPathComponent("junk.rss")
        try Data([0x00, 0xFF, 0x10, 0x00] + [UInt8](repeating: 0, count: 64)).write(to: binary)
        var warnings: [String] = []
        #expect(try CorpusLoader().loadFile(binary.path, warnings: &warnings).isEmpty)
        #expect(warnings.first?.contains("binary") == true)
    }

    @Test func aLargeFeedIsReadWholeUpToItsItemCap() throws {
        var xml = "<rss><channel><title>Big</title>"
        for i in 0..<(FeedReader.maxItems + 10) { xml += "<item><title>Item \(i)</title><description>\(i) boats</description></item>" }
        xml += "</channel></rss>"
        let parsed = try #require(FeedReader.read(Array(xml.utf8)))
        #expect(parsed.feed.items.count == FeedReader.maxItems)
        #expect(parsed.dropped == 10)
    }

    /// A fetcher that answers from a table: the core's feed handling, tested without a network.
    struct CannedFetcher: Fetcher {
        var pages: [String: FetchedResource]
        func fetch(_ url: URL) -> Result<FetchedResource, FetchFailure> {
            pages[url.absoluteString].map { .success($0) } ?? .failure(FetchFailure("HTTP 404 (not found)"))
        }
    }

    @Test func fetchItemsReplacesExcerptsWithPagesThroughAnyFetcher() throws {
        let path = try write(Self.rss, "coastal.rss")
        let page = "<html><head><title>Ignored</title><meta name=\"author\" content=\"Page Author\"></head><body><article><p>The full story: 4,321 people died in the city.</p></article></body></html>"
        let url = URL(string: "https://coastal.example/toll")!
        let fetcher = CannedFetcher(pages: [url.absoluteString: FetchedResource(url: url, contentType: "text/html", body: Array(page.utf8))])
        let (articles, warnings) = try CorpusLoader(fetcher: fetcher, fetchItems: true).load([path])
        #expect(articles[0].text.contains("4,321 people died"))
        #expect(articles[0].metadata.title == "Toll rises to 4,300")   // the feed names its item
        #expect(articles[0].metadata.author == "Jane Roe")
        #expect(articles[1].text.contains("11,300"))                  // no absolute link: the excerpt stays
        #expect(warnings.isEmpty)
    }

    @Test func aFetchedItemPageKeepsItsOwnLanguage() throws {
        let path = try write(Self.rss, "coastal.rss")   // the channel says en-us
        let page = "<html lang=\"fr\"><body><article><p>Une aide de 1,8 milliard de dollars.</p></article></body></html>"
        let url = URL(string: "https://coastal.example/toll")!
        let fetcher = CannedFetcher(pages: [url.absoluteString: FetchedResource(url: url, contentType: "text/html", body: Array(page.utf8))])
        let articles = try CorpusLoader(fetcher: fetcher, fetchItems: true).load([path]).articles
        #expect(articles[0].metadata.language == "fr")
        #expect(articles[1].metadata.language == "en")
        #expect(Analysis(articles: articles).figures[0].contains { $0.value == 1_800_000_000 })
    }

    @Test func sniffingSkipsDeclarationsCommentsAndDoctypes() {
        #expect(FeedSniffer.isFeed(Array("\u{FEFF}<?xml version=\"1.0\"?>\n<!-- x > y -->\n<!DOCTYPE rss>\n<rss>".utf8)))
        #expect(FeedSniffer.isFeed(Array("<rdf:RDF xmlns:rdf=\"x\">".utf8)))
        #expect(FeedSniffer.isFeed(Array("<feed xmlns=\"http://www.w3.org/2005/Atom\">".utf8)))
        #expect(!FeedSniffer.isFeed(Array("<html><rss>".utf8)))
        #expect(!FeedSniffer.isFeed(Array("text <rss>".utf8)))
    }
}
