import Foundation

/// What a fetched body is once read: one document, or a feed of many.
enum RemoteContent {
    case document(ReadDocument)
    case feed(Feed, dropped: Int)
}

/// Reads a fetched body by its Content-Type, with a look at the bytes where the type is missing
/// or generic: HTML pages, feeds, plain text and Markdown, PDF and Word documents. Images,
/// archives and other binary bodies are refused. No network here: the bytes are already in.
enum RemoteDocument {
    static func read(_ r: FetchedResource, pdfReader: PDFReader) throws -> RemoteContent {
        guard !r.body.isEmpty else { throw InputRefusal("the server sent an empty page") }
        let type = MediaType(r.contentType)
        let what = type.essence.isEmpty ? "no Content-Type" : type.essence
        switch type.reading {
        case .html:
            if FeedSniffer.isFeed(r.body) { return try feed(r.body) }
            return try html(r.body, charset: type.charset)
        case .xml:
            if FeedSniffer.isFeed(r.body) { return try feed(r.body) }
            if FeedSniffer.rootName(r.body)?.lowercased() == "html" { return try html(r.body, charset: type.charset) }
            throw InputRefusal("XML that is not an RSS or Atom feed (\(what)); skipped")
        case .text: return try text(r.body, charset: type.charset, markdown: false)
        case .markdown: return try text(r.body, charset: type.charset, markdown: true)
        case .pdf: return .document(try viaFile(r.body, ext: "pdf") { try pdfReader.read($0) })
        case .docx: return .document(try viaFile(r.body, ext: "docx") { try DocxReader.read(URL(fileURLWithPath: $0)) })
        case .refused: throw InputRefusal("not an article (\(what)); skipped")
        case .unknown:
            if FeedSniffer.isFeed(r.body) { return try feed(r.body) }
            if r.body.starts(with: Array("%PDF".utf8)) { return .document(try viaFile(r.body, ext: "pdf") { try pdfReader.read($0) }) }
            if looksLikeHTML(r.body) { return try html(r.body, charset: type.charset) }
            return try text(r.body, charset: type.charset, markdown: false)
        }
    }

    private static func html(_ body: [UInt8], charset: String?) throws -> RemoteContent {
        if BinaryCheck.isBinary(body) { throw InputRefusal("not a text page (binary data); skipped") }
        return .document(HTMLReader.read(body, charset: charset))
    }

    private static func feed(_ body: [UInt8]) throws -> RemoteContent {
        guard let (feed, dropped) = FeedReader.read(body) else { throw InputRefusal("not a readable RSS or Atom feed; skipped") }
        return .feed(feed, dropped: dropped)
    }

    private static func text(_ body: [UInt8], charset: String?, markdown: Bool) throws -> RemoteContent {
        if BinaryCheck.isBinary(body) { throw InputRefusal("not a text page (binary data); skipped") }
        var decoded = TextDecoding.decode(body)
        // A server that says Latin-1 is believed when the bytes are not UTF-8.
        if decoded.warning != nil, let charset, ["iso-8859-1", "latin1", "windows-1252", "us-ascii"].contains(charset) {
            decoded = TextDecoding.Decoded(text: String(decoding: body.map { UInt16($0) }, as: UTF16.self), warning: nil)
        }
        if markdown {
            var document = MarkdownReader.read(decoded.text)
            document.warning = document.warning ?? decoded.warning
            return .document(document)
        }
        return .document(ReadDocument(text: decoded.text, warning: decoded.warning))
    }

    /// PDF and Word readers work on files: the body is written to a private temporary file first.
    private static func viaFile(_ body: [UInt8], ext: String, _ read: (String) throws -> ReadDocument) throws -> ReadDocument {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nkreader-\(UUID().uuidString).\(ext)").path
        guard FileManager.default.createFile(atPath: path, contents: Data(body), attributes: [.posixPermissions: 0o600]) else {
            throw InputRefusal("could not keep the downloaded .\(ext) in a temporary file")
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try read(path)
    }

    /// A body without a type that opens like a web page.
    static func looksLikeHTML(_ body: [UInt8]) -> Bool {
        let head = String(decoding: body.prefix(1024), as: UTF8.self).lowercased()
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<p>")
    }
}
