import ArgumentParser
import NKCore

struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "Report where the articles disagree: conflicting claims grouped by measure, then agreements."
    )

    enum Format: String, EnumerableFlag {
        case json, csv, markdown
    }

    @Flag(help: "Output format (default: a table for the terminal).")
    var format: Format?

    @OptionGroup var review: ReviewOptions
    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let store = review.store(for: corpus)
        let file = try review.load(store)
        let vocabulary = try corpus.vocabulary()
        let (read, publications, unread) = try corpus.claims(vocabulary: vocabulary)
        let claims = ReviewOptions.corrected(read, file, store: store)
        let result = ConflictsCommand.withoutFalseAlarms(ConflictFinder(vocabulary: vocabulary).find(claims), file, store: store)
        Output.write(ConflictsCommand.render(result, format, publications))
        try Diagnostics.failIfUnread(unread)
    }

    /// The result without the contradictions the review file calls false alarms (said on stderr).
    static func withoutFalseAlarms(_ result: ConflictFinder.Result, _ file: ReviewFile, store: ReviewFileStore, titles: [String: String] = [:]) -> ConflictFinder.Result {
        guard !file.entries.isEmpty else { return result }
        let resolution = ReviewResolution(file, pairs: ContradictionPair.all(in: result), titles: titles)
        ReviewOptions.reportUnmatched(resolution, store)
        let (kept, hidden) = FalseAlarms.removing(from: result, resolution)
        if hidden > 0 { Diagnostics.warn("\(hidden) false alarm\(hidden == 1 ? "" : "s") not listed (marked in \(store.path))") }
        return kept
    }

    static func render(_ result: ConflictFinder.Result, _ format: Format?, _ publications: Publications) -> String {
        switch format {
        case .json: return ConflictsReport.json(result, publications: publications, sink: Output.write)
        case .csv: return ConflictsReport.csv(result, publications: publications)
        case .markdown: return ConflictsReport.markdown(result, publications: publications)
        case nil: return ConflictsReport.text(result, publications: publications)
        }
    }
}

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "The claims on one measure in date order, with who made them.",
        discussion: "MEASURE is a measure as `nkreader claims` names it (\"troops deployed\"), or words that pick out one."
    )

    @Flag(help: "Print one JSON document.")
    var json = false

    @Argument(help: "The measure, e.g. \"troops deployed\".")
    var measure: String

    @OptionGroup var review: ReviewOptions
    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let store = review.store(for: corpus)
        let file = try review.load(store)
        let (read, publications, unread) = try corpus.claims(vocabulary: try corpus.vocabulary())
        let claims = ReviewOptions.corrected(read, file, store: store)
        switch Timeline.resolve(measure, in: claims) {
        case .failure(let e):
            let list = e.candidates.prefix(12).joined(separator: ", ") + (e.candidates.count > 12 ? ", …" : "")
            Diagnostics.error(e.ambiguous ? "'\(e.query)' is in several measures: \(list); name one"
                                          : "no measure matches '\(e.query)'; known measures: \(list)")
            throw ExitCode(2)
        case .success(let m):
            let picked = Timeline.claims(claims, measure: m)
            Output.write(json ? ClaimsReport.json(picked, publications: publications)
                              : TimelineReport.text(picked, measure: m, publications: publications))
            try Diagnostics.failIfUnread(unread)
        }
    }
}
