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
        var copyrightMarkers: [String]
        var rightsPhrases: [String]
        var readingTime: [String]
    }

    let file: File
    private let lines: Set<String>

    public static let standard: PageLayout = {
        do { return PageLayout(file: try JSONDecoder().decode(File.self, from: Data(PackageResources.page_json))) } catch {
            preconditionFailure("the embedded page.json is invalid: \(error)")
        }
    }()

    init(file: File) {
        self.file = file
        lines = Set(file.furnitureLines)
    }

    /// True for a line that belongs to the web page around the article.
    public func isFurniture(_ line: Substring) -> Bool {
        let s = line.trimmingCharacters(in: .whitespaces).lowercased()
        if s.isEmpty { return false }
        if lines.contains(s) { return true }
        if file.furnitureSuffixes.contains(where: { s.hasSuffix($0) }) { return true }
        if file.furniturePrefixes.contains(where: { s.hasPrefix($0) }) { return true }
        if file.furnitureContains.contains(where: { s.contains($0) }) { return true }
        if file.readingTime.contains(where: { s.hasSuffix($0) }) && s.count < 20 { return true }
        return false
    }

    /// Scalar ranges of the furniture lines of `text`.
    public func furnitureRanges(in text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for line in TextLines(text) where isFurniture(line.text) {
            ranges.append(line.range)
        }
        return ranges
    }
}

/// The lines of a text with their scalar ranges (line breaks excluded).
public struct TextLines: Sequence {
    public struct Line {
        public var text: Substring
        public var range: Range<Int>
    }

    let text: String

    public init(_ text: String) { self.text = text }

    public func makeIterator() -> AnyIterator<Line> {
        var rest = text[...]
        var offset = 0
        var done = false
        return AnyIterator {
            guard !done else { return nil }
            let scalars = rest.unicodeScalars
            var i = scalars.startIndex
            var count = 0
            while i != scalars.endIndex && scalars[i] != "\n" && scalars[i] != "\r" {
                i = scalars.index(after: i)
                count += 1
            }
            let line = Line(text: Substring(scalars[scalars.startIndex..<i]), range: offset..<(offset + count))
            offset += count
            if i == scalars.endIndex { done = true } else {
                if scalars[i] == "\r", scalars.index(after: i) != scalars.endIndex, scalars[scalars.index(after: i)] == "\n" {
                    i = scalars.index(after: i); offset += 1
                }
                i = scalars.index(after: i); offset += 1
                rest = Substring(scalars[i...])
            }
            return line
        }
    }
}
