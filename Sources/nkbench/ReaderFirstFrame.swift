import Foundation
import NKCore
import NKReader

/// The reader on a large folder: time from start to the first frame in the in-memory screen
/// (walk the folder, read and light the first two articles, draw), then how long the background
/// takes to know every contradiction — what the first frame used to wait for.
enum ReaderFirstFrame {
    static func run(articles count: Int) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nkbench-reader-\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        guard write(count, to: folder) else { report("reader: first frame", "skipped: cannot write \(folder.path)"); return }

        var screen = Screen(width: 0, height: 0)
        var start: ReaderStart?
        let firstFrame = measure(runs: 3) {
            start = try? ReaderStart(paths: [folder.path])
            guard let start else { return }
            screen = ReaderState(corpus: start.preliminaryCorpus(), width: 200, height: 60, analysis: .running(percent: 0)).render()
        }
        guard let start, screen.lines.last?.isEmpty == false else { report("reader: first frame", "failed to load \(folder.path)"); return }
        report("reader: first frame, \(count.formatted()) articles", String(format: "%.1f ms  (budget 300 ms)", firstFrame * 1000))

        var whole: ReaderCorpus?
        let all = measure(runs: 1) { whole = try? start.readerCorpus()?.corpus }
        report("reader: every contradiction known (background)",
               String(format: "%.2f s  (%d contradictions; the first frame waited this long before)", all, whole?.stops.count ?? 0))
    }

    /// `count` varied seeds, one file each.
    private static func write(_ count: Int, to folder: URL) -> Bool {
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil else { return false }
        let seeds = BenchCorpus.seeds()
        guard !seeds.isEmpty else { return false }
        var seed: UInt64 = 7
        for n in 0..<count {
            let text = BenchCorpus.varied(seeds[n % seeds.count], seed: &seed)
            // Not atomically: a rename per file would double the time to write 100,000.
            let file = folder.appendingPathComponent(String(format: "a%06d.txt", n))
            guard (try? text.write(to: file, atomically: false, encoding: .utf8)) != nil else { return false }
        }
        return true
    }
}
