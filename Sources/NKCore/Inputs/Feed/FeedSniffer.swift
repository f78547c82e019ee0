/// Tells a feed from other XML by its first element, read from the first few kilobytes: `<rss>`,
/// Atom's `<feed>` or RSS 1.0's `<rdf:RDF>`. Declarations, comments and doctypes are skipped.
enum FeedSniffer {
    static func isFeed(_ bytes: [UInt8]) -> Bool {
        guard let name = rootName(bytes) else { return false }
        let local = name.split(separator: ":").last.map { $0.lowercased() } ?? ""
        return local == "rss" || local == "feed" || local == "rdf"
    }

    /// The name of the first element, or nil when none starts in the first 8 KiB.
    static func rootName(_ bytes: [UInt8]) -> String? {
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let end = min(bytes.count, 8192)
        while i < end {
            guard bytes[i] == 0x3C else {                        // "<"
                // Only whitespace may come before the first tag.
                if bytes[i] > 0x20 { return nil }
                i += 1
                continue
            }
            let next = i + 1 < end ? bytes[i + 1] : 0
            if next == 0x3F || next == 0x21 {                    // "<?…?>", "<!-- … -->", "<!DOCTYPE …>"
                let comment = i + 3 < end && bytes[i + 2] == 0x2D && bytes[i + 3] == 0x2D
                var j = i + 2
                while j < end {
                    if bytes[j] == 0x3E && (!comment || (j >= i + 6 && bytes[j - 1] == 0x2D && bytes[j - 2] == 0x2D)) { break }
                    j += 1
                }
                i = j + 1
                continue
            }
            var j = i + 1
            while j < end, bytes[j] > 0x20, bytes[j] != 0x3E, bytes[j] != 0x2F { j += 1 }
            return j > i + 1 ? String(decoding: bytes[(i + 1)..<j], as: UTF8.self) : nil
        }
        return nil
    }
}
