import Foundation

/// A line and column (both from 1) in a text file, for messages an editor can jump to.
public struct TextPosition: Equatable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The position of a UTF-8 byte offset; the column counts characters, not bytes.
    public static func of(byteOffset: Int, in data: Data) -> TextPosition {
        let before = data.prefix(max(0, min(byteOffset, data.count)))
        let line = before.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? before.startIndex
        let column = String(decoding: before[lineStart...], as: UTF8.self).count + 1
        return TextPosition(line: line, column: column)
    }

    /// Foundation's JSON errors say "around character N" (a byte offset) and nothing more
    /// structured; nil when the message has no offset.
    static func ofJSONError(_ error: Error, in data: Data) -> TextPosition? {
        let message = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
        if message.localizedCaseInsensitiveContains("end of file") { return of(byteOffset: data.count, in: data) }
        guard let range = message.range(of: "character ") else { return nil }
        let digits = message[range.upperBound...].prefix { $0.isNumber }
        return Int(digits).map { of(byteOffset: $0, in: data) }
    }

    /// The JSON parser's own words, without the offset a position already gives.
    static func reason(_ error: Error) -> String {
        let message = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? error.localizedDescription
        let short = message.components(separatedBy: " around character").first ?? message
        return short.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
    }

    /// The lines where `"key"` is followed by a colon: a key, not a word in a list.
    static func linesOfKey(_ key: String, in text: String) -> [Int] {
        let quoted = "\"" + key + "\""
        var out: [Int] = []
        for (n, line) in text.components(separatedBy: "\n").enumerated() {
            var rest = line[...]
            while let r = rest.range(of: quoted) {
                rest = rest[r.upperBound...]
                if rest.drop(while: { $0 == " " || $0 == "\t" }).first == ":" { out.append(n + 1) }
            }
        }
        return out
    }

    /// Where `"key"` first appears (after `after`, when given): good enough to point at a key
    /// whose value is wrong, since JSON parsers do not keep positions.
    static func ofKey(_ key: String, in text: String, after: TextPosition? = nil) -> TextPosition {
        let lines = text.components(separatedBy: "\n")
        let quoted = "\"" + key + "\""
        let first = max(0, (after?.line ?? 1) - 1)
        for n in first..<lines.count {
            if let r = lines[n].range(of: quoted) {
                return TextPosition(line: n + 1, column: lines[n].distance(from: lines[n].startIndex, to: r.lowerBound) + 1)
            }
        }
        return after ?? TextPosition(line: 1, column: 1)
    }
}
