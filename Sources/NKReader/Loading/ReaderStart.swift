import Foundation
import NKCore

/// Opening a corpus for the reader: what is on screen first — the first two articles, their
/// figures lit — at once whatever the corpus size; then every article, analysed a batch at a
/// time, as one `ReaderCorpus` handed over whole (see `AnalysisMessage`).
public struct ReaderStart: Sendable {
    /// The articles the panes open on.
    public static let shownFirst = 2

    public let plan: CorpusPlan
    /// The first articles read, in plan order: the panes show them while the rest are read.
    public let firstArticles: [Article]
    /// Warnings of the walk and of reading the first articles.
    public let warnings: [String]
    /// Where in the plan the articles not yet read begin.
    private let restStart: Int
    private let loader: CorpusLoader
    /// The built-in words with the user's vocabulary files laid over them.
    public let vocabulary: MeasureVocabulary

    /// Walks the paths and reads files until `shownFirst` articles are in (files refused are
    /// passed over). Throws as loading would: a missing path, nothing readable at all.
    public init(paths: [String], loader: CorpusLoader = CorpusLoader(), vocabulary: MeasureVocabulary = .standard) throws {
        let plan = try loader.plan(paths)
        var warnings = plan.warnings
        var first: [Article] = []
        var next = 0
        while first.count < ReaderStart.shownFirst && next < plan.count {
            first += try loader.load(plan, next..<(next + 1), warnings: &warnings)
            next += 1
        }
        if first.isEmpty { try plan.checkSomethingLoaded(0, warnings: warnings) }
        self.plan = plan
        self.loader = loader
        self.vocabulary = vocabulary
        firstArticles = first
        restStart = next
        self.warnings = warnings
        isSmall = ReaderStart.isSmall(plan.sources[next...])
    }

    /// Stats no more than `smallCorpus.files` files, whatever the corpus size.
    private static func isSmall(_ rest: ArraySlice<CorpusPlan.Source>) -> Bool {
        guard rest.count <= smallCorpus.files else { return false }
        var bytes = 0
        for source in rest {
            var st = stat()
            // Standard input not read yet and pages not fetched yet: their size is not known.
            guard case .file(let path) = source, stat(path, &st) == 0 else { return false }
            bytes += Int(st.st_size)
        }
        return bytes <= smallCorpus.bytes
    }

    /// Whether the whole corpus is so small (the bundled articles, a few dozen ordinary ones)
    /// that analysing it costs the first frame less than the machinery of a background would:
    /// then there is no "analysing" status at all.
    public let isSmall: Bool
    /// What "small" means: analysed at about 10 MB/s, well within the first frame's 300 ms.
    static let smallCorpus = (files: 64, bytes: 1 << 20)

    /// The first articles, figures lit, contradictions not yet known.
    public func preliminaryCorpus() -> ReaderCorpus { ReaderCorpus(preliminary: firstArticles, vocabulary: vocabulary) }

    /// Reads and analyses every article, `batchSize` at a time, the first ones included.
    /// `progress` hears the fraction done after each batch and returns false to stop: then the
    /// result is nil. The warnings are those of the files read after the first ones.
    public func analyseAll(batchSize: Int = 256, progress: (Double) -> Bool = { _ in true }) throws -> (analysis: Analysis, warnings: [String])? {
        var builder = AnalysisBuilder(claimExtractor: ClaimExtractor(vocabulary: vocabulary))
        var warnings: [String] = []
        builder.add(firstArticles)
        var start = restStart
        while start < plan.count {
            let end = min(plan.count, start + max(1, batchSize))
            builder.add(try loader.load(plan, start..<end, warnings: &warnings))
            start = end
            guard progress(ReaderStart.readingShare * Double(end) / Double(max(1, plan.count))) else { return nil }
        }
        let analysis = builder.finished()
        guard progress(ReaderStart.readingShare + (1 - ReaderStart.readingShare) / 2) else { return nil }
        return (analysis, warnings)
    }

    /// The share of the work that reading files and extracting takes; reading the story and
    /// finding the conflicts take the rest.
    static let readingShare = 0.9

    /// The whole corpus as the reader shows it: what the background hands over when done.
    public func readerCorpus(batchSize: Int = 256, progress: (Double) -> Bool = { _ in true }) throws -> (corpus: ReaderCorpus, warnings: [String])? {
        guard let (analysis, warnings) = try analyseAll(batchSize: batchSize, progress: progress) else { return nil }
        return (ReaderCorpus(analysis: analysis, vocabulary: vocabulary), warnings)
    }
}
