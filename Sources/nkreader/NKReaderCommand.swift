import ArgumentParser
import NKCore

@main
struct NKReaderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nkreader",
        abstract: "Read conflicting reports side by side: every figure found, every contradiction one key away.",
        discussion: """
        With no subcommand, opens the reader on PATH... (files, folders of *.txt and *.md, or - for \
        standard input); with no PATH, on the bundled articles. When standard output is not a \
        terminal, prints the conflicts report instead.
        """,
        subcommands: [ReadCommand.self, FiguresCommand.self, ClaimsCommand.self, ConflictsCommand.self, TimelineCommand.self],
        defaultSubcommand: ReadCommand.self
    )
}

/// The PATH arguments every subcommand shares.
struct CorpusOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Files, folders (every *.txt and *.md, sorted by name), or - for standard input. Default: the bundled articles.",
                                 valueName: "path"))
    var paths: [String] = []

    /// Loads the articles, printing warnings; on a loading problem prints one line and exits 2.
    func load() throws -> [Article] {
        let paths = self.paths.isEmpty ? [try BundledCorpus.folder()] : self.paths
        do {
            let (articles, warnings) = try CorpusLoader().load(paths)
            for w in warnings { Diagnostics.warn(w) }
            return articles
        } catch let e as CorpusError {
            Diagnostics.error(e.description)
            throw ExitCode(2)
        }
    }
}
