import Foundation
import NKCore

/// The measure picker (`M`): for which claim, what is typed, which row is selected, and whether
/// the choice is for this claim alone or for every claim of its measure (a merge).
public struct MeasurePicking: Equatable, Sendable {
    public var claim: Claim
    public var editor = LineEditor()
    public var selected = 0
    public var everyClaim = false
    /// The table or chart the correction was started from, to go back to.
    public var origin: CorrectionOrigin?
}

/// A list of claims a correction was started from (M S D on its selected row): the reader goes
/// back to it, on the same row, when the correction is made or cancelled.
public enum CorrectionOrigin: Equatable, Sendable {
    case table(MeasureTable)
    case timeline(TimelineChart)

    var measure: String {
        switch self {
        case .table(let t): t.measure
        case .timeline(let c): c.measure
        }
    }
}

/// One row of the measure picker.
public enum MeasureChoice: Equatable, Sendable {
    /// A measure some claim already has.
    case existing(String)
    /// The typed text, a measure no claim has yet.
    case new(String)
    /// Take back the claim's measure correction: the measure the text was read as.
    case asRead(String)
    /// Take back a merge that gave the claim its measure.
    case undoMerge(Correction)
}

/// The source being typed (`S`) for a claim, in the line at the bottom.
public struct SourceEditing: Equatable, Sendable {
    public var claim: Claim
    public var editor: LineEditor
    public var origin: CorrectionOrigin?
}

/// Corrections from the reader: M measure, S source, D not a claim, on the current claim.
extension ReaderState {
    /// Returns false for keys that are none of these.
    /// In the reading view they act on the current claim; in the `m` table and the `t` chart,
    /// on the selected row's claim (`origin`).
    mutating func correctionKey(_ key: Key, on row: Claim? = nil, from origin: CorrectionOrigin? = nil) -> Bool {
        guard case .character(let c) = key, c == "M" || c == "S" || c == "D" else { return false }
        if let unknown = contradictionsUnknown, origin != nil { message = unknown; return true }
        guard let claim = origin == nil ? currentClaim() : row else {
            message = origin == nil ? "No claim selected: n goes to a contradiction (Tab picks its side), a click picks a figure."
                                    : "No claim selected."
            return true
        }
        switch c {
        case "M": mode = .measure(MeasurePicking(claim: claim, origin: origin))
        case "S": mode = .source(SourceEditing(claim: claim, editor: LineEditor(claim.source ?? ""), origin: origin))
        default:
            toggleNotAClaim(claim)
            // From a list the claim leaves it: where to take it back is in the article.
            if origin != nil, corpus.correctionID(.notAClaim, of: claim, in: review.corrections) != nil {
                message = "\(Sanitizer.oneLine(claim.figure.text)) is not a claim: no longer compared, and gone from this list (D on it in the article restores it)."
            }
            returnTo(origin, claim: claim)
        }
        return true
    }

    /// Back to the table or chart a correction started from, on the corrected claim's row
    /// when it is still there (else the row where it was); `measure`, when a merge renamed the
    /// one shown.
    mutating func returnTo(_ origin: CorrectionOrigin?, claim: Claim, measure: String? = nil) {
        let now = corpus.claims.first { ClaimRef($0) == ClaimRef(claim) }
        switch origin {
        case .table(var table)?:
            table.measure = measure ?? table.measure
            showMeasureTable(table, selecting: now, otherwise: table.selected)
        case .timeline(var chart)?:
            chart.measure = measure ?? chart.measure
            showTimeline(chart, selecting: now, otherwise: chart.selected)
        case nil:
            mode = .reading
        }
    }

    /// The claim marked in the focused pane: its side of the current contradiction, or the
    /// figure last clicked there.
    public func currentClaim() -> Claim? {
        guard let mark = panes[focus].mark, corpus.articles.indices.contains(panes[focus].article) else { return nil }
        return corpus.claim(article: corpus.articles[panes[focus].article].id, at: mark)
    }

    /// The picker's rows: the known measures that contain what is typed, then the typed measure
    /// when no claim has it (a few letters pick an existing measure before they name a new one); for one claim, its measure as read when it was corrected; for
    /// every claim, the merges that gave it its measure.
    public func measureChoices(_ picking: MeasurePicking) -> [MeasureChoice] {
        let typed = picking.editor.text.trimmingCharacters(in: .whitespaces)
        let own = picking.claim.measure
        var rows: [MeasureChoice] = []
        let known = corpus.measures.filter { $0 != own || !picking.everyClaim }
        let matches = known.filter { typed.isEmpty || $0.localizedCaseInsensitiveContains(typed) }
        // Measures that start with what is typed come first.
        let starting = matches.filter { $0.lowercased().hasPrefix(typed.lowercased()) }
        rows += (starting + matches.filter { !starting.contains($0) }).map { .existing($0) }
        if !typed.isEmpty && !known.contains(typed) { rows.append(.new(typed)) }
        guard typed.isEmpty else { return rows }
        if picking.everyClaim {
            rows += review.corrections.filter { $0.kind == .merge && $0.into == own }.map { .undoMerge($0) }
        } else if corpus.correctionID(.measure, of: picking.claim, in: review.corrections) != nil,
                  let read = corpus.readClaim(ClaimRef(picking.claim)) {
            rows.insert(.asRead(read.measure), at: 0)
        }
        return rows
    }

