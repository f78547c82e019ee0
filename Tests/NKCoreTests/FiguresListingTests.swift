import Foundation
import Testing
@testable import NKCore

/// The `figures` listing names each article as every other output does: outlet and title.
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
}
