import Testing
import NKCore
@testable import NKReader

/// The line under an article's title: where it came from, and its language when not English.
struct ArticleHeaderTests {
    func article(_ id: String, text: String, url: String?, language: String?) -> Article {
        var metadata = ArticleMetadata(title: "Inondations", source: "Le Quotidien", author: nil, date: "2023-09-15")
        metadata.url = url
        metadata.language = language
        return Article(id: id, path: url ?? id, text: text, metadata: metadata)
    }

    @Test func aFetchedFrenchArticleShowsItsLanguageAndURL() {
        let fr = article("a", text: "Inondations\n\nUne aide de 1,8 milliard de dollars.\n", url: "https://quotidien.example/inondations", language: "fr")
        let en = article("b", text: "Floods\n\nAid of $1.8 billion.\n", url: nil, language: "en")
        let screen = reader(ReaderCorpus(articles: [fr, en]), width: 160, height: 30).render()
        #expect(screen.lines[1].contains("[fr] Le Quotidien · 15 Sep 2023 · https://quotidien.example/inondations"))
        #expect(!screen.lines[1].contains("[en]"))
        // Its figures are read in French, so the whole amount is lit, not "1" and "8".
        let row = screen.lines.firstIndex { $0.contains("1,8 milliard") } ?? -1
        #expect(row > 0)
        if row > 0 {
            let line = screen.lines[row]
            let x = line.distance(from: line.startIndex, to: line.range(of: "milliard")!.lowerBound)
            #expect(screen[x, row].role != .text)
        }
    }

    @Test func escapeSequencesInAFetchedTitleNeverReachTheScreen() {
        var a = article("c", text: "x\n", url: "https://evil.example/\u{1B}[2J", language: nil)
        a.metadata.title = "Title \u{1B}]0;owned\u{07} here"
        let screen = reader(ReaderCorpus(articles: [a, a]), width: 160, height: 30).render()
        for line in screen.lines.prefix(3) {
            #expect(!line.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        }
    }
}
