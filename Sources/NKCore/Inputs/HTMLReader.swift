import CLibXML2
import Foundation

/// A saved web page: libxml2's HTML parser builds the tree (it recovers from any markup), then
/// the article body becomes the text and the page's tags and JSON-LD its metadata.
enum HTMLReader {
    static func read(_ bytes: [UInt8]) -> ReadDocument {
        guard !bytes.isEmpty else { return ReadDocument(text: "") }
        // A page that is valid UTF-8 is read as UTF-8 whatever it declares (libxml2 would assume
        // Latin-1 without a declaration); otherwise libxml2 follows the page's <meta charset>.
        let encoding: String? = String(validating: bytes, as: UTF8.self) != nil ? "UTF-8" : nil
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
            | Int32(XML_PARSE_HUGE.rawValue)   // multi-megabyte inline scripts are ordinary on news sites
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                htmlReadMemory(chars, Int32(clamping: buffer.count), nil, encoding, options)
            }
        }
        guard let doc else { return ReadDocument(text: "", warning: "not readable as HTML") }
        defer { xmlFreeDoc(doc) }
        guard let rootPointer = xmlDocGetRootElement(doc) else { return ReadDocument(text: "") }
        let root = XMLNodeRef(pointer: rootPointer)

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
}
