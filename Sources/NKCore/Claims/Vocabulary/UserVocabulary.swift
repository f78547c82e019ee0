import Foundation

/// A user's additions to the built-in vocabulary of measures and attributions, read from a JSON
/// file: `{"nouns": {"marchers": "protesters"}, "events": {"morts": "killed"}, "attributionVerbs": ["tweeted"]}`.
/// Any table or list of `measures.json` may be named: a table's entries are added or replace the
/// built-in ones (null removes one), a list gains words, a number replaces the built-in one.
/// Keys starting with `_` are comments.
public struct UserVocabulary: Sendable, Equatable {
    public enum Change: Sendable, Equatable {
        /// Word → key; nil removes the word.
        case table([String: String?])
        case list([String])
        case number(Double)
    }

    /// By the name of the table or list in `measures.json`.
    public var changes: [String: Change]

    public init(changes: [String: Change] = [:]) {
        self.changes = changes
    }

    public var isEmpty: Bool { changes.isEmpty }

    /// A file that cannot be used, with where in it: "FILE:LINE:COLUMN: what".
    public struct ParseError: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    /// Parses a vocabulary file; `name` (its path) leads every message. An empty file is an empty
    /// vocabulary. Unknown keys and values of the wrong shape are errors: a typo silently
    /// ignored would leave the user wondering why nothing changed.
    public static func parse(_ data: Data, name: String) throws -> UserVocabulary {
        let text = String(decoding: data, as: UTF8.self)
        if text.allSatisfy(\.isWhitespace) { return UserVocabulary() }
        func fail(_ at: TextPosition, _ what: String) -> ParseError {
            ParseError(description: "\(name):\(at.line):\(at.column): \(what)")
        }
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            let at = TextPosition.ofJSONError(error, in: data) ?? TextPosition(line: 1, column: 1)
            throw fail(at, "not valid JSON (" + TextPosition.reason(error) + ")")
        }
        guard let top = object as? [String: Any] else {
            throw fail(TextPosition(line: 1, column: 1), #"a vocabulary is one JSON object, such as {"nouns": {"marchers": "protesters"}}"#)
        }
        // JSON parsers keep the last of two equal keys: the first would be silently lost.
        for key in top.keys.sorted() {
            let lines = TextPosition.linesOfKey(key, in: text)
            if lines.count > 1 {
                throw fail(TextPosition(line: lines[1], column: 1), "'\(key)' is given twice (lines \(lines[0]) and \(lines[1])): put its words in one place")
            }
        }
        let shapes = MeasureVocabulary.standard.shapes
        var changes: [String: Change] = [:]
        for key in top.keys.sorted() where !key.hasPrefix("_") {
            let at = TextPosition.ofKey(key, in: text)
            guard let shape = shapes[key] else {
                let hint = WordDistance.closest(to: key, among: Array(shapes.keys)).map { "did you mean '\($0)'? " } ?? ""
                throw fail(at, "unknown key '\(key)' (\(hint)known keys include nouns, events, eventNouns, attributionVerbs; see measures.json)")
            }
            switch shape {
            case .table:
                guard let entries = top[key] as? [String: Any] else { throw fail(at, "'\(key)' must be an object of words, such as {\"word\": \"key\"}") }
                var table: [String: String?] = [:]
                for (word, value) in entries {
                    if value is NSNull {
                        table[Self.word(word)] = .some(nil)
                    } else if let key = value as? String, !key.trimmingCharacters(in: .whitespaces).isEmpty {
                        table[Self.word(word)] = key.trimmingCharacters(in: .whitespaces)
                    } else {
                        throw fail(TextPosition.ofKey(word, in: text, after: at), "'\(key)' → '\(word)' must be a word or phrase (a string), or null to remove it")
                    }
                }
                changes[key] = .table(table)
            case .list:
                guard let words = top[key] as? [Any], let strings = words as? [String] else {
                    throw fail(at, "'\(key)' must be a list of words, such as [\"word\"]")
                }
                changes[key] = .list(strings.map(Self.word).filter { !$0.isEmpty })
            case .number:
                guard let number = top[key] as? NSNumber, !(top[key] is Bool) else { throw fail(at, "'\(key)' must be a number") }
                changes[key] = .number(number.doubleValue)
            }
        }
        return UserVocabulary(changes: changes)
    }

    /// Words are looked up in lower case, single-spaced.
    static func word(_ s: String) -> String {
        s.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `other` laid over this one: later files win.
    public func merging(_ other: UserVocabulary) -> UserVocabulary {
        var out = self
        for (key, change) in other.changes {
            switch (out.changes[key], change) {
            case (.table(let a)?, .table(let b)): out.changes[key] = .table(a.merging(b) { _, new in new })
            case (.list(let a)?, .list(let b)): out.changes[key] = .list(a + b.filter { !a.contains($0) })
            default: out.changes[key] = change
            }
        }
        return out
    }
}