    mutating func measureInput(_ key: Key, picking: MeasurePicking) {
        var picking = picking
        let rows = measureChoices(picking)
        switch key {
        case .escape:
            returnTo(picking.origin, claim: picking.claim)
            message = "Measure not changed."
        case .down: picking.selected = min(max(0, rows.count - 1), picking.selected + 1); mode = .measure(picking)
        case .up: picking.selected = max(0, picking.selected - 1); mode = .measure(picking)
        case .tab, .backTab: picking.everyClaim.toggle(); picking.selected = 0; mode = .measure(picking)
        case .enter:
            guard rows.indices.contains(picking.selected) else { message = "Type a measure, or pick one with ↑ ↓."; return }
            choose(rows[picking.selected], for: picking)
        default:
            if picking.editor.handle(key) { picking.selected = 0; mode = .measure(picking) }
        }
    }

    private mutating func choose(_ choice: MeasureChoice, for picking: MeasurePicking) {
        let claim = picking.claim
        let figure = Sanitizer.oneLine(claim.figure.text)
        switch choice {
        case .existing(let m), .new(let m):
            if picking.everyClaim {
                guard claim.measure != MeasureFrame.unmeasured else {
                    returnTo(picking.origin, claim: claim)
                    message = "Claims of no measure are not merged: Tab back and give this one a measure."
                    return
                }
                review.setCorrection(.merge(claim.measure, into: m, at: clock()))
                message = "Every claim of '\(claim.measure)' is now of '\(m)'."
            } else {
                var correction = Correction.reassign(claim, title: corpus.titles[claim.article], to: m, at: clock())
                // A correction made on an older wording of the sentence keeps its id.
                if let old = corpus.correctionID(.measure, of: claim, in: review.corrections) { correction.id = old }
                review.setCorrection(correction)
                message = "\(figure) is now of '\(m)' (M again to change it)."
            }
        case .asRead(let m):
            if let id = corpus.correctionID(.measure, of: claim, in: review.corrections) { review.removeCorrection(id: id) }
            message = "\(figure) is of '\(m)' again, as read."
        case .undoMerge(let merge):
            review.removeCorrection(id: merge.id)
            message = "Merge taken back: claims of '\(merge.measure ?? "")' keep their own measure."
        }
        correctionsChanged()
        // A merge of the measure shown empties it: the table or chart follows its claims.
        var renamed: String?
        if picking.everyClaim, claim.measure == picking.origin?.measure {
            if case .existing(let m) = choice { renamed = m }
            if case .new(let m) = choice { renamed = m }
        }
        returnTo(picking.origin, claim: claim, measure: renamed)
    }

    mutating func sourceInput(_ key: Key, editing: SourceEditing) {
        var editing = editing
        switch key {
        case .escape:
            returnTo(editing.origin, claim: editing.claim)
            message = "Source not changed."
        case .enter:
            let claim = editing.claim
            let typed = editing.editor.text.trimmingCharacters(in: .whitespaces)
            let existing = corpus.correctionID(.source, of: claim, in: review.corrections)
            let read = corpus.readClaim(ClaimRef(claim))?.source
            if typed.isEmpty || typed == read {
                if let existing { review.removeCorrection(id: existing) }
                message = "Source of \(Sanitizer.oneLine(claim.figure.text)) as read: \(read ?? "none")."
            } else {
                var correction = Correction.source(claim, title: corpus.titles[claim.article], typed, at: clock())
                if let existing { correction.id = existing }
                review.setCorrection(correction)
                message = "Source of \(Sanitizer.oneLine(claim.figure.text)) is now \(typed)."
            }
            correctionsChanged()
            returnTo(editing.origin, claim: claim)
        default:
            if editing.editor.handle(key) { mode = .source(editing) }
        }
    }

    /// Marks the figure "not a claim", or restores one so marked.
    private mutating func toggleNotAClaim(_ claim: Claim) {
        let figure = Sanitizer.oneLine(claim.figure.text)
        if let id = corpus.correctionID(.notAClaim, of: claim, in: review.corrections) {
            review.removeCorrection(id: id)
            message = "\(figure) is a claim again."
        } else {
            review.setCorrection(.notAClaim(claim, title: corpus.titles[claim.article], at: clock()))
            message = "\(figure) is not a claim: no longer compared (D again restores it)."
        }
        correctionsChanged()
    }

    /// Claims, conflicts and highlights found again after the corrections changed; the current
    /// contradiction stays current when it still is one.
    mutating func correctionsChanged() {
        let current = stop.map { (ClaimRef(corpus.stops[$0].a), ClaimRef(corpus.stops[$0].b)) }
        corpus = corpus.applying(review.corrections)
        review.pairsChanged(corpus.stops)
        stop = current.flatMap { cur in corpus.stops.firstIndex { ClaimRef($0.a) == cur.0 && ClaimRef($0.b) == cur.1 } }
        reviewChanged()
    }
}
