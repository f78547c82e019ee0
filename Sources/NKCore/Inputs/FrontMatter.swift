import Yams

/// YAML front matter at the top of a Markdown file, read with Yams: the user's metadata for the
/// article, never part of its text.
enum FrontMatter {
    /// The metadata and where the body starts (a scalar offset), or nil when the text does not
    /// open with a `---` block that closes.
    static func split(_ text: String) -> (metadata: ArticleMetadata, yamlError: Bool, bodyStart: String.Index)? {
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else { return nil }
        // The closing fence: a line that is exactly `---` or `...`. Found in one pass.
        var lineStart = text.index(after: text.firstIndex(of: "\n")!)
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[lineStart..<lineEnd].trimmingTrailingCR
            if line == "---" || line == "..." {
                let yaml = String(text[text.index(after: text.firstIndex(of: "\n")!)..<lineStart])
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
                let (m, failed) = metadata(yaml)
                return (m, failed, bodyStart)
            }
            lineStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
        }
        return nil
    }

    /// Reads title, source (or outlet, publisher, site), author (or authors, by), date and url.
    static func metadata(_ yaml: String) -> (ArticleMetadata, failed: Bool) {
        let node: Node?
        do { node = try Yams.compose(yaml: yaml) } catch { return (ArticleMetadata(), true) }
        guard let mapping = node?.mapping else { return (ArticleMetadata(), node != nil) }
        var fields: [String: String] = [:]
        for (key, value) in mapping {
            guard let k = key.string?.lowercased(), fields[k] == nil, let v = text(of: value) else { continue }
            fields[k] = v
        }
        func first(_ keys: String...) -> String? { keys.lazy.compactMap { fields[$0] }.first }
        var m = ArticleMetadata(title: first("title", "headline"),
                                source: first("source", "outlet", "publisher", "site", "site_name"),
                                author: first("author", "authors", "by", "byline"),
                                date: first("date", "published", "published_at", "datepublished").map { HTMLMetadata.isoDate($0) ?? $0 })
        m.url = first("url", "link", "canonical")
        m.language = first("lang", "language", "locale")
        return (HTMLMetadata.clean(m), false)
    }

    /// A scalar as written (dates stay as typed), or a list's scalars joined by ", ".
    private static func text(of node: Node) -> String? {
        if let s = node.scalar?.string { return s.isEmpty ? nil : s }
        if let seq = node.sequence {
            let items = seq.prefix(8).compactMap { $0.scalar?.string ?? $0.mapping?["name"]?.string }
            return items.isEmpty ? nil : items.joined(separator: ", ")
        }
        return node.mapping?["name"]?.string
    }
}

private extension Substring {
    var trimmingTrailingCR: Substring { last == "\r" ? dropLast() : self }
}
