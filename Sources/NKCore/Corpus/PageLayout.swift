import Foundation

/// Recognises page furniture — "top of page", "Share this Article", "HOOK Logo", player times —
/// from `Resources/page.json`.
public struct PageLayout: Sendable {
    struct File: Decodable {
        var furnitureLines: [String]
        var furnitureSuffixes: [String]
        var furniturePrefixes: [String]
        var furnitureContains: [String]
        var authorPrefixes: [String]
        var outletWords: [String]
        var copyrightMarkers: [String]
        var rightsPhrases: [String]
        var readingTime: [String]
        var counterFields: [String]
        var fieldSeparators: [String]
        var taglineSeparators: [String]
        /// "Home > News > Africa": what joins a breadcrumb's steps, spaces and all.
        var breadcrumbSeparators: [String]
        /// "Authority", "Centre", "Union": words that make a short capitalised line a body's name.
        var organisationWords: [String]
        var sectionNames: [String]
        var nameConnectors: [String]
        var weekdays: [String]
        var roleWords: [String]
        var publishedMarkers: [String]
        var updatedMarkers: [String]
        var signUpMarkers: [String]
        var mastheadArticles: [String]
    }

    let file: File
    private let lines: Set<String>
    let sectionNames: Set<String>
    let nameConnectors: Set<String>
    let organisationWords: Set<String>
    let roleWords: Set<String>
    let weekdays: Set<String>
    /// The field separators, each one character: lines are cut in one pass.
    let separatorCharacters: Set<Character>
    /// The one-scalar separators, as scalar values, for cutting lines on their bytes.
    let separatorScalars: [UInt32]
    /// The longest furniture line, in UTF-8 bytes: a longer line is never looked up.
    let longestLine: Int
    /// The counter words, lower-cased, and the Kelvin sign: what `mayHoldCounter` looks for.
    private let counterFieldsAndKelvin: ASCIIFoldedNeedles

    public static let standard: PageLayout = {
        do { return PageLayout(file: try JSONDecoder().decode(File.self, from: Data(PackageResources.page_json))) } catch {
            preconditionFailure("the embedded page.json is invalid: \(error)")
        }
    }()

    init(file: File) {
        self.file = file
        lines = Set(file.furnitureLines)
        sectionNames = Set(file.sectionNames)
        nameConnectors = Set(file.nameConnectors)
        organisationWords = Set(file.organisationWords)
        roleWords = Set(file.roleWords)
        weekdays = Set(file.weekdays)
        separatorCharacters = Set(file.fieldSeparators.compactMap { $0.count == 1 ? $0.first : nil })
        separatorScalars = separatorCharacters.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first?.value : nil }
        longestLine = file.furnitureLines.map(\.utf8.count).max() ?? 0
        counterFieldsAndKelvin = ASCIIFoldedNeedles(file.counterFields.map { $0.lowercased() } + ["\u{212A}"])
    }

    /// Furniture lines are short; paragraphs are never furniture.
    static let longestFurniture = 200

    /// True for a line that belongs to the web page around the article.
    public func isFurniture(_ line: Substring) -> Bool {
        guard line.utf8.count <= PageLayout.longestFurniture * 4, line.unicodeScalars.count <= PageLayout.longestFurniture,
              line.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { return false }
        // Compared without lower-casing a copy: this runs on every line of every header.
        let s = line.trimmed
        if s.isEmpty { return false }
        if s.utf8.count <= longestLine && lines.contains(s.lowercased()) { return true }
        if file.furnitureSuffixes.contains(where: { s.hasSuffixLowercased($0) }) { return true }
        if file.furniturePrefixes.contains(where: { s.hasPrefixLowercased($0) }) { return true }
        if file.furnitureContains.contains(where: { s.containsLowercased($0) }) { return true }
        if file.readingTime.contains(where: { s.hasSuffixLowercased($0) }) && s.count < 20 { return true }
        return false
    }

    /// "Posted on 28 March by Ida Berg | 7 comments": a banner line holding one of the page's
    /// counters. Its other fields may still be read for metadata; its figures are not claims.
    public func holdsCounter(_ line: Substring) -> Bool {
        line.utf8.count <= PageLayout.longestFurniture * 4
            && line.utf8.withContiguousStorageIfAvailable(mayHoldCounter) != false
            && line.split(whereSeparator: separatorCharacters.contains).contains(where: isCounter)
    }

    /// Whether the line's bytes hold a counter word in any case: one without cannot hold a counter,
    /// and the character-by-character split is skipped (it ran on every line with a number). The
    /// Kelvin sign is the one non-ASCII scalar that lower-cases to a letter of the words ("likes").
    private func mayHoldCounter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        counterFieldsAndKelvin.found(in: bytes)
    }

    /// "7 comments", "1.2K shares": a page's counter, one field of a banner line.
    private func isCounter(_ field: Substring) -> Bool {
        let words = field.split(separator: " ")
        guard words.count == 2, words[0].first?.isNumber == true,
              words[0].allSatisfy({ $0.isNumber || $0 == "," || $0 == "." || $0 == "K" || $0 == "k" }) else { return false }
        return file.counterFields.contains(words[1].lowercased())
    }
}


extension PageLayout {
    /// "Posted on 28 March | 7 comments": the figure of a page's counter field is no quantity of
    /// the article; it stays a figure, of no quantity kind. Only lines short enough to be a banner
    /// are looked at, so the cost stays linear however long the article's lines are.
    public func demotingCounters(_ figures: [Figure], in text: String) -> [Figure] {
        guard figures.contains(where: { $0.kind == .number }) else { return figures }
        var text = text
        return text.withUTF8 { bytes in
            let reach = PageLayout.longestFurniture * 4
            var banner: [Int: Bool] = [:]
            return figures.map { f in
                guard f.kind == .number, f.utf8Start < bytes.count else { return f }
                var lo = f.utf8Start
                while lo > 0, f.utf8Start - lo <= reach, bytes[lo - 1] != 0x0A { lo -= 1 }
                var hi = f.utf8Start
                while hi < bytes.count, hi - lo <= reach, bytes[hi] != 0x0A { hi += 1 }
                guard hi - lo <= reach else { return f }
                func line(_ a: Int, _ b: Int) -> Substring { Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)) }
                // The line's bytes are asked first: most lines hold no counter word, and need no string.
                if banner[lo] == nil {
                    banner[lo] = mayHoldCounter(UnsafeBufferPointer(rebasing: bytes[lo..<hi])) && holdsCounter(line(lo, hi))
                }
                guard banner[lo] == true else { return f }
                // The figure heads a counter field: "7 comments".
                let field = line(f.utf8Start, hi).split(whereSeparator: separatorCharacters.contains).first ?? ""
                guard isCounter(field.trimmingPrefix(while: \.isWhitespace)) else { return f }
                var other = f
                other.kind = .other
                return other
            }
        }
    }
}
