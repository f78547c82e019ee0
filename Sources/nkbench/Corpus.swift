import Foundation
import NKCore

/// Generated inputs for the benchmarks: the seeds with their numbers varied, at any size.
enum BenchCorpus {
    static func seeds() -> [String] {
        let dir = FileManager.default.fileExists(atPath: "seeds") ? "seeds" : "/usr/local/share/nkreader/seeds"
        let articleFile = { (name: String) in name.hasSuffix(".txt") || name.hasSuffix(".md") }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter(articleFile).sorted()
        return names.compactMap { try? String(contentsOfFile: dir + "/" + $0, encoding: .utf8) }
    }

    /// A seed with every digit replaced by another, so each copy states different figures.
    static func varied(_ text: String, seed: inout UInt64) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s.value >= 0x30 && s.value <= 0x39 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                out.append(Unicode.Scalar(UInt8(0x30 + (seed >> 33) % 10)))
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// Articles of varied seeds, about `bytes` in all.
    static func articles(totalBytes: Int) -> [String] {
        let base = seeds()
        guard !base.isEmpty else { return [] }
        var seed: UInt64 = 1
        var out: [String] = []
        var size = 0
        while size < totalBytes {
            let a = varied(base[out.count % base.count], seed: &seed)
            size += a.utf8.count
            out.append(a)
        }
        return out
    }

    /// One line with no newline at all: the seeds' paragraphs joined by spaces.
    static func oneLine(bytes: Int) -> String {
        let joined = articles(totalBytes: bytes).joined(separator: " ").replacingOccurrences(of: "\n", with: " ")
        return String(joined.utf8.prefix(bytes)) ?? joined
    }
}
