import Foundation
import NKCore

/// `make bench`: loading a saved news page as a user's `nkreader page.html` does (libxml2 parse,
/// article search, text, metadata, language), on a generated page shaped like the heavy ones:
/// long inline scripts with JSON on one line, navigation, ads, then the article.
enum HTMLLoad {
    static func run(prose: [String], folder: URL) {
        var seconds: [Int: Double] = [:]
        for size in [1_000_000, 10_000_000] {
            let file = folder.appendingPathComponent("page-\(size).html")
            let page = HTMLLoad.page(bytes: size, prose: prose)
            try? page.write(to: file, atomically: false, encoding: .utf8)
            var words = 0
            // Best of more runs for the small page: its few milliseconds are the noisier side of the ratio.
            let t = measure(runs: size < 5_000_000 ? 7 : 3) {
                guard let loaded = try? CorpusLoader().load([file.path]) else { return }
                words = loaded.articles.first.map { $0.text.utf8.count } ?? 0
            }
            seconds[size] = t
            report("html load: \(size / 1_000_000) MB page, inline scripts",
                   String(format: "%.1f MB/s  (%.0f ms, %d KB of text)", megabytes(page.utf8.count) / t, t * 1000, words / 1000))
        }
        if let t1 = seconds[1_000_000], let t10 = seconds[10_000_000] {
            report("html linearity: time(10 MB) / time(1 MB)", String(format: "%.2f  (10.0 is linear; must stay ≤ 12)", t10 / t1))
        }
    }

    /// About `bytes` of page: 60% inline script (one-line JSON state and tracking code), the rest
    /// navigation, ad slots and the article's paragraphs.
    static func page(bytes: Int, prose: [String]) -> String {
        var out = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Bench page</title>"
        out += "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Bench page\",\"datePublished\":\"2025-02-11\"}</script>"
        // One-line JSON state: the shape that once cost minutes.
        out += "<script>window.__STATE__={\"items\":["
        var n = 0
        while out.utf8.count < bytes * 6 / 10 {
            out += "{\"id\":\(n),\"views\":\(n * 37 % 100_000),\"title\":\"Item \(n) of 86400 <p>fake</p>\"},"
            n += 1
        }
        out += "{}]};</script></head><body><header><nav>"
        for i in 0..<40 { out += "<a href=\"/s\(i)\">Section \(i)</a> " }
        out += "</nav></header><main><article><h1>Bench page</h1>"
        var k = 0
        while out.utf8.count < bytes - 200 {
            if k % 7 == 6 { out += "<div class=\"ad-slot\">Advertisement 300x250</div>" }
            let paragraph = prose[k % prose.count]
            out += "<p>" + paragraph.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") + "</p>\n"
            k += 1
        }
        out += "</article></main><footer>© 2025</footer></body></html>"
        return out
    }
}
