import ArgumentParser
import Foundation
import NKCore
import NKNet
import NKReader

@main
struct NKReaderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nkreader",
        abstract: "Read conflicting reports side by side: every figure found, every contradiction one key away.",
        discussion: """
        With no subcommand, opens the reader on PATH... (files, folders searched recursively, or - \
        for standard input); with no PATH, on the bundled articles. When standard output is not a \
        terminal, prints the conflicts report instead.

        Inputs: plain text (.txt), Markdown (.md; YAML front matter is metadata), saved web pages \
        (.html, .htm: the article body, its title, outlet, author and date), Word (.docx), PDF \
        (.pdf, through pdftotext from poppler-utils), RSS and Atom feeds (.rss, .atom, .xml: one \
        article per item), and web addresses (http://, https://: fetched, then read by their \
        Content-Type). Files that are not text are refused with a warning; files of other kinds \
        in a folder are counted on stderr. Numbers are read in the article's language (French, \
        German, Spanish, Italian, Portuguese, Russian, Korean, Chinese, Japanese: "1,8 milliard", \
        "1.200", "1억 2천만"); claims beyond numbers are read as English.

        Verdicts and notes given in the reader (x, F, !, a) are kept in nkreader-review.json \
        beside the articles (or --review FILE); `nkreader report` lists them with both sides of \
        each contradiction, and `conflicts` leaves out the false alarms. Corrections given in the \
        reader (M measure, S source, D not a claim) are kept in the same file and applied by \
        claims, conflicts, timeline and report too.

        Words of your own (nouns, events, attribution verbs…) go in nkreader-vocabulary.json in \
        $XDG_CONFIG_HOME/nkreader/ or in the articles' folder, or --vocabulary FILE.
        """,
        version: Version.current,
        subcommands: [ReadCommand.self, FiguresCommand.self, ClaimsCommand.self, ConflictsCommand.self, TimelineCommand.self, ReportCommand.self],
        defaultSubcommand: ReadCommand.self
    )

    /// Catches a mistyped command before the reader takes it for a file name (and before its
    /// options are refused as the reader's).
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, !first.hasPrefix("-"), !CommandSuggestion.commands.contains(first),
           !FileManager.default.fileExists(atPath: first), let command = CommandSuggestion.closest(to: first) {
            Diagnostics.error("'\(first)' is neither a file nor a command; did you mean 'nkreader \(command)'?")
            Foundation.exit(2)
        }
        main(nil)
    }
}

