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
            case "date", "published": m.date = v
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
            return (try JSONDecoder().decode([String: ArticleMetadata].self, from: data), nil)
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
        let detector = LanguageDetector()
        let inferred = parallelMap(inputs) { (MetadataInference.infer(from: $0.text, fileName: $0.stem), detector.detect($0.text)) }
        for i in articles.indices {
            var m = inferred[i].0
            if !articles[i].documentMetadataIsUsers { m = m.overridden(by: articles[i].documentMetadata) }
            if articles[i].path != "-" && WebAddress.url(articles[i].path) == nil {
                let dir = (articles[i].path as NSString).deletingLastPathComponent
                if cache[dir] == nil {
                    let (entries, warning) = read((dir.isEmpty ? "." : dir) + "/" + fileName)
                    if let warning, !warnings.contains(warning) { warnings.append(warning) }
                    cache[dir] = entries
                }
                if let stated = cache[dir]?[articles[i].id] ?? cache[dir]?[stems[i]] { m = m.overridden(by: stated) }
            }
            if articles[i].documentMetadataIsUsers { m = m.overridden(by: articles[i].documentMetadata) }
            if let (front, _) = frontMatter(articles[i].text) { m = m.overridden(by: front) }
            // A stated language (a page's lang, front matter, metadata.json) wins over the text's.
            m.language = m.language.flatMap(LanguageCode.normalized) ?? inferred[i].1
            articles[i].metadata = m
        }
    }
}
