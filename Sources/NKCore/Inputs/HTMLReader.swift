import CLibXML2
import Foundation

/// A saved web page: libxml2's HTML parser builds the tree (it recovers from any markup), then
/// the article body becomes the text and the page's tags and JSON-LD its metadata.
enum HTMLReader {
    /// `charset` is what an HTTP header declared, used when the bytes are not UTF-8.
    static func read(_ bytes: [UInt8], charset: String? = nil) -> ReadDocument {
        guard !bytes.isEmpty else { return ReadDocument(text: "") }
        let parsed = withRoot(bytes, charset: charset) { root -> ReadDocument in
            let metadata = HTMLMetadata.read(root)
            let body = HTMLBody.articleRoot(in: root)
            var text = HTMLBody.text(of: body)
            // The headline often sits in a dropped <header>: put it back as the first line, as the
            // .txt articles have it, so the reader and the title inference see it — unless the body
            // already opens with its own <h1>, which would then be shown twice.
            if let title = metadata.title ?? HTMLBody.firstHeading(in: root), !title.isEmpty {
                let firstLine = text.prefix { $0 != "\n" }.lowercased()
                let ownHeading = HTMLBody.firstHeading(in: body)?.lowercased()
                if firstLine != title.lowercased() && firstLine != ownHeading { text = title + "\n\n" + text }
            }
            return ReadDocument(text: text, metadata: metadata)
        }
        switch parsed {
        case .none: return ReadDocument(text: "", warning: "not readable as HTML")
        case .some(.none): return ReadDocument(text: "")
        case .some(.some(let document)): return document
        }
    }

    /// The text of a piece of HTML (a feed item's body): every block of it, no article search.
    static func fragmentText(_ html: String) -> String {
        guard html.contains("<") || html.contains("&") else {
            var w = WhitespaceText()
            w.append(html)
            return w.finish()
        }
        return withRoot(Array(html.utf8), charset: nil) { HTMLBody.text(of: $0) }.flatMap { $0 } ?? ""
    }

    /// Parses the page and hands its root element to `body`; nil when libxml2 made no document,
    /// `.some(nil)` when the document has no root. The tree is freed after.
    private static func withRoot<T>(_ bytes: [UInt8], charset: String?, _ body: (XMLNodeRef) -> T) -> T?? {
        // A page that is valid UTF-8 is read as UTF-8 whatever it declares (libxml2 would assume
        // Latin-1 without a declaration); otherwise the server's charset, else the page's <meta charset>.
        let encoding: String? = String(validating: bytes, as: UTF8.self) != nil ? "UTF-8" : charset
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
            | Int32(XML_PARSE_HUGE.rawValue)   // multi-megabyte inline scripts are ordinary on news sites
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                htmlReadMemory(chars, Int32(clamping: buffer.count), nil, encoding, options)
                    ?? (encoding != nil && encoding != "UTF-8" ? htmlReadMemory(chars, Int32(clamping: buffer.count), nil, nil, options) : nil)
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let rootPointer = xmlDocGetRootElement(doc) else { return .some(nil) }
        return .some(body(XMLNodeRef(pointer: rootPointer)))
    }
}
