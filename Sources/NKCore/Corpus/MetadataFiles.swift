import Foundation

/// Metadata a user states: front matter at the top of a file, or `metadata.json` beside the
/// articles (`{"ARTICLE-ID": {"title": …, "source": …, "author": …, "date": …, "url": …}}`).
public enum MetadataFiles {
    public static let fileName = "metadata.json"

    /// Front matter: a first line `---`, then `key: value` lines, then `---`.
    public static func frontMatter(_ text: String) -> (ArticleMetadata, bodyStart: Int)? {
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else { return nil }
        var m = ArticleMetadata()
        var offset = 0
        for (n, line) in TextLines(text).enumerated() {
            offset = line.range.upperBound
            if n == 0 { continue }
            let s = line.text.trimmed
            if s == "---" { return (m, offset) }
            guard let colon = s.firstIndex(of: ":") else { continue }
            let key = s[..<colon].lowercased()
            var value = s[s.index(after: colon)...].trimmed
            if value.count >= 2, let f = value.first, let l = value.last, (f == "\"" && l == "\"") || (f == "'" && l == "'") {
                value = String(value.dropFirst().dropLast())
            }
            let v: String? = value.isEmpty ? nil : Sanitizer.oneLine(value)
            switch key {
            case "title": m.title = v
            case "source", "publisher", "site": m.source = v
            case "author", "by": m.author = v
            case "date", "published": m.date = v.map { HTMLMetadata.isoDate($0) ?? $0 }
            case "lang", "language": m.language = v.flatMap(LanguageCode.normalized)
            default: break
            }
            if n > 50 { break }
        }
        return nil
    }

    /// The entries of a `metadata.json`, or a warning when it cannot be read. Only a missing file
    /// goes unmentioned: a folder, a FIFO or an unreadable file by that name is one the user meant.
    public static func read(_ path: String) -> (entries: [String: ArticleMetadata], warning: String?) {
        switch FileKind.of(path) {
        case .missing(let reason) where reason == "no such file or directory": return ([:], nil)
        case .missing(let reason): return ([:], "\(path): ignored, \(reason)")
        case .folder: return ([:], "\(path): ignored, a folder rather than a file")
        // Never opened: a FIFO would wait for a writer that may never come.
        case .other: return ([:], "\(path): ignored, not a regular file")
        case .file: break
        }
        guard let data = FileManager.default.contents(atPath: path) else { return ([:], "\(path): ignored, cannot read this file") }
        do {
            var entries = try JSONDecoder().decode([String: ArticleMetadata].self, from: data)
            // "12 septembre 2023" as ISO, as every other date is kept; what is no date stays as written.
            for (id, m) in entries { entries[id]?.date = m.date.map { HTMLMetadata.isoDate($0) ?? $0 } }
            return (entries, nil)
        } catch {
            return ([:], "\(path): ignored, not a map of article ids to {title, source, author, date}")
        }
    }

    /// Applies, in rising order of authority: what the text says, what a page or document states
    /// (its tags, its properties), metadata.json, front matter.
    static func apply(to articles: inout [Article], warnings: inout [String]) {
        var cache: [String: [String: ArticleMetadata]] = [:]
        // Ids can carry a folder prefix when names clash; the file name is what names a date.
        let stems = articles.map { $0.path == "-" ? $0.id : ArticleIDs.stem($0.path) }
        let inputs = zip(articles.map(\.text), stems).map { (text: $0, stem: $1) }
        // What the user and the documents state, in that order of authority, before the text is read.
        var stated: [ArticleMetadata] = []
        stated.reserveCapacity(articles.count)
        for i in articles.indices {
            var m = articles[i].documentMetadataIsUsers ? ArticleMetadata() : articles[i].documentMetadata
            if articles[i].path != "-" && WebAddress.url(articles[i].path) == nil {
                let dir = (articles[i].path as NSString).deletingLastPathComponent
                if cache[dir] == nil {
                    let (entries, warning) = read((dir.isEmpty ? "." : dir) + "/" + fileName)
                    if let warning, !warnings.contains(warning) { warnings.append(warning) }
                    cache[dir] = entries
                }
                if let entry = cache[dir]?[articles[i].id] ?? cache[dir]?[stems[i]] { m = m.overridden(by: entry) }
            }
            if articles[i].documentMetadataIsUsers { m = m.overridden(by: articles[i].documentMetadata) }
            if let (front, _) = frontMatter(articles[i].text) { m = m.overridden(by: front) }
            stated.append(m)
        }
        // A stated language (a page's lang, front matter, metadata.json) wins over the text's; the
        // text's header is then read in it, so "12 septembre 2023" is a date.
        let detector = LanguageDetector()
        let statedLanguages = stated.map(\.language)
        let languages = parallelMap(Array(articles.indices)) { i in
            statedLanguages[i].flatMap(LanguageCode.normalized) ?? detector.detect(inputs[i].text)
        }
        let lexicons = LanguagePacks.standard.lexicons(for: languages.map { Optional($0) })
        let inferred = parallelMap(Array(articles.indices)) { i in
            MetadataInference.infer(from: inputs[i].text, fileName: inputs[i].stem,
                                    extractor: lexicons[languages[i]].map { FigureExtractor(lexicon: $0) } ?? FigureExtractor())
        }
        for i in articles.indices {
            var m = inferred[i].overridden(by: stated[i])
            m.language = languages[i]
            articles[i].metadata = m
        }
    }
}
