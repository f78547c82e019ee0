import Foundation
import NKCore

/// Verdicts, notes, the review filter and the report: the keys of the fact-checker's desk.
extension ReaderState {
    /// x, F and ! give a verdict (the same key again takes it back), a types a note, & cycles
    /// the filter, e asks for the report. `listSelection` is the `c` list's row when there.
    /// Returns false for keys that are none of these.
    mutating func reviewKey(_ key: Key, listSelection: Int?) -> Bool {
        let verdicts: [Character: ReviewState] = ["x": .checked, "F": .falseAlarm, "!": .followUp]
        guard case .character(let c) = key else { return false }
        // Verdicts, notes and the report need the contradictions; the filter does not.
        if let unknown = contradictionsUnknown, "xF!ae".contains(c) {
            message = unknown
            return true
        }
        if let verdict = verdicts[c] {
            if let pair = targetPair(listSelection) { mark(verdict, pair: pair) }
            return true
        }
        switch c {
        case "a":
            if let pair = targetPair(listSelection) {
                mode = .note(NoteEditing(pair: pair, editor: LineEditor(review.note(ofPair: pair)), listSelection: listSelection))
            }
        case "&":
            // The list stays on the line it was on when the new filter still lists it, else
            // goes to its first line: the same row number would be another line, often an agreement.
            let selected = listSelection.flatMap(listedItem)
            filter = filter.next
            message = "Showing \(filter.label) contradictions — & for the next filter"
            if listSelection != nil { mode = .conflicts(selected: selected.flatMap { listedItems().firstIndex(of: $0) } ?? 0) }
        case "e":
            reportRequested = true
        default:
            return false
        }
        return true
    }

    /// The pair under the `c` list's selection, or the contradiction on the status line.
    private mutating func targetPair(_ listSelection: Int?) -> Int? {
        if let listSelection {
            switch listedItem(listSelection) {
            case .stop(let i)?: return i
            case .agreement?:
                message = "An agreement takes no verdict or note: x F ! a judge a contradiction (the lines above Agreements)."
                return nil
            case nil: break
            }
        } else if let stop {
            return stop
        }
        message = corpus.stops.isEmpty ? "No contradictions to review." : "No contradiction selected: n goes to one, c lists them."
        return nil
    }

    /// Gives a verdict, or takes it back when the pair already has it.
    mutating func mark(_ verdict: ReviewState, pair: Int) {
        let new: ReviewState = review.state(ofPair: pair) == verdict ? .unreviewed : verdict
        review.set(new, pair: pair, now: clock())
        reviewChanged()
        message = new == .unreviewed ? "Verdict taken back: unreviewed." : "Marked \(new.rawValue)."
    }

    mutating func noteInput(_ key: Key, editing: NoteEditing) {
        var editing = editing
        let back: Mode = editing.listSelection.map { .conflicts(selected: $0) } ?? .reading
        switch key {
        case .escape:
            mode = back
            message = "Note not changed."
        case .enter:
            mode = back
            let note = editing.editor.text.trimmingCharacters(in: .whitespaces)
            review.setNote(note, pair: editing.pair, now: clock())
            reviewChanged()
            message = note.isEmpty ? "Note removed." : "Note saved."
        default:
            if editing.editor.handle(key) { mode = .note(editing) }
        }
    }

    /// Recomputes which figures are no longer flagged: those whose every contradiction is a false alarm.
    mutating func reviewChanged() {
        let gone = review.dismissedClaims
        dismissed = [:]
        // The usual case, and the start of a large corpus: nothing to look through.
        guard !gone.isEmpty else { return }
        for (i, article) in corpus.articles.enumerated() {
            for h in corpus.highlights[i] where h.role == .conflict && gone.contains(ClaimRef(article: article.id, start: h.start)) {
                dismissed[i, default: []].insert(h.start)
            }
        }
    }

    /// The stops the `c` list shows, in its order: unreviewed first, then follow up, checked and
    /// false alarms; within each, by measure as the finder ranked them.
    func listedStops() -> [Int] {
        corpus.stops.indices.filter { filter.admits(review.state(ofPair: $0)) }
            .sorted { (review.state(ofPair: $0).rank, $0) < (review.state(ofPair: $1).rank, $1) }
    }

    // MARK: what the front end calls

    /// Changes the front end must save: every entry changed since the last save.
    public var unsavedReviewEntries: [ReviewEntry] { Array(review.unsaved.values).sorted { $0.id < $1.id } }
    /// Corrections made or taken back since the last save.
    public var unsavedCorrections: [CorrectionChange] { Array(review.unsavedCorrections.values).sorted { $0.id < $1.id } }

    /// The review file as saved (with what other processes wrote merged in).
    public mutating func reviewSaved(_ file: ReviewFile) {
        let before = review.file.corrections
        review.saved(file)
        saveProblem = nil
        quitWarned = false
        // Another reader's corrections came in with the merge.
        if review.file.corrections != before { correctionsChanged() } else { reviewChanged() }
    }

    /// The review file re-read (Ctrl-L): verdicts another reader saved appear.
    public mutating func reviewReloaded(_ file: ReviewFile) {
        let before = review.file.corrections
        review.reloaded(file)
        if review.file.corrections != before { correctionsChanged() } else { reviewChanged() }
    }

    /// A save failed: the changes stay in memory and the reason stays on the status line.
    public mutating func reviewSaveFailed(_ why: String) {
        saveProblem = why
        // After a first q, the warning that a second q quits must stay in sight.
        message = quitWarned ? ReaderState.quitWarning(why) : "Not saved: " + why
    }

    static func quitWarning(_ why: String) -> String {
        // What to do first: the reason holds paths and may be cut at the right edge.
        "Verdicts not saved — q again quits and prints them on stderr (\(why))"
    }

    /// Whether `e` asked for the report since the last call.
    public mutating func takeReportRequest() -> Bool {
        defer { reportRequested = false }
        return reportRequested
    }

    /// A line for the bottom row until the next key.
    public mutating func show(_ line: String) { message = line }
}
