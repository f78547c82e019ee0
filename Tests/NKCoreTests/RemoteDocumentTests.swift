import Foundation
import Testing
@testable import NKCore

/// What a fetched body is read as, by its Content-Type and its bytes: pure, no network.
struct RemoteDocumentTests {
    func read(_ type: String?, _ body: [UInt8]) throws -> RemoteContent {
        try RemoteDocument.read(FetchedResource(url: URL(string: "https://news.example/a")!, contentType: type, body: body),
                                pdfReader: PDFReader(executable: nil))
    }

    func text(_ content: RemoteContent) -> String? {
        if case .document(let d) = content { return d.text }
        return nil
    }

    @Test func mediaTypesAreParsed() {
        let m = MediaType("Text/HTML; Charset=\"ISO-8859-1\"")
        #expect(m.essence == "text/html" && m.charset == "iso-8859-1" && m.reading == .html)
        #expect(MediaType(nil).reading == .unknown)
        #expect(MediaType("application/rss+xml").reading == .xml)
        #expect(MediaType("text/csv").reading == .text)
        #expect(MediaType("image/png").reading == .refused)
        #expect(MediaType("application/zip").reading == .refused)
        // What Python's http.server and Apache's mime.types call feeds.
        #expect(MediaType("application/x-rss+xml").reading == .xml)
        #expect(MediaType("application/x-atom+xml; charset=utf-8").reading == .xml)
        #expect(MediaType("image/svg+xml").reading == .refused)
    }

    @Test func aFeedServedAsXRSSIsAFeed() throws {
        let rss = Array("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>W</title><item><title>12 boats</title></item></channel></rss>".utf8)
        guard case .feed(let feed, _) = try read("application/x-rss+xml", rss) else {
            Issue.record("an RSS feed served as application/x-rss+xml is a feed"); return
        }
        #expect(feed.items.map(\.title) == ["12 boats"])
    }

    @Test func latin1IsReadWhenTheServerSaysSo() throws {
        let html: [UInt8] = Array("<html><body><article><p>Caf".utf8) + [0xE9] + Array(" : 1 200 morts.</p></article></body></html>".utf8)
        #expect(text(try read("text/html; charset=iso-8859-1", html))?.contains("Café : 1 200 morts.") == true)
        let plain: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" 3,000\n".utf8)
        #expect(text(try read("text/plain; charset=ISO-8859-1", plain)) == "Café 3,000\n")
    }

    @Test func withoutATypeTheBytesDecide() throws {
        guard case .feed(let feed, _) = try read(nil, Array("<?xml version=\"1.0\"?><rss><channel><item><title>T</title></item></channel></rss>".utf8)) else {
            Issue.record("a feed without a Content-Type is still a feed"); return
        }
        #expect(feed.items.count == 1)
        #expect(text(try read("application/octet-stream", Array("<!DOCTYPE html><html><body><p>7 boats</p></body></html>".utf8)))?.contains("7 boats") == true)
        #expect(text(try read(nil, Array("Just 12 words of text.".utf8))) == "Just 12 words of text.")
        // A feed served as text/html is still read as a feed.
        guard case .feed = try read("text/html", Array("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>x</title></entry></feed>".utf8)) else {
            Issue.record("an Atom feed served as HTML"); return
        }
    }

    @Test func whatIsNoArticleIsRefusedWithItsType() {
        func reason(_ type: String?, _ body: [UInt8]) -> String? {
            do { _ = try read(type, body); return nil } catch let r as InputRefusal { return r.reason } catch { return "\(error)" }
        }
        #expect(reason("image/jpeg", [0xFF, 0xD8, 0xFF])?.contains("image/jpeg") == true)
        #expect(reason("text/plain", [UInt8](repeating: 0, count: 100))?.contains("binary") == true)
        #expect(reason("application/xml", Array("<config/>".utf8))?.contains("not an RSS or Atom feed") == true)
        #expect(reason("text/html", [])?.contains("empty") == true)
        #expect(reason("application/pdf", Array("%PDF-1.4".utf8))?.contains("poppler-utils") == true)
    }

    @Test func decimalCommaRunsStayLinearIdentifiers() {
        let run = "12" + String(repeating: ",34", count: 50_000)
        let figures = FigureExtractor().figures(in: run, language: "fr")
        #expect(figures.count == 1 && figures[0].kind == .other)
    }
}
