/// Reads title, author, source and date from the way articles are laid out: a title line near
/// the top, "By …" or "Author: …", a date line, a copyright line at the end.
public enum MetadataInference {
    static let headerLines = 15

    public static func infer(from text: String, extractor: FigureExtractor = FigureExtractor(),
                             layout: PageLayout = .standard) -> ArticleMetadata {
        var m = ArticleMetadata()
        let lines = TextLines(text).filter { $0.text.unicodeScalars.contains { !$0.properties.isWhitespace } }
        // The header ends where the body starts: the first paragraph-length line.
        let header = lines.prefix(headerLines).prefix { $0.range.count <= 200 }
        var titleIndex: Int?
        for (n, line) in header.enumerated() {
            let s = clean(line.text)
            if layout.isFurniture(line.text) || isBullet(line.text) { continue }
            if let author = author(in: s, layout: layout) { m.author = m.author ?? author; continue }
            let words = s.split(separator: " ")
            if words.count >= 4 && words.count <= 30 && !s.hasSuffix(".") {
                m.title = s
                titleIndex = n
                break
            }
        }
        // A short line of capitalised words just before the title, or a bullet just after it, names the author.
        if m.author == nil, let t = titleIndex {
            for line in header.prefix(t) where !layout.isFurniture(line.text) {
                let s = clean(line.text)
                let words = s.split(separator: " ")
                if (2...3).contains(words.count) && words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) }) {
                    m.author = s
                }
            }
            for line in header.dropFirst(t + 1).prefix(3) where isBullet(line.text) {
                let s = clean(line.text)
                // A user name, not a date or a reading time.
                if extractor.figures(in: s).allSatisfy({ $0.kind == .other }) {
                    m.author = s
                    break
                }
            }
        }
        for line in lines.suffix(10) where m.author == nil {
            m.author = author(in: clean(line.text), layout: layout)
        }
        var copyrightYear: Int?
        let markers = layout.file.copyrightMarkers
        for line in (lines.suffix(10).reversed() + header.reversed()) where markers.contains(where: { line.text.containsLowercased($0) }) {
            if let (source, year) = copyright(in: String(line.text), layout: layout) {
                m.source = source
                copyrightYear = year
                break
            }
        }
        // The first date near the top is the publication date; a missing year comes from the copyright line.
        let headerEnd = header.last?.range.upperBound ?? 0
        let headerText = String(text.unicodeScalars[..<text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: headerEnd)])
        if let date = extractor.figures(in: headerText).first(where: { $0.kind == .date || ($0.kind == .year && !$0.text.hasSuffix("s")) }) {
            let p = DateNormalizer.parts(of: date.text)
            m.date = DateNormalizer.iso(year: p.year ?? copyrightYear, month: p.month, day: p.day)
        }
        if m.date == nil, let y = copyrightYear { m.date = String(y) }
        return m
    }

    static func clean(_ s: Substring) -> String {
        var t = s.trimmed
        while let f = t.unicodeScalars.first, f == "•" || f == "-" || f == "*" || f == "·" {
            t = String(t.unicodeScalars.dropFirst()).trimmed
        }
        return Sanitizer.oneLine(t)
    }

    static func isBullet(_ s: Substring) -> Bool {
        let t = s.trimmed
        return t.hasPrefix("•") || t.hasPrefix("·")
    }

    /// "By Carl Samson", "Author: B.J. Choi, founder of NVNK, …" → the name.
    static func author(in s: String, layout: PageLayout) -> String? {
        // Cheap first: every prefix starts with a letter the line must start with too.
        guard let first = s.unicodeScalars.first, first.isASCII,
              layout.file.authorPrefixes.contains(where: { $0.utf8.first == UInt8(first.value) | 0x20 }) else { return nil }
        let lower = s.lowercased()
        guard let prefix = layout.file.authorPrefixes.first(where: { lower.hasPrefix($0) }) else { return nil }
        var name = String(s.dropFirst(prefix.count))
        if let cut = name.firstIndex(where: { $0 == "," || $0 == "|" || $0 == "(" }) { name = String(name[..<cut]) }
        name = name.trimmed
        let words = name.split(separator: " ")
        guard (1...5).contains(words.count), words.first?.first?.isUppercase == true else { return nil }
        return name
    }

    /// "© 2025 NVNK", "© The Asia Business Daily(www.asiae.co.kr). All rights reserved." → source and year.
    static func copyright(in line: String, layout: PageLayout) -> (String, Int?)? {
        let lower = line.lowercased()
        guard let marker = layout.file.copyrightMarkers.compactMap({ lower.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        var rest = String(line[marker.upperBound...])
        if rest.lowercased().hasPrefix(" ©") || rest.hasPrefix("©") { rest = String(rest.drop { $0 == " " || $0 == "©" }) }
        for phrase in layout.file.rightsPhrases {
            if let r = rest.lowercased().range(of: phrase) {
                rest = String(rest[..<rest.index(rest.startIndex, offsetBy: rest.lowercased().distance(from: rest.lowercased().startIndex, to: r.lowerBound))])
            }
        }
        if let paren = rest.firstIndex(of: "(") { rest = String(rest[..<paren]) }
        var year: Int?
        let words = rest.split(separator: " ").filter { w in
            let digits = w.trimmingCharacters(in: CharacterSet(charactersIn: ".,"))
            if digits.count == 4, let y = Int(digits), (1900...2100).contains(y) { year = y; return false }
            return true
        }
        var source = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " .,;:-"))
        if source.hasSuffix(" Ltd") || source.hasSuffix(" Inc") || source.hasSuffix(" Co") { source += "." }
        guard !source.isEmpty || year != nil else { return nil }
        return (source.isEmpty ? "" : Sanitizer.oneLine(source), year)
    }
}

import Foundation