/// The PATH arguments every subcommand shares.
struct CorpusOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Files (.txt .md .html .htm .docx .pdf .rss .atom .xml), folders (searched recursively), http:// or https:// addresses, or - for standard input. Default: the bundled articles.",
                                 valueName: "path"))
    var paths: [String] = []

    @Option(name: .customLong("vocabulary"),
            help: ArgumentHelp("A vocabulary file of words to add to the built-in ones (nouns, events, attribution verbs…), laid over \(VocabularyLocation.fileName) in $XDG_CONFIG_HOME/nkreader/ and in the articles' folder, which are read when present.",
                               valueName: "file"))
    var vocabularyFile: String?

    /// Folders are always walked to the bottom; the flag is accepted for those who type it from habit.
    @Flag(name: [.customShort("r"), .long], help: "Search folders' subfolders too (always done; accepted for habit).")
    var recursive = false

    @Flag(help: "For feeds, fetch each item's link and read the whole page instead of the feed's excerpt.")
    var fetchItems = false

    @Option(help: ArgumentHelp("Seconds to wait for a web server before giving up on a URL.", valueName: "seconds"))
    var timeout: Double = 30

    func validate() throws {
        guard timeout > 0, timeout <= 3600 else { throw ValidationError("--timeout must be between 0 and 3600 seconds") }
    }

    /// The loader with web access: URLs and --fetch-items go through URLSession.
    private var loader: CorpusLoader {
        CorpusLoader(fetcher: URLSessionFetcher(limits: FetchLimits(timeout: timeout)), fetchItems: fetchItems)
    }

    /// The claims of every article, loaded and analysed a batch at a time so that the texts of a
    /// large corpus are never all in memory at once.
    /// The outlet and title of every article come along, for reports that name articles by them,
    /// and the number of files that could not be read (see `Diagnostics.failIfUnread`).
    func claims(vocabulary: MeasureVocabulary) throws -> (claims: [Claim], publications: Publications, unread: Int) {
        var builder = ClaimsBuilder(claimExtractor: ClaimExtractor(vocabulary: vocabulary))
        var publications = Publications()
        let unread = try loading { paths in
            try loader.forEachBatch(paths, size: 512) {
                publications.add($0)
                builder.add($0)
            }
        }
        return (builder.finished(), publications, unread)
    }

    /// The built-in vocabulary with the user's files laid over it; a file that cannot be used is
    /// one line naming it (and the line and column) on stderr, and exit status 2.
    func vocabulary() throws -> MeasureVocabulary {
        let fm = FileManager.default
        let candidates = VocabularyLocation.candidates(
            explicit: vocabularyFile, paths: paths, environment: ProcessInfo.processInfo.environment,
            isFolder: { var isDir: ObjCBool = false; return fm.fileExists(atPath: $0, isDirectory: &isDir) && isDir.boolValue })
        var user = UserVocabulary()
        for candidate in candidates {
            guard candidate.required || fm.fileExists(atPath: candidate.path) else { continue }
            guard let data = fm.contents(atPath: candidate.path) else {
                Diagnostics.error("\(candidate.path): " + (fm.fileExists(atPath: candidate.path) ? "cannot read the vocabulary file" : "no such vocabulary file"))
                throw ExitCode(2)
            }
            do { user = user.merging(try UserVocabulary.parse(data, name: candidate.path)) } catch let e as UserVocabulary.ParseError {
                Diagnostics.error(e.description)
                throw ExitCode(2)
            }
        }
        do { return try MeasureVocabulary(merging: user) } catch {
            Diagnostics.error("vocabulary: \(error)")
            throw ExitCode(2)
        }
    }

    /// Loads the articles, printing warnings; on a loading problem prints one line and exits 2.
    /// Files that could not be read are counted (see `Diagnostics.failIfUnread`).
    func load() throws -> (articles: [Article], unread: Int) {
        var articles: [Article] = []
        let unread = try loading { paths in
            let loaded = try loader.load(paths)
            articles = loaded.articles
            return loaded.warnings
        }
        return (articles, unread)
    }

    /// What the reader shows first and how to read the rest (see `ReaderStart`), printing
    /// warnings; on a loading problem prints one line and exits 2.
    func start(vocabulary: MeasureVocabulary) throws -> ReaderStart {
        var start: ReaderStart?
        _ = try loading { paths in
            start = try ReaderStart(paths: paths, loader: loader, vocabulary: vocabulary)
            return start?.warnings ?? []
        }
        return start!
    }

    /// Runs `body` on the paths (the bundled articles when none), prints its warnings, and turns a
    /// loading problem into one line on stderr and exit status 2. Returns how many of the
    /// warnings name a file that could not be read.
    private func loading(_ body: ([String]) throws -> [String]) throws -> Int {
        let paths = self.paths.isEmpty ? [try BundledCorpus.folder()] : self.paths
        // Someone typing `nkreader -` at a prompt should know the program is waiting for them.
        if paths.contains("-") && isatty(STDIN_FILENO) != 0 {
            Diagnostics.error("reading an article from standard input: type or paste it, then press Ctrl-D (Ctrl-C to cancel)")
        }
        do {
            let warnings = try body(paths)
            for w in warnings { Diagnostics.warn(w) }
            return UnreadFiles.count(in: warnings)
        } catch let e as CorpusError {
            for w in e.warnings { Diagnostics.warn(w) }
            Diagnostics.error(e.description)
            throw ExitCode(2)
        }
    }
}
