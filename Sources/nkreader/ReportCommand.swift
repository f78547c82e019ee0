import ArgumentParser
import NKCore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The fact-checker's report: every contradiction with both sides, its verdict and note; reviewed ones first.",
        discussion: "Verdicts and notes come from the review file (see --review). Markdown by default."
    )

    enum Format: String, EnumerableFlag {
        case markdown, html, csv, json
    }

    @Flag(help: "Output format.")
    var format: Format = .markdown

    @OptionGroup var review: ReviewOptions
    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let store = review.store(for: corpus)
        let file = try review.load(store)
        let vocabulary = try corpus.vocabulary()
        let (articles, unread) = try corpus.load()
        let report = ReportCommand.build(Analysis(articles: articles, claimExtractor: ClaimExtractor(vocabulary: vocabulary)), file, store: store, vocabulary: vocabulary)
        Output.write(ReportCommand.render(report, format))
        try Diagnostics.failIfUnread(unread)
    }

    static func build(_ analysis: Analysis, _ file: ReviewFile, store: ReviewFileStore, vocabulary: MeasureVocabulary) -> ReviewReport {
        var titles: [String: String] = [:]
        for a in analysis.articles { if let t = a.metadata.title { titles[a.id] = t } }
        let claims = ReviewOptions.corrected(analysis.claims, file, store: store, titles: titles)
        let pairs = ContradictionPair.all(in: ConflictFinder(vocabulary: vocabulary).find(claims))
        let resolution = ReviewResolution(file, pairs: pairs, titles: titles)
        ReviewOptions.reportUnmatched(resolution, store)
        return ReviewReport(pairs: pairs, resolution: resolution, articles: analysis.articles)
    }

    static func render(_ report: ReviewReport, _ format: Format) -> String {
        switch format {
        case .markdown: report.markdown()
        case .html: report.html()
        case .csv: report.csv()
        case .json: report.json()
        }
    }
}
