import Foundation

/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom with libxml2's XML parser, by local element names so
/// that any namespace prefix works. Bodies written as HTML are made text by the HTML reader.
enum FeedReader {
    /// At most this many items are read from one feed; the rest are counted in a warning.
    static let maxItems = 5000

    static func read(_ bytes: [UInt8]) -> (feed: Feed, dropped: Int)? {
        XMLParse.withRoot(Data(bytes)) { root -> (Feed, Int)? in
            let rootName = root.name.lowercased()
            guard rootName == "rss" || rootName == "feed" || rootName == "rdf" else { return nil }
            var feed = Feed()
            feed.language = root.attribute("lang")
            var dropped = 0
            XMLWalk.walk(root) { node, entering in
                guard entering, node.isElement else { return false }
                if node.pointer == root.pointer { return true }
                switch node.name {
                case "channel": return true
                case "item", "entry":
                    if feed.items.count < maxItems { feed.items.append(item(node)) } else { dropped += 1 }
                    return false
                case "title":
                    if feed.title == nil { feed.title = plain(node.textContent) }
                    return false
                case "language":
                    if feed.language == nil { feed.language = plain(node.textContent) }
                    return false
                default: return false
                }
            }
            return (feed, dropped)
        } ?? nil
    }

    /// One <item> or <entry>: the richest body it has (content:encoded, content, then
    /// description or summary), its link (Atom: the alternate one), date and author.
    static func item(_ node: XMLNodeRef) -> Feed.Item {
        var item = Feed.Item()
        var bodies: [Int: String] = [:]   // rank → text; the lowest rank wins
        var updated: String?
        var child = node.firstChild
        while let c = child {
            defer { child = c.next }
            guard c.isElement else { continue }
            switch c.name {
            case "title":
                let isHTML = ["html", "xhtml"].contains(c.attribute("type")?.lowercased() ?? "")
                item.title = item.title ?? plain(isHTML ? text(of: c, type: c.attribute("type")) : c.textContent)
            case "link":
                let rel = c.attribute("rel")?.lowercased() ?? "alternate"
                if let href = c.attribute("href") {
                    if rel == "alternate" && (item.link == nil || c.attribute("type")?.contains("html") == true) { item.link = plain(href) }
                } else if item.link == nil {
                    item.link = plain(c.textContent)
                }
            case "guid", "id":
                if item.link == nil, c.attribute("isPermaLink") != "false", let g = plain(c.textContent), WebAddress.url(g) != nil { item.link = g }
            case "pubDate", "published", "date", "issued":
                item.date = item.date ?? plain(c.textContent)
            case "updated", "modified":
                updated = updated ?? plain(c.textContent)
            case "creator", "author":
                var name: String?
                var g = c.firstChild
                while let n = g { if n.isElement && n.named("name") { name = n.textContent }; g = n.next }
                item.author = item.author ?? plain(name ?? c.textContent)
            case "encoded": bodies[0] = bodies[0] ?? text(of: c, type: "html")
            case "content": bodies[1] = bodies[1] ?? text(of: c, type: c.attribute("type"))
            case "description": bodies[2] = bodies[2] ?? text(of: c, type: "html")
            case "summary": bodies[3] = bodies[3] ?? text(of: c, type: c.attribute("type"))
            default: break
            }
        }
        item.date = item.date ?? updated
        item.body = bodies.filter { !$0.value.isEmpty }.min { $0.key < $1.key }?.value ?? ""
        return item
    }

    /// A body element's text by its type: escaped HTML (RSS, Atom type="html"), inline XHTML
    /// (walked as it is), or plain text.
    static func text(of node: XMLNodeRef, type: String?) -> String {
        switch type?.lowercased() {
        case "xhtml", "application/xhtml+xml": return HTMLBody.text(of: node)
        case "text", "text/plain":
            var w = WhitespaceText()
            w.append(node.textContent)
            return w.finish()
        default: return HTMLReader.fragmentText(node.textContent)
        }
    }

    /// A one-line field, or nil when empty.
    static func plain(_ s: String?) -> String? {
        guard let s else { return nil }
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }
}
