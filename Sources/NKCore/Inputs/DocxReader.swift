import Foundation
import ZIPFoundation

/// A Word document: the text of word/document.xml (paragraphs as lines, table cells joined by
/// " | ") and the title, author and date of docProps/core.xml. The ZIP is read with ZIPFoundation;
/// its bytes are never taken for text.
enum DocxReader {
    /// An XML part larger than this unpacked is refused: a ZIP bomb stops here.
    static let maxPartSize = 256 << 20

    static func read(_ url: URL) throws -> ReadDocument {
        let archive: Archive
        do { archive = try Archive(url: url, accessMode: .read) } catch {
            throw InputRefusal("not a readable .docx (not a ZIP archive)")
        }
        guard let documentXML = try part("word/document.xml", of: archive) else {
            throw InputRefusal("not a Word document (no word/document.xml inside)")
        }
        guard let text = XMLParse.withRoot(documentXML, body(of:)) else {
            throw InputRefusal("its word/document.xml is not readable XML")
        }
        var metadata = ArticleMetadata()
        if let core = try? part("docProps/core.xml", of: archive) {
            metadata = XMLParse.withRoot(core, properties(of:)) ?? ArticleMetadata()
        }
        return ReadDocument(text: text, metadata: metadata)
    }

    /// One file of the archive, unpacked with a size cap.
    static func part(_ path: String, of archive: Archive) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.uncompressedSize <= UInt64(maxPartSize) else { throw InputRefusal("\(path) is larger than \(maxPartSize >> 20) MiB unpacked") }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > maxPartSize { throw InputRefusal("\(path) is larger than \(maxPartSize >> 20) MiB unpacked") }
            }
        } catch let refusal as InputRefusal { throw refusal } catch {
            throw InputRefusal("\(path) cannot be unpacked (damaged archive)")
        }
        return data
    }

    /// w:p → a line; w:t → its text; w:tab → a tab; w:br, w:cr → a line break; a table row's
    /// cells on one line. Deleted text (w:delText) and field codes (w:instrText) are not text.
    static func body(of root: XMLNodeRef) -> String {
        var out = ""
        var line = ""
        var cellDepth = 0
        var cellsInRow: [Int] = []
        XMLWalk.walk(root) { node, entering in
            guard node.isElement else { return false }
            if entering {
                if node.named("t") { line += node.textContent.filter { !$0.isNewline }; return false }
                if node.named("tab") { line += "\t"; return false }
                if node.named("br") || node.named("cr") {
                    if cellDepth > 0 { line += " " } else { out += line; out += "\n"; line = "" }
                    return false
                }
                if node.named("delText") || node.named("instrText") { return false }
                if node.named("tr") { cellsInRow.append(0) }
                if node.named("tc") {
                    if let n = cellsInRow.last, n > 0 { line += " | " }
                    if !cellsInRow.isEmpty { cellsInRow[cellsInRow.count - 1] += 1 }
                    cellDepth += 1
                }
                return true
            }
            if node.named("p") {
                if cellDepth > 0 { if !line.isEmpty && !line.hasSuffix(" | ") { line += " " } } else { out += line; out += "\n"; line = "" }
            } else if node.named("tc") {
                cellDepth -= 1
                while line.last == " " { line.removeLast() }
            } else if node.named("tr") {
                cellsInRow.removeLast()
                if cellDepth == 0 { out += line; out += "\n"; line = "" }
            }
            return true
        }
        out += line
        return PlainText.withoutControls(out)
    }

    /// dc:title, dc:creator and dcterms:created (or modified).
    static func properties(of root: XMLNodeRef) -> ArticleMetadata {
        var fields: [String: String] = [:]
        XMLWalk.walk(root) { node, entering in
            guard entering, node.isElement else { return false }
            if node.pointer != root.pointer {
                let text = node.textContent
                if fields[node.name] == nil, !text.isEmpty { fields[node.name] = text }
                return false
            }
            return true
        }
        let m = ArticleMetadata(title: fields["title"], source: nil, author: fields["creator"],
                                date: (fields["created"] ?? fields["modified"]).flatMap(HTMLMetadata.isoDate))
        return HTMLMetadata.clean(m)
    }
}
