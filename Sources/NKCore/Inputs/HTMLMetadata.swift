import Foundation

/// What a page says about itself: <title>, <meta> tags (Open Graph, article:*, author) and
/// JSON-LD NewsArticle blocks. JSON-LD, written for search engines, is the most careful of them.
enum HTMLMetadata {
    static func read(_ root: XMLNodeRef) -> ArticleMetadata {
        var meta: [String: String] = [:]
        var titleElement: String?
        var canonical: String?
        var jsonLD = ArticleMetadata()
        XMLWalk.walk(root) { node, entering in
            guard entering, node.isElement else { return false }
            if node.named("meta") {
                let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop"))?.lowercased()
                if let key, let content = node.attribute("content"), meta[key] == nil { meta[key] = content }
                return false
            }
            if node.named("title") {
                if titleElement == nil { titleElement = node.textContent }
                return false
            }
            if node.named("link") {
                if node.attribute("rel")?.lowercased() == "canonical" { canonical = canonical ?? node.attribute("href") }
                return false
            }
            if node.named("script") {
                if node.attribute("type")?.lowercased() == "application/ld+json" {
                    jsonLD = JSONLDArticle.read(node.textContent).overridden(by: jsonLD)
                }
                return false
            }
            return !node.named("style")
        }
        var m = ArticleMetadata(
            title: meta["og:title"] ?? meta["twitter:title"] ?? titleElement,
            source: meta["og:site_name"] ?? meta["application-name"],
            author: meta["author"] ?? meta["article:author"].flatMap { $0.hasPrefix("http") ? nil : $0 },
            date: (meta["article:published_time"] ?? meta["date"] ?? meta["pubdate"]).flatMap(isoDate))
        m.url = meta["og:url"] ?? canonical
        m.language = root.attribute("lang") ?? root.attribute("xml:lang") ?? meta["og:locale"] ?? meta["content-language"]
        m = m.overridden(by: jsonLD)
        return clean(m)
    }

    /// One line each, no control characters, nil when empty.
    static func clean(_ m: ArticleMetadata) -> ArticleMetadata {
        func one(_ s: String?) -> String? {
            guard let s else { return nil }
            var w = WhitespaceText()
            w.append(s)
            let line = Sanitizer.oneLine(w.finish().trimmingCharacters(in: .whitespacesAndNewlines))
            return line.isEmpty ? nil : line
        }
        var out = ArticleMetadata(title: one(m.title), source: one(m.source), author: one(m.author), date: one(m.date))
        out.url = one(m.url)
        out.language = m.language.flatMap(LanguageCode.normalized)
        return out
    }

    /// "2024-03-05T10:00:00Z" → "2024-03-05", "2024-10" stays; other spellings through the date
    /// reader, with the month names of every language nkreader reads ("12 septembre 2023").
    static func isoDate(_ s: String) -> String? {
        let t = s.trimmingCharacters(in: .whitespaces)
        let u = Array(t.utf8)
        let digit = { (i: Int) in i < u.count && u[i] >= 0x30 && u[i] <= 0x39 }
        if u.count >= 7, (0..<4).allSatisfy(digit), u[4] == 0x2D, digit(5), digit(6) {
            if u.count >= 10, u[7] == 0x2D, digit(8), digit(9), !digit(10) { return String(t.prefix(10)) }
            if u.count == 7, let m = Int(t.suffix(2)), (1...12).contains(m) { return t }
        }
        let p = DateNormalizer.parts(of: t, otherMonths: LanguagePacks.standard.monthNames)
        return DateNormalizer.iso(year: p.year, month: p.month, day: p.day)
    }
}

/// A JSON-LD block's article fields: headline, datePublished, publisher.name, author.name, url.
enum JSONLDArticle {
    static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "blogposting", "liveblogposting", "report", "scholarlyarticle",
    ]

    static func read(_ json: String) -> ArticleMetadata {
        guard let data = json.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
              let article = find(value, depth: 0) else { return ArticleMetadata() }
        var m = ArticleMetadata(
            title: article["headline"] as? String ?? article["name"] as? String,
            source: names(article["publisher"]) ?? names(article["sourceOrganization"]),
            author: names(article["author"]) ?? names(article["creator"]),
            date: (article["datePublished"] as? String ?? article["dateCreated"] as? String).flatMap(HTMLMetadata.isoDate))
        m.url = article["url"] as? String ?? (article["mainEntityOfPage"] as? [String: Any])?["@id"] as? String
        m.language = article["inLanguage"] as? String
        return m
    }

    /// The first object typed as an article, looking through arrays and @graph.
    static func find(_ value: Any, depth: Int) -> [String: Any]? {
        guard depth < 8 else { return nil }
        if let array = value as? [Any] {
            for v in array { if let found = find(v, depth: depth + 1) { return found } }
            return nil
        }
        guard let object = value as? [String: Any] else { return nil }
        let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [Any])?.compactMap { $0 as? String } ?? []
        if types.contains(where: { articleTypes.contains($0.lowercased()) }) { return object }
        if let graph = object["@graph"] { return find(graph, depth: depth + 1) }
        return nil
    }

    /// A person or organisation, or several: "A", {"name": "A"}, [{"name": "A"}, {"name": "B"}].
    static func names(_ value: Any?) -> String? {
        if let s = value as? String { return s.hasPrefix("http") ? nil : s }
        if let o = value as? [String: Any] { return o["name"] as? String }
        if let a = value as? [Any] {
            let all = a.prefix(8).compactMap { names($0) }
            return all.isEmpty ? nil : all.joined(separator: ", ")
        }
        return nil
    }
}
