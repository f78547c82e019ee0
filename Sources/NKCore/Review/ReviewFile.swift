import Foundation

/// The review file: every verdict, note and correction, whatever became of their claims. Written with sorted
/// keys, two-space indentation and entries in a fixed order, so that it diffs well in git.
public struct ReviewFile: Equatable, Sendable {
    public static let format = "nkreader review"
    /// The newest version this nkreader reads. A file with corrections is version 2, so that an
    /// nkreader from before corrections refuses it rather than dropping them on its next save;
    /// one without stays version 1, which both read.
    public static let version = 2
    static let versionWithoutCorrections = 1

    /// Entries by id.
    public var entries: [String: ReviewEntry]
    /// Corrections by id.
    public var corrections: [String: Correction]

    public init(entries: [ReviewEntry] = [], corrections: [Correction] = []) {
        var byID: [String: ReviewEntry] = [:]
        for e in entries { byID[e.id] = ReviewFile.later(byID[e.id], e) }
        self.entries = byID
        var correctionsByID: [String: Correction] = [:]
        for c in corrections where (correctionsByID[c.id]?.updated ?? "") <= c.updated { correctionsByID[c.id] = c }
        self.corrections = correctionsByID
    }

    /// Corrections in the file's order: merges, then claim fixes by where their claim is.
    public var sortedCorrections: [Correction] {
        func key(_ c: Correction) -> (Int, String, Int, String, String) {
            (c.kind == .merge ? 0 : 1, c.claim?.article ?? c.measure ?? "", c.claim?.offset ?? 0, c.kind.rawValue, c.id)
        }
        return corrections.values.sorted { key($0) < key($1) }
    }

    /// Correction changes laid over this file: an added or replaced correction is ours; one
    /// taken back is removed only if nobody changed it since it was read.
    public func merging(corrections changes: [CorrectionChange]) -> ReviewFile {
        var out = self
        for change in changes {
            if let c = change.correction {
                out.corrections[change.id] = c
            } else if out.corrections[change.id] == change.base {
                out.corrections[change.id] = nil
            }
        }
        return out
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
        /// Absent from files without corrections (and from those of earlier versions).
        var corrections: [Correction]?
    }

    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(format: ReviewFile.format, version: corrections.isEmpty ? ReviewFile.versionWithoutCorrections : ReviewFile.version, verdicts: sortedEntries,
                                corrections: corrections.isEmpty ? nil : sortedCorrections)
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
            return ReviewFile(entries: document.verdicts, corrections: document.corrections ?? [])
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
