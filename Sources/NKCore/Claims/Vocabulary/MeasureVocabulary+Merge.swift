import Foundation

extension MeasureVocabulary {
    /// What each key of `measures.json` holds, so that a user's file is checked against it.
    enum Shape: Sendable {
        case table, list, number
    }

    /// The built-in lists as JSON values: the merge works on them, whatever lists there are.
    private var fileObject: [String: Any] {
        // Encoding strings, lists and numbers cannot fail.
        let data = (try? JSONEncoder().encode(file)) ?? Data("{}".utf8)
        return ((try? JSONSerialization.jsonObject(with: data)) as? [String: Any]) ?? [:]
    }

    var shapes: [String: Shape] {
        fileObject.mapValues { value in
            value is [String: Any] ? .table : value is [Any] ? .list : .number
        }
    }

    public struct MergeError: Error, CustomStringConvertible {
        public var description: String
    }

    /// `base` with a user's additions: table entries added or replaced (or removed), words added
    /// to lists, numbers replaced. Throws only for a change of a shape `base` does not have,
    /// which `UserVocabulary.parse` already refuses.
    public convenience init(merging user: UserVocabulary, onto base: MeasureVocabulary = .standard) throws {
        guard !user.isEmpty else { self.init(base.file); return }
        var object = base.fileObject
        for (key, change) in user.changes {
            switch (change, object[key]) {
            case (.table(let entries), let table as [String: Any]):
                var table = table
                for (word, value) in entries { table[word] = value.map { $0 as Any } }
                object[key] = table
            case (.list(let words), let list as [String]):
                object[key] = list + words.filter { !list.contains($0) }
            case (.number(let n), is NSNumber):
                object[key] = n
            default:
                throw MergeError(description: "the vocabulary has no \(key) of that shape")
            }
        }
        do {
            let data = try JSONSerialization.data(withJSONObject: object)
            self.init(try JSONDecoder().decode(File.self, from: data))
        } catch {
            throw MergeError(description: "the merged vocabulary cannot be read: \(error)")
        }
    }
}
