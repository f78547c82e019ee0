import Foundation
import Testing
import ZIPFoundation
@testable import NKCore

/// Articles as people have them: saved pages, Markdown notes, Word documents, PDFs, folders.
struct InputFormatsTests {
    static let savedPage = """
    <!DOCTYPE html>
    <html lang="en"><head><meta charset="utf-8">
    <title>Flood toll rises to 4,300 in Derna - The Coastal Times</title>
    <meta property="og:site_name" content="Coastal Times (og)">
    <meta name="author" content="Jane Roe">
    <link rel="canonical" href="https://coastal.example/derna-toll">
    <script>window.cfg = {ttl: 86400, id: 123}; var x = "<p>999 fake</p>";</script>
    <style>.a{width:500px}</style>
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Coastal"},
    {"@type":"NewsArticle","headline":"Derna flood: toll rises to 4,300","datePublished":"2023-09-14T08:30:00+00:00",
    "publisher":{"@type":"Organization","name":"The Coastal Times"},"author":[{"@type":"Person","name":"Jane Roe"},{"name":"Sam Poe"}]}]}</script>
    </head><body>
    <header><nav><a href="/">Home</a> <a>5 ways to save</a></nav></header>
    <div class="sidebar"><p>Most read: 44 things</p></div>
    <main><article>
    <header><h1>Derna flood: toll rises to 4,300</h1></header>
    <p>At least 4,300 people have died in Derna, the Red Crescent said, while <b>about 10,000</b>
       remain missing.</p>
    <div class="ad-slot">Advertisement 300x250</div>
    <p>The mayor put the toll at 11,300 &amp; rising.</p>
    <!-- a comment with 777 -->
    <table><tr><th>District</th><th>Dead</th><th>Missing</th></tr>
    <tr><td>East</td><td>476</td><td>900</td></tr></table>
    <ul><li>Shelters opened: 12</li><li>Aid flights: 35</li></ul>
    <aside>Related: 20 best beaches</aside>
    <form>Sign up for 3 newsletters <input value="42"></form>
    </article></main>
    <footer>© 2023 The Coastal Times. 123 Main St.</footer>
    <script>trackPageview(86400)</script>
    </body></html>
    """

    @Test func aHeadlineKeptInTheBodyIsShownOnce() throws {
        let dir = try temporaryFolder()
        let page = "<html><head><title>Troops: Seoul says 12,000 | Example News</title></head><body><article>"
            + "<h1>Seoul says 12,000 troops</h1><p>The spy agency said 12,000 troops were deployed to Russia.</p></article></body></html>"
        try Data(page.utf8).write(to: dir.appendingPathComponent("seoul.html"))
        let a = try #require(try CorpusLoader().load([dir.path]).articles.first)
        #expect(a.text.hasPrefix("Seoul says 12,000 troops\n"))
        #expect(a.text.components(separatedBy: "12,000").count == 3)
    }

    @Test func savedPageGivesItsBodyAndMetadata() throws {
        let dir = try temporaryFolder()
        try Data(Self.savedPage.utf8).write(to: dir.appendingPathComponent("derna.html"))
        let (articles, warnings) = try CorpusLoader().load([dir.path])
        #expect(warnings.isEmpty)
        let a = try #require(articles.first)
        #expect(a.id == "derna")
        #expect(a.metadata.title == "Derna flood: toll rises to 4,300")
        #expect(a.metadata.source == "The Coastal Times")
        #expect(a.metadata.author == "Jane Roe, Sam Poe")
        #expect(a.metadata.date == "2023-09-14")
        #expect(a.metadata.url == "https://coastal.example/derna-toll")
        #expect(a.text.hasPrefix("Derna flood: toll rises to 4,300\n\nAt least 4,300 people have died in Derna, the Red Crescent said, while about 10,000 remain missing.\n"))
        #expect(a.text.contains("District | Dead | Missing\nEast | 476 | 900\n"))
        #expect(a.text.contains("Shelters opened: 12\nAid flights: 35"))
        for furniture in ["86400", "123", "999", "777", "5 ways", "Advertisement", "20 best", "44 things", "newsletters", "Home"] {
            #expect(!a.text.contains(furniture), "\(furniture) leaked into the text")
        }
        let values = quantities(a.text).compactMap(\.value)
        #expect(values.contains(476) && values.contains(900) && values.contains(11300))
        #expect(!values.contains(86400) && !values.contains(123))
        // Offsets are offsets into the text shown.
        let scalars = Array(a.text.unicodeScalars)
        for f in FigureExtractor().figures(in: a.text) {
            #expect(String(String.UnicodeScalarView(scalars[f.start..<f.end])) == f.text)
        }
    }

