import CLibXML2
import Foundation

/// Finds the article in a page and turns it into lines of text.
enum HTMLBody {
    /// Elements that are never article text: code, page furniture, forms, embedded media.
    static let dropped: Set<String> = [
        "script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside",
        "form", "button", "select", "option", "textarea", "input", "label", "iframe", "svg", "canvas",
        "object", "embed", "video", "audio", "map", "dialog", "menu",
    ]
    /// Blocks set apart by a blank line.
    static let paragraphs: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "table", "figure",
        "pre", "section", "article", "main", "hr",
    ]
    /// Blocks that end a line.
    static let lines: Set<String> = ["li", "tr", "div", "dt", "dd", "br", "figcaption", "caption", "address", "center"]
    /// Class and id words of advertising, sharing and related-links boxes.
    static let furnitureWords: Set<String> = [
        "ad", "ads", "advert", "advertisement", "promo", "newsletter", "share", "sharing", "social",
        "related", "comments", "cookie", "cookies", "subscribe", "sidebar", "breadcrumb", "breadcrumbs", "paywall",
    ]
    static let furnitureRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog"]

    /// True for an element whose whole subtree is left out of the text.
    static func isDropped(_ node: XMLNodeRef) -> Bool {
        let name = node.name
        if dropped.contains(name) { return true }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
        if let role = node.attribute("role"), furnitureRoles.contains(role.lowercased()) { return true }
        for attr in ["class", "id"] {
            guard let value = node.attribute(attr) else { continue }
            let words = value.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" })
            if words.contains(where: { furnitureWords.contains(String($0)) }) { return true }
        }
        return false
    }

    /// The element that holds the article: the block with the most paragraph text, widened to the
    /// <article> or <main> around it; the first <article>, <main> or <body> when no block has
    /// paragraphs. One pass over the page.
    static func articleRoot(in root: XMLNodeRef) -> XMLNodeRef {
        var score: [xmlNodePtrKey: Int] = [:]
        var paragraphStack: [(node: XMLNodeRef, length: Int)] = []
        var firstArticle: XMLNodeRef?, firstMain: XMLNodeRef?, body: XMLNodeRef?
        XMLWalk.walk(root) { node, entering in
            if node.isText {
                if entering, !paragraphStack.isEmpty { paragraphStack[paragraphStack.count - 1].length += node.content.unicodeScalars.count }
                return true
            }
            guard node.isElement else { return false }
            if entering {
                if isDropped(node) { return false }
                if node.named("p") || node.named("pre") { paragraphStack.append((node, 0)) }
                else if node.named("article") { firstArticle = firstArticle ?? node }
                else if node.named("main") { firstMain = firstMain ?? node }
                else if node.named("body") { body = body ?? node }
                return true
            }
            if (node.named("p") || node.named("pre")), let last = paragraphStack.last, last.node.pointer == node.pointer {
                paragraphStack.removeLast()
                // A parent earns the paragraph's length, its grandparent half: a story split over
                // sibling <div>s still gathers in their common parent.
                if let parent = node.parent {
                    score[xmlNodePtrKey(parent), default: 0] += last.length
                    if let grand = parent.parent { score[xmlNodePtrKey(grand), default: 0] += last.length / 2 }
                }
            }
            return true
        }
        guard let best = score.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key.order > $1.key.order) }),
              best.value > 0 else {
            return firstArticle ?? firstMain ?? body ?? root
        }
        var node: XMLNodeRef? = best.key.node
        var main: XMLNodeRef?
        while let n = node {
            if n.named("article") { return n }
            if n.named("main") { main = main ?? n }
            node = n.parent
        }
        return main ?? best.key.node
    }

    /// The text of an element: blocks as lines, paragraphs apart, table cells joined by " | ".
    static func text(of root: XMLNodeRef) -> String {
        var out = WhitespaceText()
        var preformatted = 0
        var inCell = 0
        XMLWalk.walk(root) { node, entering in
            if node.isText {
                if entering { preformatted > 0 ? out.appendPreformatted(node.content) : out.append(node.content) }
                return true
            }
            guard node.isElement else { return false }   // comments, processing instructions
            let name = node.name
            if entering {
                if node.pointer != root.pointer && isDropped(node) { return false }
                if name == "td" || name == "th" { out.cellSeparator(); inCell += 1; return true }
                if name == "pre" { preformatted += 1 }
                if inCell > 0 { if paragraphs.contains(name) || lines.contains(name) { out.space() } }
                else if paragraphs.contains(name) { out.endParagraph() }
                else if lines.contains(name) { out.endLine() }
                return true
            }
            if name == "td" || name == "th" { inCell -= 1; return true }
            if name == "pre" { preformatted -= 1 }
            if inCell > 0 { if paragraphs.contains(name) || lines.contains(name) { out.space() } }
            else if paragraphs.contains(name) { out.endParagraph() }
            else if lines.contains(name) { out.endLine() }
            return true
        }
        return out.finish()
    }

    /// The first <h1> of the page, wherever it is, for pages that name no title in their tags.
    static func firstHeading(in root: XMLNodeRef) -> String? {
        var found: XMLNodeRef?
        XMLWalk.walk(root) { node, entering in
            guard found == nil, entering, node.isElement else { return false }
            if node.named("h1") { found = node; return false }
            return !node.named("script") && !node.named("style")
        }
        guard let found else { return nil }
        var w = WhitespaceText()
        w.append(found.textContent)
        let line = w.finish().trimmingCharacters(in: .newlines)
        return line.isEmpty ? nil : line
    }
}

/// A node as a dictionary key; `order` breaks ties between equal scores by document order.
struct xmlNodePtrKey: Hashable {
    let node: XMLNodeRef
    let order: Int
    init(_ node: XMLNodeRef) { self.node = node; self.order = Int(node.pointer.pointee.line) }
    static func == (a: xmlNodePtrKey, b: xmlNodePtrKey) -> Bool { a.node.pointer == b.node.pointer }
    func hash(into h: inout Hasher) { h.combine(node.pointer) }
}
