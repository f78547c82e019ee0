import Foundation
import Testing
@testable import NKCore

/// A Markdown paragraph wrapped in the file is one line of text, as Markdown shows it, so that
/// a sentence split across lines is still one sentence; each file line is still found again.
struct MarkdownParagraphTests {
    let file = """
    ---
    source: Coastal Herald
    title: Dam Failure
    ---

    # Dam Failure

    Local police said 12 people were killed in the flooding, and the mayor said 35 people were
    injured.
    Officials said 1,500 homes were flooded.

    - Evacuated: 4,200
      people from the valley
    - Missing: 7

    > The agency said 80 roads
    > were closed.

    First line with a break\u{20}\u{20}
    second line.

    | Town | Dead |
    | Riverside | 9 |

    ```
    code 1
    code 2
    ```
    """

    @Test func aParagraphsLinesAreOneLine() {
        let doc = MarkdownReader.read(file)
        // The blank line after the front matter stays: the text is the body as it is.
        #expect(doc.text.split(separator: "\n", omittingEmptySubsequences: false) == [
            "",
            "Dam Failure",
            "",
            "Local police said 12 people were killed in the flooding, and the mayor said 35 people were injured. Officials said 1,500 homes were flooded.",
            "",
            "Evacuated: 4,200 people from the valley",
            "Missing: 7",
            "",
            "The agency said 80 roads were closed.",
            "",
            "First line with a break  ",
            "second line.",
            "",
            "| Town | Dead |",
            "| Riverside | 9 |",
            "",
            "",
            "code 1",
            "code 2",
            "",
        ])
    }

    /// Every figure is found at the line it is on in the file, front matter counted.
    @Test func eachFigureIsOnItsFileLine() throws {
        let doc = MarkdownReader.read(file)
        let fileLines = try #require(doc.fileLines)
        let article = Article(id: "a", path: "a.md", text: doc.text)
        let lines = file.split(separator: "\n", omittingEmptySubsequences: false)
        for figure in ["12", "35", "1,500", "4,200", "7", "80", "9"] {
            let inFile = try #require(lines.firstIndex { $0.contains(figure) && !$0.hasPrefix("source") }) + 1
            let scalars = Array(doc.text.unicodeScalars)
            let needle = Array(figure.unicodeScalars)
            var at: Int?
            for i in 0...(scalars.count - needle.count) where Array(scalars[i..<(i + needle.count)]) == needle {
                // The figure as a whole number, not inside another.
                let before = i == 0 ? " " : scalars[i - 1], after = i + needle.count < scalars.count ? scalars[i + needle.count] : " "
                if !("0"..."9").contains(before) && before != "," && !("0"..."9").contains(after) && after != "," { at = i; break }
            }
            let offset = try #require(at, "\(figure) in the text")
            #expect(fileLines.line(ofScalar: offset, lines: LineIndex(doc.text)) == inFile, "\(figure)")
            var placed = article
            placed.fileLines = fileLines
            #expect(placed.fileLine(ofScalar: offset, lines: LineIndex(doc.text)) == inFile)
        }
    }

    /// The sentence split across two lines is read whole: 35 are injured, not killed.
    @Test func aWrappedSentenceKeepsItsEvent() throws {
        let folder = try ArticleFolder(["a.md": file])
        defer { folder.remove() }
        let claims = Analysis(articles: try CorpusLoader().load([folder.path]).articles).claims
        let injured = try #require(claims.first { $0.figure.text == "35" })
        #expect(injured.sentence.hasSuffix("35 people were injured."))
        #expect(injured.measure.contains("injured"))
    }

    /// Only the joins are kept: a file of line breaks keeps nothing, a paragraph one per join.
    @Test func onlyJoinsAreKept() throws {
        #expect(try #require(MarkdownReader.read(String(repeating: "\n", count: 10_000)).fileLines).joins.isEmpty)
        let doc = MarkdownReader.read("one 1\ntwo 2\nthree 3\n\nfour 4\n")
        #expect(doc.text == "one 1 two 2 three 3\n\nfour 4\n")
        #expect(doc.fileLines?.joins == [5, 11])
    }
}
