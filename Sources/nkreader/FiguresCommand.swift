import ArgumentParser
import NKCore

struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "List every figure in the articles: numbers, ranges, percentages, money, and the dates, years and ordinals that are not quantities.",
        discussion: "Offsets in --json are Unicode scalar offsets into each file's decoded text, end exclusive."
    )

    @Flag(help: "Print one JSON document (the figures contract).")
    var json = false

    @Flag(name: .customLong("quantities"), help: "In the text listing, show only numbers, percentages and money.")
    var quantitiesOnly = false

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        // Figures do not use the vocabulary, but a broken file named or found is said here too.
        _ = try corpus.vocabulary()
        let (articles, unread) = try corpus.load()
        let extractor = FigureExtractor().reading(articles.map(\.metadata.language))
        let figures = articles.map { extractor.articleFigures(in: $0.text, language: $0.metadata.language) }
        Output.write(json ? FiguresReport.json(articles, figures: figures, sink: Output.write)
                          : FiguresReport.text(articles, figures: figures, quantitiesOnly: quantitiesOnly))
        try Diagnostics.failIfUnread(unread)
    }
}
