import Foundation
import Testing
@testable import NKCore

/// The `figures` listing: each article named as every other output names it, and what each
/// figure's last column says.
struct FiguresListingTests {
    @Test func eachArticleIsNamedByOutletAndTitleThenItsFile() throws {
        let folder = try ArticleFolder([
            "wire.md": "---\nsource: Wire Service\ntitle: Troops Sent East\ndate: 2024-05-02\n---\n\nOfficials said 10,000 troops were deployed.\n",
            "bare.txt": "Observers said 30,000 troops were deployed.\n",
        ])
        defer { folder.remove() }
        let articles = try CorpusLoader().load([folder.path]).articles
        let figures = articles.map { FigureExtractor().figures(in: $0.text) }
        let lines = FiguresReport.text(articles, figures: figures).split(separator: "\n").map(String.init)
        let wire = try #require(lines.firstIndex(of: "Wire Service: Troops Sent East  (2024-05-02)"))
        // The line numbers below are in this file.
        #expect(lines[wire + 1] == "  file: " + folder.path + "/wire.md")
        #expect(lines[wire + 2].contains("10,000") && lines[wire + 2].hasPrefix("  7:"), "the line in the file, front matter counted")
        // Known by nothing else, an article is named by its id.
        let bare = try #require(lines.firstIndex(of: "bare"))
        #expect(lines[bare + 1] == "  file: " + folder.path + "/bare.txt")
        // No header is a path any more.
        #expect(!lines.contains { $0.hasPrefix(folder.path) })
    }

    @Test func aYearIsListedAsWrittenNotAsAnAmount() {
        let text = "Rainfall reached 414 millimetres, the heaviest since 1979, and 2,011 homes flooded.\n"
        let figures = FigureExtractor().figures(in: text)
        let year = try? #require(figures.first { $0.kind == .year })
        #expect(year.map(Bounds.describe) == "1979")
        // An amount keeps its grouping.
        #expect(figures.first { $0.text == "2,011" }.map(Bounds.describe) == "2,011")
        let listing = FiguresReport.text([Article(id: "a", path: "a.txt", text: text)], figures: [figures])
        #expect(listing.contains("year\t1979\n"))
        #expect(!listing.contains("1,979"))
    }
}