    @Test func pageWithoutArticleElementUsesTheDensestBlock() {
        let html = """
        <html><body><div id="menu"><p>Top 10</p></div>
        <div class="story"><p>Officials said 1,200 homes were destroyed in the storm overnight.</p>
        <p>Another 3,400 were damaged, the agency reported on Monday morning.</p></div>
        <div><p>Contact us: 555</p></div></body></html>
        """
        let doc = HTMLReader.read(Array(html.utf8))
        #expect(doc.text == "Officials said 1,200 homes were destroyed in the storm overnight.\n\nAnother 3,400 were damaged, the agency reported on Monday morning.\n")
    }

    @Test func hugePageWithLongInlineScriptsKeepsItsText() {
        // Megabytes of inline script before and after the story, on one line, as news sites ship.
        let script = "<script>var d=[" + String(repeating: "86400,123,", count: 300_000) + "0];</script>"
        let paragraphs = String(repeating: "<p>The ministry counted 2,500 displaced families in the region.</p>\n", count: 20_000)
        let html = "<html><head>\(script)<title>Big</title></head><body>\(script)<article>\(paragraphs)</article>\(script)</body></html>"
        #expect(html.utf8.count > 10_000_000)
        let doc = HTMLReader.read(Array(html.utf8))
        #expect(doc.metadata.title == "Big")
        #expect(!doc.text.contains("86400"))
        #expect(doc.text.components(separatedBy: "2,500 displaced").count == 20_001)
    }

    @Test func malformedMarkupDoesNotCrashAndEscapesDoNotSurvive() {
        let nested = String(repeating: "<div><span>", count: 20_000) + "7 dead\u{1B}[31m" + "</table></p><p"
        let doc = HTMLReader.read(Array(nested.utf8))
        #expect(doc.text.contains("7 dead"))
        #expect(!doc.text.contains("\u{1B}"))
        _ = HTMLReader.read(Array("<<<>>><!--".utf8))
        _ = HTMLReader.read([])
        #expect(JSONLDArticle.read("{not json").title == nil)
    }

