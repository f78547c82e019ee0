import Foundation

/// The review file: every verdict and note, whatever became of their claims. Written with sorted
/// keys, two-space indentation and entries in a fixed order, so that it diffs well in git.
public struct ReviewFile: Equatable, Sendable {
    public static let format = "nkreader review"
    public static let version = 1

    /// Entries by id.
    public var entries: [String: ReviewEntry]

    public init(entries: [ReviewEntry] = []) {
        var byID: [String: ReviewEntry] = [:]
        for e in entries { byID[e.id] = ReviewFile.later(byID[e.id], e) }
        self.entries = byID
    }

    /// Entries in the file's order: by measure, then by where their first claim is, then by id.
    public var sortedEntries: [ReviewEntry] {
        entries.values.sorted { ($0.measure, $0.a.article, $0.a.offset, $0.id) < ($1.measure, $1.a.article, $1.a.offset, $1.id) }
    }

    /// `changes` laid over this file as it is now. `bases` holds, by id, each changed entry as
    /// it was before the change (none: made by the change). An entry the file changed meanwhile
    /// is merged field by field (see `ReviewMerge`); entries only in the file are kept: nothing
    /// another process wrote is lost.
    public func merging(_ changes: [ReviewEntry], bases: [String: ReviewEntry] = [:]) -> ReviewFile {
        var out = self
        for c in changes { out.entries[c.id] = ReviewMerge.merge(ours: c, base: bases[c.id], theirs: out.entries[c.id]) }
        return out
    }

    /// The newer of two versions of an entry; `candidate` on a tie.
    static func later(_ existing: ReviewEntry?, _ candidate: ReviewEntry) -> ReviewEntry {
        guard let existing, existing.updated > candidate.updated else { return candidate }
        return existing
    }

    private struct Document: Codable {
        var format: String
        var version: Int
        var verdicts: [ReviewEntry]
    }

    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(format: ReviewFile.format, version: ReviewFile.version, verdicts: sortedEntries)
        // Encoding plain strings and numbers cannot fail.
        return ((try? encoder.encode(document)) ?? Data("{}".utf8)) + Data("\n".utf8)
    }

    public struct DecodeError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Reads a review file; an empty file is an empty review.
    public static func decode(_ data: Data) throws -> ReviewFile {
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return ReviewFile() }
        do {
            let document = try JSONDecoder().decode(Document.self, from: data)
            guard document.format == format else { throw DecodeError(description: "not an nkreader review file (format is '\(document.format)')") }
            guard document.version <= version else {
                throw DecodeError(description: "written by a newer nkreader (version \(document.version)); this one reads version \(version)")
            }
            return ReviewFile(entries: document.verdicts)
        } catch let e as DecodeError {
            throw e
        } catch let DecodingError.dataCorrupted(context) where !context.codingPath.isEmpty {
            // A value the format does not allow, such as a misspelt state.
            throw DecodeError(description: "unexpected value at \(path(context)): \(context.debugDescription)")
        } catch let DecodingError.dataCorrupted(context) {
            throw DecodeError(description: "not valid JSON (\(context.underlyingError.map { "\($0.localizedDescription)" } ?? context.debugDescription))")
        } catch let DecodingError.keyNotFound(key, context) {
            throw DecodeError(description: "missing '\(key.stringValue)' at \(path(context))")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw DecodeError(description: "unexpected value at \(path(context)): \(context.debugDescription)")
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let p = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
        return p.isEmpty ? "the top" : p
    }
}
