import ArgumentParser
import NKCore

struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List every claim: each quantity with what it measures, who says it, when, and the sentence it is in."
    )

    @Flag(help: "Print one JSON document.")
    var json = false

    @OptionGroup var review: ReviewOptions
    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let store = review.store(for: corpus)
        let file = try review.load(store)
        let (read, publications, unread) = try corpus.claims(vocabulary: try corpus.vocabulary())
        let claims = ReviewOptions.corrected(read, file, store: store)
        Output.write(json ? ClaimsReport.json(claims, publications: publications, sink: Output.write)
                          : ClaimsReport.text(claims, publications: publications))
        try Diagnostics.failIfUnread(unread)
    }
}
