import Foundation

/// The review of one corpus's contradictions as the reader changes it: the file as last read or
/// written, which entry speaks for which pair, and the changes not yet saved.
public struct ReviewSession: Sendable {
    /// Today's contradictions; they change when a correction does (see `pairsChanged`).
    public private(set) var pairs: [ContradictionPair]
    /// Article id → title, for anchors.
    public let titles: [String: String]
    public private(set) var file: ReviewFile
    public private(set) var resolution: ReviewResolution
    /// Entries changed since the last successful save, by id.
    public private(set) var unsaved: [String: ReviewEntry] = [:]
    /// Those entries as they were before the first of those changes: the base of a three-way
    /// merge with what another process saved meanwhile.
    public private(set) var bases: [String: ReviewEntry] = [:]
    /// Corrections made or taken back since the last successful save, by id.
    public private(set) var unsavedCorrections: [String: CorrectionChange] = [:]

    public init(file: ReviewFile = ReviewFile(), pairs: [ContradictionPair], titles: [String: String]) {
        self.file = file
        self.pairs = pairs
        self.titles = titles
        resolution = ReviewResolution(file, pairs: pairs, titles: titles)
    }

    /// The same review over another set of pairs (the whole corpus's, once its analysis is
    /// done): the file, the unsaved changes and their bases stay.
    public func over(pairs: [ContradictionPair], titles: [String: String]) -> ReviewSession {
        var session = ReviewSession(file: file, pairs: pairs, titles: titles)
        session.unsaved = unsaved
        session.bases = bases
        return session
    }

    public func state(ofPair i: Int) -> ReviewState { resolution.state(ofPair: i) }
    public func note(ofPair i: Int) -> String { resolution.note(ofPair: i) }
    public var unmatched: [ReviewEntry] { resolution.unmatched }
    public var hasUnsavedChanges: Bool { !unsaved.isEmpty || !unsavedCorrections.isEmpty }
    public var corrections: [Correction] { file.sortedCorrections }

    /// Adds a correction, or replaces the one with its id.
    public mutating func setCorrection(_ correction: Correction) {
        let id = correction.id
        let base = unsavedCorrections[id].map(\.base) ?? file.corrections[id]
        file.corrections[id] = correction
        unsavedCorrections[id] = CorrectionChange(id: id, correction: correction, base: base)
    }

    /// Takes a correction back.
    public mutating func removeCorrection(id: String) {
        guard file.corrections[id] != nil else { return }
        let base = unsavedCorrections[id].map(\.base) ?? file.corrections[id]
        file.corrections[id] = nil
        unsavedCorrections[id] = CorrectionChange(id: id, correction: nil, base: base)
    }

    /// The contradictions found again after a correction: verdicts find their pairs anew.
    public mutating func pairsChanged(_ pairs: [ContradictionPair]) {
        self.pairs = pairs
        resolution = ReviewResolution(file, pairs: pairs, titles: titles)
    }

    public mutating func set(_ state: ReviewState, pair i: Int, now: Date = Date()) {
        change(pair: i, now: now) { $0.state = state }
    }

    public mutating func setNote(_ note: String, pair i: Int, now: Date = Date()) {
        change(pair: i, now: now) { $0.note = note }
    }

    /// Changes the pair's entry, or makes one. The anchors are taken afresh from today's claims
    /// (the article may have been edited since), the id stays.
    private mutating func change(pair i: Int, now: Date, _ edit: (inout ReviewEntry) -> Void) {
        guard pairs.indices.contains(i) else { return }
        let old = resolution.entryForPair[i]
        var entry = ReviewEntry(pair: pairs[i], titles: titles, state: old?.state ?? .unreviewed, note: old?.note ?? "", updated: now)
        if let old { entry.id = old.id }
        edit(&entry)
        // Nothing to record: the same verdict and note, or a blank entry for a pair never reviewed.
        if let old, old.state == entry.state, old.note == entry.note { return }
        if old == nil, entry.state == .unreviewed, entry.note.isEmpty { return }
        if unsaved[entry.id] == nil, let old = file.entries[entry.id] { bases[entry.id] = old }
        file.entries[entry.id] = entry
        unsaved[entry.id] = entry
        resolution = ReviewResolution(file, pairs: pairs, titles: titles)
    }

    /// After a save: the file as written (merged with what other processes wrote).
    public mutating func saved(_ written: ReviewFile) {
        file = written
        unsaved = [:]
        bases = [:]
        unsavedCorrections = [:]
        resolution = ReviewResolution(file, pairs: pairs, titles: titles)
    }

    /// The file as another process left it, re-read: this session's unsaved changes stay on top.
    public mutating func reloaded(_ disk: ReviewFile) {
        file = disk.merging(Array(unsaved.values), bases: bases).merging(corrections: Array(unsavedCorrections.values))
        resolution = ReviewResolution(file, pairs: pairs, titles: titles)
    }

    /// Claims no longer flagged: every contradiction they take part in is a false alarm.
    public var dismissedClaims: Set<ClaimRef> {
        var open = Set<ClaimRef>(), alarms = Set<ClaimRef>()
        for (i, p) in pairs.enumerated() {
            let refs = ([p.a, p.b] + p.aRepeats + p.bRepeats).map(ClaimRef.init)
            if state(ofPair: i) == .falseAlarm { alarms.formUnion(refs) } else { open.formUnion(refs) }
        }
        return alarms.subtracting(open)
    }

    /// How many pairs are in each state.
    public var counts: [ReviewState: Int] {
        var out: [ReviewState: Int] = [:]
        for i in pairs.indices { out[state(ofPair: i), default: 0] += 1 }
        return out
    }
}
