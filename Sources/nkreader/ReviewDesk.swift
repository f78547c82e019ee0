import Foundation
import NKCore
import NKReader

/// The reader's side effects on the review: saving verdicts as soon as they are given, writing
/// the report on `e`, and never losing a verdict that could not be saved.
struct ReviewDesk {
    let store: ReviewFileStore
    /// The changes of the last failed save: a failed save is retried on the next change or on
    /// q, not on every key (a held lock would make each key wait).
    private var failedChanges: Pending?

    /// What a save writes: verdicts and corrections changed since the last save.
    private struct Pending: Equatable {
        var entries: [ReviewEntry]
        var corrections: [CorrectionChange]
        var isEmpty: Bool { entries.isEmpty && corrections.isEmpty }
    }

    init(store: ReviewFileStore) {
        var store = store
        store.lockTimeout = 2
        self.store = store
    }

    /// Says at start when verdicts of the file match nothing here.
    func greet(_ state: inout ReaderState) {
        let n = state.review.unmatched.count
        let fixes = state.corpus.corrected.unmatched.count
        if n > 0 {
            state.show("\(n) verdict\(n == 1 ? "" : "s") in \(store.path) match no contradiction here (kept; listed at the end of c)")
        } else if fixes > 0 {
            state.show("\(fixes) correction\(fixes == 1 ? "" : "s") in \(store.path) match no claim here (kept; listed at the end of c)")
        }
    }

    mutating func afterKey(_ key: Key, _ state: inout ReaderState) {
        let changes = Pending(entries: state.unsavedReviewEntries, corrections: state.unsavedCorrections)
        if !changes.isEmpty && (changes != failedChanges || key == .character("q")) {
            do {
                let retried = failedChanges != nil
                state.reviewSaved(try store.save(changes.entries, bases: state.review.bases, corrections: changes.corrections))
                failedChanges = nil
                if retried { state.show("Verdicts saved to \(store.path).") }
            } catch {
                failedChanges = changes
                state.reviewSaveFailed("\(error)")
            }
        }
        if key == .redraw {
            // Ctrl-L also shows what another reader saved meanwhile.
            do { state.reviewReloaded(try store.load()) } catch { state.show("Review file not re-read: \(error)") }
        }
        if state.takeReportRequest() { writeReport(&state) }
    }

    /// Markdown and HTML beside the review file.
    private func writeReport(_ state: inout ReaderState) {
        let report = ReviewReport(pairs: state.corpus.stops, resolution: state.review.resolution, articles: state.corpus.articles,
                                  relativeTo: FileManager.default.currentDirectoryPath)
        let folder = (store.path as NSString).deletingLastPathComponent
        let base = ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(ReviewLocation.reportBaseName)
        do {
            try FileManager.default.createDirectory(atPath: folder.isEmpty ? "." : folder, withIntermediateDirectories: true)
            try AtomicFile.write(Data(report.markdown().utf8), to: base + ".md")
            try AtomicFile.write(Data(report.html().utf8), to: base + ".html")
            state.show("Report written to \(base).md and .html")
        } catch {
            state.show("Report not written: \(error)")
        }
    }

    /// After the terminal is restored: verdicts that could not be saved go to stderr as JSON.
    /// Returns whether there were any.
    func printUnsaved(_ state: ReaderState) -> Bool {
        let unsaved = state.unsavedReviewEntries
        let corrections = state.unsavedCorrections.compactMap(\.correction)
        let removed = state.unsavedCorrections.count - corrections.count
        guard !unsaved.isEmpty || !state.unsavedCorrections.isEmpty else { return false }
        let n = state.unsavedCorrections.count
        let what = [unsaved.isEmpty ? nil : "\(unsaved.count) verdict\(unsaved.count == 1 ? "" : "s")",
                    n == 0 ? nil : "\(n) correction\(n == 1 ? "" : "s")"].compactMap { $0 }.joined(separator: " and ")
        Diagnostics.error("\(what) could not be saved to \(store.path) (\(state.saveProblem ?? "unknown error")); here they are, to keep:")
        if removed > 0 { Diagnostics.error("(\(removed) of the corrections were taken back: remove them from the file by hand)") }
        FileHandle.standardError.write(ReviewFile(entries: unsaved, corrections: corrections).encoded())
        return true
    }
}
