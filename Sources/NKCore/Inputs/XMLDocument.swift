import CLibXML2
import Foundation

/// Parses an XML document with libxml2 and hands its root to `body`; the tree is freed after.
/// Network access and entity substitution are off: a document cannot reach out or expand.
enum XMLParse {
    static func withRoot<T>(_ data: Data, _ body: (XMLNodeRef) -> T) -> T? {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                            | XML_PARSE_RECOVER.rawValue | XML_PARSE_COMPACT.rawValue)
        let doc: xmlDocPtr? = data.withUnsafeBytes { raw in
            guard let base = raw.bindMemory(to: CChar.self).baseAddress else { return nil }
            return xmlReadMemory(base, Int32(clamping: raw.count), nil, "UTF-8", options)
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return nil }
        return body(XMLNodeRef(pointer: root))
    }
}
