import ArgumentParser
import NKCore

struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List every claim: each quantity with what it measures, who says it, when, and the sentence it is in."
    )

    @Flag(help: "Print one JSON document.")
    var json = false

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let claims = try corpus.claims()
        Output.write(json ? ClaimsReport.json(claims, sink: Output.write) : ClaimsReport.text(claims))
    }
}
