import Foundation

/// A problem that stops loading: a missing path, an unreadable file, a folder with no articles.
public struct CorpusError: Error, CustomStringConvertible, Sendable {
    public var description: String
    /// Warnings gathered before the problem (files refused and why), to print before it.
    public var warnings: [String]
    public init(_ description: String, warnings: [String] = []) {
        self.description = description
        self.warnings = warnings
    }
}

/// Reads articles from files, folders (searched recursively: each folder's articles sorted by
/// name, then its subfolders), web addresses and stdin (`-`). Each format has its reader in
/// Inputs/: plain text, Markdown, HTML, Word (.docx), PDF and RSS/Atom feeds (one article per
/// item); a file that is not text is refused with a warning. URLs are fetched by the `fetcher`
/// the loader is given; NKCore itself never opens a connection.
public struct CorpusLoader: Sendable {
    public static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "xhtml", "docx", "pdf", "rss", "atom", "xml"]
    /// Larger files are refused rather than read: offsets and memory stay bounded.
    public static let maxFileSize = 1 << 30
    /// With --fetch-items, at most this many items of one feed have their pages fetched.
    public static let maxFetchedItems = 100

    public var readStandardInput: @Sendable () -> [UInt8]
    /// How PDFs are read: pdftotext when it is installed.
    public var pdfReader: PDFReader
    /// How web addresses are fetched; without one, a URL is refused with a warning.
    public var fetcher: (any Fetcher)?
    /// Fetch each feed item's link and read the page instead of the feed's excerpt.
    public var fetchItems: Bool

    public init(readStandardInput: @escaping @Sendable () -> [UInt8] = { Array(FileHandle.standardInput.readDataToEndOfFile()) },
                pdfReader: PDFReader = PDFReader(), fetcher: (any Fetcher)? = nil, fetchItems: Bool = false) {
        self.readStandardInput = readStandardInput
        self.pdfReader = pdfReader
        self.fetcher = fetcher
        self.fetchItems = fetchItems
    }

    /// Loads every path in order. Warnings (invalid UTF-8, skipped files) are returned, not printed.
    public func load(_ paths: [String]) throws -> (articles: [Article], warnings: [String]) {
        var articles: [Article] = []
        let warnings = try forEachBatch(paths, size: Int.max) { articles += $0 }
        return (articles, warnings)
    }

    /// Loads the articles a batch at a time, so a caller that keeps only results (claims) never
    /// holds a whole large corpus in memory. Every path is checked before the first batch.
    /// When no article at all could be read, throws with the warnings that say why.
    public func forEachBatch(_ paths: [String], size: Int, _ body: ([Article]) throws -> Void) throws -> [String] {
        let plan = try self.plan(paths)
        var warnings = plan.warnings
        var loaded = 0
        var start = 0
        while start < plan.count {
            let end = min(plan.count, start + max(1, size))
            let batch = try load(plan, start..<end, warnings: &warnings)
            loaded += batch.count
            try body(batch)
            start = end
        }
        try plan.checkSomethingLoaded(loaded, warnings: warnings)
        return warnings
    }

    /// Every input the paths name, with its id, before any is read: folders are walked, missing
    /// paths refused. Cheap next to reading the files, so a reader can show the first articles
    /// long before the last is read.
    public func plan(_ paths: [String]) throws -> CorpusPlan {
        var warnings: [String] = []
        var sources: [CorpusPlan.Source] = []
        var names: [(path: String, relative: String)] = []
        var stems: [String?] = []
        for path in paths {
            if path == "-" { sources.append(.standardInput); names.append((path, path)); stems.append(nil); continue }
            if let url = WebAddress.url(path) {
                let n = WebAddress.names(url)
                sources.append(.web(url)); names.append((path, n.relative)); stems.append(n.stem)
                continue
            }
            switch FileKind.of(path) {
            case .missing(let reason) where reason == "no such file or directory":
                let hint = path.contains("://") ? " (only http:// and https:// addresses are fetched)" : ""
                throw CorpusError("\(path): no such file or directory\(hint)")
            case .missing(let reason):
                // A link loop or a broken link named by the user is a file that cannot be read.
                warnings.append(UnreadFiles.warning(path, reason))
            case .folder:
                let walk = FolderWalk.walk(path)
                warnings += walk.warnings
                guard !walk.files.isEmpty else {
                    throw CorpusError("\(path): no articles (\(InputFormat.extensionsList)) in this folder or below", warnings: warnings)
                }
                for f in walk.files { sources.append(.file(f.path)); names.append((f.path, f.relative)); stems.append(nil) }
            case .file, .other:
                // An unreadable file is said when it is read, beside the others that load.
                sources.append(.file(path)); names.append((path, path)); stems.append(nil)
            }
        }
        return CorpusPlan(sources: sources, ids: ArticleIDs.assign(names, stems: stems), warnings: warnings)
    }

    /// Reads the plan's inputs in `range`, in order, with their metadata; inputs refused add a
    /// warning and are left out; a feed gives one article per item.
    public func load(_ plan: CorpusPlan, _ range: Range<Int>, warnings: inout [String]) throws -> [Article] {
        // Files are read and decoded on every core, each with its own warnings, then taken in
        // plan order; standard input and web addresses are read in turn on this thread.
        let files = parallelMap(Array(range)) { i -> Result<(articles: [Article], warnings: [String]), any Error>? in
            guard case .file(let path) = plan.sources[i] else { return nil }
            return Result {
                var fileWarnings: [String] = []
                let articles = try loadFile(path, id: plan.ids[i], warnings: &fileWarnings)
                return (articles, fileWarnings)
            }
        }
        var batch: [Article] = []
        for (i, file) in zip(range, files) {
            switch plan.sources[i] {
            case .standardInput:
                let decoded = TextDecoding.decode(readStandardInput())
                if let w = decoded.warning { warnings.append("<stdin>: \(w)") }
                batch.append(Article(id: "-", path: "-", text: decoded.text))
            case .file:
                guard let read = try file?.get() else { continue }
                warnings += read.warnings
                batch += read.articles
            case .web(let url):
                batch += loadWeb(url, id: plan.ids[i], warnings: &warnings)
            }
        }
        MetadataFiles.apply(to: &batch, warnings: &warnings)
        return batch
    }

    /// Reads one file with the reader its format needs; no article (and a warning naming the file)
    /// when the file is refused: not text, a PDF without pdftotext, a damaged document, or a file
    /// that cannot be read at all (see `UnreadFiles`). A feed gives one article per item.
    func loadFile(_ path: String, id: String? = nil, warnings: inout [String]) throws -> [Article] {
        let id = id ?? ArticleIDs.stem(path)
        let format = InputFormat(fileName: (path as NSString).lastPathComponent) ?? .text
        do {
            if format == .feed {
                return try feedArticles(try FileBytes.read(path, limit: CorpusLoader.maxFileSize, refuse: BinaryCheck.isSurelyBinary), id: id, path: path, base: nil, warnings: &warnings)
            }
            let document = try read(path, as: format)
            if let w = document.warning { warnings.append("\(path): \(w)") }
            var article = Article(id: id, path: path, text: document.text)
            article.fileLines = document.fileLines
            article.documentMetadata = document.metadata
            article.documentMetadataIsUsers = document.metadataIsUsers
            return [article]
        } catch let refusal as InputRefusal {
            warnings.append("\(path): \(refusal.reason)")
            return []
        } catch let failure as FileBytes.Failure {
            warnings.append(UnreadFiles.warning(path, failure.reason))
            return []
        }
    }

    /// Fetches a web address and reads what came back; a failure is one warning naming the URL,
    /// and the other inputs still load.
    func loadWeb(_ url: URL, id: String, warnings: inout [String]) -> [Article] {
        let name = url.absoluteString
        guard let fetcher else {
            warnings.append("\(name): this build cannot fetch web addresses; skipped")
            return []
        }
        let fetched: FetchedResource
        switch fetcher.fetch(url) {
        case .failure(let failure): warnings.append("\(name): \(failure); skipped"); return []
        case .success(let r): fetched = r
        }
        do {
            switch try RemoteDocument.read(fetched, pdfReader: pdfReader) {
            case .feed(let feed, let dropped):
                return try feedArticles(feed, dropped: dropped, id: id, path: name, base: fetched.url, warnings: &warnings)
            case .document(let document):
                if let w = document.warning { warnings.append("\(name): \(w)") }
                var article = Article(id: id, path: name, text: document.text)
                article.documentMetadata = document.metadata
                // The address it was fetched from is the one the reader can open again.
                article.documentMetadata.url = fetched.url.absoluteString
                return [article]
            }
        } catch let refusal as InputRefusal {
            warnings.append("\(name): \(refusal.reason)")
            return []
        } catch {
            warnings.append("\(name): \(error)")
            return []
        }
    }

    private func feedArticles(_ bytes: [UInt8], id: String, path: String, base: URL?, warnings: inout [String]) throws -> [Article] {
        if BinaryCheck.isBinary(bytes) { throw InputRefusal("not a text file (binary data); skipped") }
        guard FeedSniffer.isFeed(bytes), let (feed, dropped) = FeedReader.read(bytes) else {
            throw InputRefusal("not an RSS or Atom feed; skipped")
        }
        return try feedArticles(feed, dropped: dropped, id: id, path: path, base: base, warnings: &warnings)
    }

    /// A feed's items as articles; with `fetchItems`, each item's page in place of its excerpt.
    private func feedArticles(_ feed: Feed, dropped: Int, id: String, path: String, base: URL?, warnings: inout [String]) throws -> [Article] {
        if dropped > 0 { warnings.append("\(path): read the first \(FeedReader.maxItems) items; \(dropped) more left out") }
        var articles = FeedArticles.articles(feed, id: id, path: path, base: base)
        if articles.isEmpty { throw InputRefusal("a feed with no items; skipped") }
        guard fetchItems else { return articles }
        guard let fetcher else {
            warnings.append("\(path): --fetch-items needs web access, which this build lacks; the feed's text is shown")
            return articles
        }
        var targets: [(index: Int, url: URL)] = []
        for (i, item) in feed.items.enumerated() {
            if let link = FeedArticles.link(item, base: base) { targets.append((i, link)) }
        }
        if targets.count > CorpusLoader.maxFetchedItems {
            warnings.append("\(path): fetched the pages of the first \(CorpusLoader.maxFetchedItems) items; the other \(targets.count - CorpusLoader.maxFetchedItems) keep the feed's text")
            targets.removeLast(targets.count - CorpusLoader.maxFetchedItems)
        }
        let results = FetchAll.fetch(targets.map(\.url), with: fetcher)
        for (target, result) in zip(targets, results) {
            let link = target.url.absoluteString
            let page: ReadDocument
            do {
                switch result {
                case .failure(let f): throw InputRefusal("\(f)")
                case .success(let r):
                    guard case .document(let d) = try RemoteDocument.read(r, pdfReader: pdfReader) else {
                        throw InputRefusal("a feed, not an article page")
                    }
                    page = d
                }
            } catch let refusal as InputRefusal {
                warnings.append("\(link): \(refusal.reason); the feed's text is shown")
                continue
            }
            guard page.text.contains(where: { !$0.isWhitespace }) else { continue }
            let i = target.index
            articles[i].text = page.text
            // The feed names its item (title, date, outlet, link); the page knows its own language.
            let pageLanguage = page.metadata.language
            articles[i].documentMetadata = page.metadata.overridden(by: articles[i].documentMetadata)
            articles[i].documentMetadata.language = pageLanguage ?? articles[i].documentMetadata.language
        }
        return articles
    }

    /// The format dispatch: archives and PDFs go to their readers as files, everything else is
    /// read as bytes, refused if it is not text, then decoded by its reader.
    private func read(_ path: String, as format: InputFormat) throws -> ReadDocument {
        switch format {
        case .pdf:
            try FileBytes.check(path, limit: CorpusLoader.maxFileSize)
            return try pdfReader.read(path)
        case .docx:
            try FileBytes.check(path, limit: CorpusLoader.maxFileSize)
            return try DocxReader.read(URL(fileURLWithPath: path))
        case .text, .markdown, .html, .feed: break
        }
        let bytes = try FileBytes.read(path, limit: CorpusLoader.maxFileSize, refuse: BinaryCheck.isSurelyBinary)
        if BinaryCheck.isBinary(bytes) { throw InputRefusal("not a text file (binary data); skipped") }
        switch format {
        case .html: return HTMLReader.read(bytes)
        case .markdown:
            let decoded = TextDecoding.decode(bytes)
            var document = MarkdownReader.read(decoded.text)
            document.warning = [decoded.warning, document.warning].compactMap { $0 }.joined(separator: "; ").nilIfEmpty
            return document
        default:
            let decoded = TextDecoding.decode(bytes)
            return ReadDocument(text: decoded.text, warning: decoded.warning)
        }
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
