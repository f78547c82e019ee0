import ArgumentParser
import Foundation
import NKCore

/// `--review FILE`, and where the review file is without it.
struct ReviewOptions: ParsableArguments {
    @Option(name: .customLong("review"),
            help: ArgumentHelp("The review file: verdicts, notes and corrections. Default: nkreader-review.json in the articles' folder (for the bundled articles, $XDG_DATA_HOME/nkreader/seeds-review.json).",
                               valueName: "file"))
    var file: String?

    func store(for corpus: CorpusOptions) -> ReviewFileStore {
        let fm = FileManager.default
        let facts = ReviewLocation.Facts(
            environment: ProcessInfo.processInfo.environment,
            isFolder: { var isDir: ObjCBool = false; return fm.fileExists(atPath: $0, isDirectory: &isDir) && isDir.boolValue },
            isWritableFolder: { access($0, W_OK) == 0 },
            currentFolder: fm.currentDirectoryPath)
        return ReviewFileStore(path: ReviewLocation.resolve(explicit: file, paths: corpus.paths, bundled: corpus.paths.isEmpty, facts: facts))
    }

    /// The review file as it is now; a file that cannot be read is one line on stderr and exit
    /// status 2, so that nothing overwrites what is in it.
    func load(_ store: ReviewFileStore) throws -> ReviewFile {
        do { return try store.load() } catch let e as ReviewFileStore.StoreError {
            Diagnostics.error(e.description + " (fix it, or move it away to start a new review)")
            throw ExitCode(2)
        }
    }

    /// The claims with the review file's corrections applied; the corrections that found no
    /// claim are named on stderr (they stay in the file).
    static func corrected(_ claims: [Claim], _ file: ReviewFile, store: ReviewFileStore, titles: [String: String] = [:]) -> [Claim] {
        guard !file.corrections.isEmpty else { return claims }
        let result = Corrections.apply(file.sortedCorrections, to: claims, titles: titles)
        let n = result.unmatched.count
        if n > 0 {
            let named = result.unmatched.prefix(3).map(\.summary).joined(separator: "; ") + (n > 3 ? "; …" : "")
            Diagnostics.warn("\(n) correction\(n == 1 ? "" : "s") in \(store.path) match\(n == 1 ? "es" : "") no claim in these articles (kept in the file): \(named)")
        }
        return result.claims
    }

    /// Says on stderr how many verdicts of the file match no contradiction in these articles.
    static func reportUnmatched(_ resolution: ReviewResolution, _ store: ReviewFileStore) {
        let n = resolution.unmatched.count
        guard n > 0 else { return }
        Diagnostics.warn("\(n) verdict\(n == 1 ? "" : "s") in \(store.path) match\(n == 1 ? "es" : "") no contradiction in these articles (kept in the file)")
    }
}
