import Foundation

/// A Content-Type header: its type ("text/html") and charset, lowercased.
struct MediaType: Equatable {
    var essence: String
    var charset: String?

    init(_ header: String?) {
        let parts = (header ?? "").split(separator: ";")
        essence = parts.first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        charset = nil
        for p in parts.dropFirst() {
            let kv = p.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if kv.count == 2, kv[0].lowercased() == "charset" {
                charset = kv[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'")).lowercased()
            }
        }
    }

    /// How a body of this type is read.
    enum Reading: Equatable { case html, xml, text, markdown, pdf, docx, unknown, refused }

    var reading: Reading {
        switch essence {
        case "text/html", "application/xhtml+xml": return .html
        case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml", "application/feed+xml":
            return .xml
        case "text/plain", "": return essence.isEmpty ? .unknown : .text
        case "text/markdown", "text/x-markdown": return .markdown
        case "application/pdf": return .pdf
        case "application/vnd.openxmlformats-officedocument.wordprocessingml.document": return .docx
        case "application/octet-stream", "binary/octet-stream": return .unknown
        // "application/x-rss+xml" (Python's http.server, Apache's mime.types), "application/x-atom+xml":
        // XML by another name, which the feed sniffer then tells apart. An SVG is an image.
        case _ where essence.hasSuffix("+xml") && !essence.hasPrefix("image/"): return .xml
        default: return essence.hasPrefix("text/") ? .text : .refused
        }
    }
}
