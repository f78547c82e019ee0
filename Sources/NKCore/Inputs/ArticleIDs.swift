import Foundation

/// Article ids: the file name without its extension, as the scorer and metadata.json expect;
/// files whose names clash get their folder path in front ("2024/article", "2025/article"), and
/// keep their extension when the folder is the same too ("wire.rss", "wire.atom").
enum ArticleIDs {
    /// `names[i]`, when given, is the name a source has instead of its file name (a web page's).
    static func assign(_ sources: [(path: String, relative: String)], stems names: [String?] = []) -> [String] {
        let stems = sources.indices.map { i in
            sources[i].path == "-" ? "-" : (i < names.count ? names[i] : nil) ?? stem(sources[i].relative)
        }
        // The usual case, and the one a folder of 100,000 articles must not wait for: no clash.
        var distinct = Set<String>(minimumCapacity: stems.count)
        if stems.allSatisfy({ distinct.insert($0).inserted }) { return stems }
        var count: [String: Int] = [:]
        for s in stems { count[s, default: 0] += 1 }
        var ids = stems
        for i in ids.indices where count[stems[i], default: 0] > 1 && stems[i] != "-" {
            ids[i] = withoutExtension(sources[i].relative)
        }
        // Still clashing: one folder's "wire.rss" and "wire.atom" keep their extensions.
        resolve(&ids) { trimmed(sources[$0].relative) }
        // Still clashing (the same relative path under two folders named on the command line):
        // the whole path (a web address's is its host and path already), then a counter.
        resolve(&ids) { WebAddress.url(sources[$0].path) == nil ? withoutExtension(sources[$0].path) : trimmed(sources[$0].relative) }
        var used: Set<String> = []
        for i in ids.indices {
            var candidate = ids[i]
            var n = 2
            while used.contains(candidate) && candidate != "-" { candidate = "\(ids[i])~\(n)"; n += 1 }
            used.insert(candidate)
            ids[i] = candidate
        }
        return ids
    }

    static func stem(_ path: String) -> String {
        // Without a trailing slash, the name is what follows the last slash and the stem what
        // precedes its last dot, unless that dot starts the name — as NSString
        // has it, without bridging each of 100,000 paths.
        let bytes = path.utf8
        if let last = bytes.last, last != UInt8(ascii: "/") {
            let nameStart = bytes.lastIndex(of: UInt8(ascii: "/")).map { bytes.index(after: $0) } ?? bytes.startIndex
            let name = bytes[nameStart...]
            if let dot = name.lastIndex(of: UInt8(ascii: ".")), dot != nameStart { return String(path[nameStart..<dot]) }
            return String(path[nameStart...])
        }
        let name = (path as NSString).lastPathComponent
        let id = (name as NSString).deletingPathExtension
        return id.isEmpty ? name : id
    }

    /// Gives the ids that are still shared by several sources the name `better` has for them.
    private static func resolve(_ ids: inout [String], _ better: (Int) -> String) {
        var seen: [String: Int] = [:]
        for id in ids { seen[id, default: 0] += 1 }
        for i in ids.indices where seen[ids[i], default: 0] > 1 && ids[i] != "-" { ids[i] = better(i) }
    }

    private static func trimmed(_ path: String) -> String {
        var p = path
        while p.hasPrefix("./") { p.removeFirst(2) }
        return p
    }

    private static func withoutExtension(_ path: String) -> String {
        let p = trimmed(path)
        let dir = (p as NSString).deletingLastPathComponent
        return dir.isEmpty ? stem(p) : dir + "/" + stem(p)
    }
}
