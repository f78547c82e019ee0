/// What kind of document a path holds, told by its extension. Each kind has its own reader.
public enum InputFormat: Sendable, Equatable {
    case text, markdown, html, docx, pdf, feed

    /// The format a file name names, or nil for one a folder walk does not load.
    public init?(fileName: String) {
        // On bytes, not characters: a folder walk asks this of every one of 100,000 names.
        let bytes = fileName.utf8
        let dot = bytes.lastIndex(of: UInt8(ascii: "."))
        let ext = dot.map { String(fileName[bytes.index(after: $0)...]) }.map { $0.utf8.count <= 8 ? $0.lowercased() : "" } ?? ""
        switch ext {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "docx": self = .docx
        case "pdf": self = .pdf
        case "rss", "atom", "xml": self = .feed
        default: return nil
        }
    }

    /// The extensions a folder walk loads, for messages.
    public static let extensionsList = ".txt, .md, .html, .htm, .docx, .pdf, .rss, .atom, .xml"
}

/// The text a reader made of a document and what the document itself says about it.
struct ReadDocument: Sendable {
    var text: String
    var metadata = ArticleMetadata()
    /// Front matter is the user's own word and outranks metadata.json; a page's tags do not.
    var metadataIsUsers = false
    var warning: String?
    /// Where the file's lines are in the text, when they are not the text's lines.
    var fileLines: FileLines?
}

/// Why a file was not loaded; becomes one warning line naming the file.
struct InputRefusal: Error, Sendable {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}