    @Test func markdownFrontMatterIsMetadataAndMarkupIsGone() throws {
        let dir = try temporaryFolder()
        let md = """
        ---
        title: "Troops: the 12,000 question"
        outlet: North Desk
        author: [A. Kim, B. Lee]
        date: 2024-10-23
        url: https://north.example/12000
        ---
        # Troops: the **12,000** question

        Officials said *about 3,000* soldiers moved, see [the report](https://x.example/r?id=86400).
        - first: 1,500 troops
        2. second: __2,000__ troops
        > quoted 700 killed
        `code 5` and snake_case and 5*3 stay

        """
        try Data(md.utf8).write(to: dir.appendingPathComponent("note.md"))
        let (articles, warnings) = try CorpusLoader().load([dir.path])
        #expect(warnings.isEmpty)
        let a = try #require(articles.first)
        #expect(a.metadata.title == "Troops: the 12,000 question")
        #expect(a.metadata.source == "North Desk")
        #expect(a.metadata.author == "A. Kim, B. Lee")
        #expect(a.metadata.date == "2024-10-23")
        #expect(a.metadata.url == "https://north.example/12000")
        #expect(a.text == """
        Troops: the 12,000 question

        Officials said about 3,000 soldiers moved, see the report.
        first: 1,500 troops
        second: 2,000 troops
        quoted 700 killed
        code 5 and snake_case and 5*3 stay

        """)
        #expect(!quantities(a.text).contains { $0.value == 86400 })
    }

    @Test func brokenFrontMatterIsReportedNotFatal() {
        let doc = MarkdownReader.read("---\ntitle: [unclosed\n---\nBody 5 troops\n")
        #expect(doc.text == "Body 5 troops\n")
        #expect(doc.warning?.contains("YAML") == true)
    }

    @Test func wordDocumentParagraphsAndProperties() throws {
        let dir = try temporaryFolder()
        let url = dir.appendingPathComponent("memo.docx")
        try makeDocx(at: url, body: """
            <w:p><w:r><w:t>Briefing on casualties</w:t></w:r></w:p>
            <w:p><w:r><w:t xml:space="preserve">About 1,100 soldiers </w:t></w:r><w:r><w:t>were wounded.</w:t></w:r></w:p>
            <w:p><w:r><w:t>Before</w:t><w:tab/><w:t>after</w:t><w:br/><w:t>next line 42</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>476</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>900</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:p><w:del><w:r><w:delText>deleted 999</w:delText></w:r></w:del></w:p>
            """)
        let (articles, _) = try CorpusLoader().load([url.path])
        let a = try #require(articles.first)
        #expect(a.text == "Briefing on casualties\nAbout 1,100 soldiers were wounded.\nBefore\tafter\nnext line 42\n476 | 900\n\n")
        #expect(a.metadata.title == "Casualty memo")
        #expect(a.metadata.author == "R. Analyst")
        #expect(a.metadata.date == "2025-03-01")
    }

    @Test func damagedWordDocumentIsRefusedByName() throws {
        let dir = try temporaryFolder()
        let url = dir.appendingPathComponent("broken.docx")
        try Data("PK\u{03}\u{04} not really a zip".utf8).write(to: url)
        try Data("5 troops".utf8).write(to: dir.appendingPathComponent("ok.txt"))
        let (articles, warnings) = try CorpusLoader().load([dir.path])
        #expect(articles.map(\.id) == ["ok"])
        #expect(warnings.contains { $0.contains("broken.docx") && $0.contains("not a readable .docx") })
    }

    @Test func pdfWithoutPdftotextSaysWhatToInstall() throws {
        let dir = try temporaryFolder()
        try Data("%PDF-1.4\n1 0 obj 8m 74 0 R".utf8).write(to: dir.appendingPathComponent("report.pdf"))
        try Data("5 troops".utf8).write(to: dir.appendingPathComponent("ok.txt"))
        let loader = CorpusLoader(pdfReader: PDFReader(executable: nil))
        let (articles, warnings) = try loader.load([dir.path])
        #expect(articles.map(\.id) == ["ok"])
        #expect(warnings == ["\(dir.path)/report.pdf: skipped: install poppler-utils to read PDFs (sudo apt-get install poppler-utils)"])
        // Named alone, it is one clear error, with the reason printed before it.
        do {
            _ = try loader.load([dir.appendingPathComponent("report.pdf").path])
            Issue.record("a lone unreadable PDF should be an error")
        } catch let e as CorpusError {
            #expect(e.warnings.first?.contains("install poppler-utils") == true)
        }
    }

    @Test func pdfThroughPdftotext() throws {
        guard PDFReader.findOnPath() != nil else {
            print("skipped: pdftotext is not installed (poppler-utils); the PDF text path is untested here")
            return
        }
        let dir = try temporaryFolder()
        let url = dir.appendingPathComponent("report.pdf")
        try Data(minimalPDF(lines: ["Report on the flood", "At least 4,300 people died."]).utf8).write(to: url)
        let (articles, _) = try CorpusLoader().load([url.path])
        let a = try #require(articles.first)
        #expect(a.text.contains("At least 4,300 people died."))
        #expect(quantities(a.text).map(\.value) == [4300])
    }

    @Test func aPDFsDocumentInformationIsItsMetadata() throws {
        guard PDFReader.findOnPath() != nil, PDFReader.findOnPath("pdfinfo") != nil else {
            print("skipped: pdftotext or pdfinfo is not installed (poppler-utils); a PDF's title, author and date are untested here")
            return
        }
        let dir = try temporaryFolder()
        let lines = ["Harbour flood: situation report", "The agency counted 4,380 dead."]
        try Data(minimalPDF(lines: lines, info: "/Title (Situation report 7) /Author (Relief Agency) /CreationDate (D:20240915083000Z)").utf8)
            .write(to: dir.appendingPathComponent("sitrep.pdf"))
        try Data(minimalPDF(lines: lines, info: "/Title (Microsoft Word - sitrep.docx)").utf8).write(to: dir.appendingPathComponent("word.pdf"))
        let articles = try CorpusLoader().load([dir.path]).articles
        let sitrep = try #require(articles.first { $0.id == "sitrep" })
        #expect(sitrep.metadata.title == "Situation report 7")
        #expect(sitrep.metadata.author == "Relief Agency")
        #expect(sitrep.metadata.date == "2024-09-15")
        // A tool's file name is no title: the text's first line is.
        #expect(articles.first { $0.id == "word" }?.metadata.title == "Harbour flood: situation report")
        #expect(PDFInfo.metadata("Title:  \u{1B}[31mRed\nAuthor:\n").title?.contains("\u{1B}") == false)
    }

    @Test func binaryFilesAreRefusedByName() throws {
        let dir = try temporaryFolder()
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("8m 123".utf8)).write(to: dir.appendingPathComponent("image.txt"))
        try Data("5 troops".utf8).write(to: dir.appendingPathComponent("ok.txt"))
        try Data([0x89, 0x50]).write(to: dir.appendingPathComponent("photo.png"))
        try Data([0x50, 0x4B]).write(to: dir.appendingPathComponent("a.zip"))
        try Data([0x50, 0x4B]).write(to: dir.appendingPathComponent("b.zip"))
        let (articles, warnings) = try CorpusLoader().load([dir.path])
        #expect(articles.map(\.id) == ["ok"])
        #expect(warnings.contains("\(dir.path): skipped 3 files (not articles): 2 .zip, 1 .png"))
        #expect(warnings.contains("\(dir.path)/image.txt: not a text file (binary data); skipped"))
        #expect(throws: CorpusError.self) { try CorpusLoader().load([dir.appendingPathComponent("image.txt").path]) }
    }

    @Test func foldersAreSearchedRecursivelyAndClashingNamesGetDistinctIds() throws {
        let dir = try temporaryFolder()
        let fm = FileManager.default
        for sub in ["2024", "2025/march", ".git"] { try fm.createDirectory(at: dir.appendingPathComponent(sub), withIntermediateDirectories: true) }
        try Data("3,000 troops".utf8).write(to: dir.appendingPathComponent("2024/article.txt"))
        try Data("4,000 troops".utf8).write(to: dir.appendingPathComponent("2025/march/article.txt"))
        try Data("5,000 troops".utf8).write(to: dir.appendingPathComponent("top.txt"))
        try Data("6,000 troops".utf8).write(to: dir.appendingPathComponent(".git/hidden.txt"))
        try Data(#"{"top": {"source": "Stated"}}"#.utf8).write(to: dir.appendingPathComponent("metadata.json"))
        let (articles, warnings) = try CorpusLoader().load([dir.path])
        #expect(articles.map(\.id) == ["top", "2024/article", "2025/march/article"])
        #expect(articles.first?.metadata.source == "Stated")
        #expect(warnings.isEmpty)
    }

    @Test func namesThatDifferOnlyByExtensionKeepIt() throws {
        let dir = try temporaryFolder()
        let rss = "<rss version=\"2.0\"><channel><title>W</title><item><title>12 boats</title></item></channel></rss>"
        let atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title><entry><title>14 boats</title></entry></feed>"
        try Data(rss.utf8).write(to: dir.appendingPathComponent("wire.rss"))
        try Data(atom.utf8).write(to: dir.appendingPathComponent("wire.atom"))
        try Data("3,000 troops".utf8).write(to: dir.appendingPathComponent("story.txt"))
        let (articles, _) = try CorpusLoader().load([dir.path])
        #expect(articles.map(\.id) == ["story", "wire.atom#1", "wire.rss#1"])
        // Two addresses of one site: the host and path, never "http:/…" made of the address.
        let plan = try CorpusLoader().plan(["http://127.0.0.1:8765/wire.rss", "http://127.0.0.1:8765/wire.atom", "https://news.example/a/story", "https://news.example/b/story"])
        #expect(plan.ids == ["127.0.0.1/wire.rss", "127.0.0.1/wire.atom", "news.example/a/story", "news.example/b/story"])
    }

    @Test func brokenLinksAndLoopsAreNamedAndSkipped() throws {
        let dir = try temporaryFolder()
        let fm = FileManager.default
        try Data("3,000 troops".utf8).write(to: dir.appendingPathComponent("real.txt"))
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("gone.txt").path, withDestinationPath: "nowhere.txt")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("self.txt").path, withDestinationPath: "self.txt")
        try fm.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("sub/up").path, withDestinationPath: "..")
        let (articles, warnings) = try CorpusLoader().load([dir.path])
        #expect(articles.map(\.id) == ["real"])
        #expect(warnings.contains { $0.hasSuffix("gone.txt: broken symbolic link (its target is missing); skipped") })
        #expect(warnings.contains { $0.hasSuffix("self.txt: symbolic link loop; skipped") })
        #expect(warnings.contains { $0.contains("sub/up: symbolic link loop") })
    }
}

/// A .docx as Word writes one, reduced to the parts nkreader reads.
func makeDocx(at url: URL, body: String) throws {
    let archive = try Archive(url: url, accessMode: .create)
    let document = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
    """
    let core = """
    <?xml version="1.0" encoding="UTF-8"?>
    <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
      xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">
    <dc:title>Casualty memo</dc:title><dc:creator>R. Analyst</dc:creator>
    <dcterms:created>2025-03-01T09:00:00Z</dcterms:created></cp:coreProperties>
    """
    for (path, text) in [("[Content_Types].xml", "<Types/>"), ("word/document.xml", document), ("docProps/core.xml", core)] {
        let data = Data(text.utf8)
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
}

/// A one-page PDF with a line of Helvetica per string, offsets computed so poppler reads it cleanly.
func minimalPDF(lines: [String], info: String? = nil) -> String {
    var stream = "BT /F1 12 Tf 72 720 Td 14 TL\n"
    for line in lines { stream += "(\(line)) Tj T*\n" }
    stream += "ET"
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ] + (info.map { ["<< \($0) >>"] } ?? [])
    var pdf = "%PDF-1.4\n"
    var offsets: [Int] = []
    for (i, body) in objects.enumerated() {
        offsets.append(pdf.utf8.count)
        pdf += "\(i + 1) 0 obj\n\(body)\nendobj\n"
    }
    let xref = pdf.utf8.count
    pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
    for o in offsets { pdf += String(format: "%010d 00000 n \n", o) }
    let infoEntry = info == nil ? "" : " /Info \(objects.count) 0 R"
    pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R\(infoEntry) >>\nstartxref\n\(xref)\n%%EOF\n"
    return pdf
}
