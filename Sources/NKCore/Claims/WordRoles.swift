/// The parts a word can play for `AttributionFinder.cues`, gathered from the vocabulary once.
/// Why: `cues` asks four vocabulary sets about every word of every sentence it reads, and most
/// words are in none of them; one table lookup per word answers all four questions at once.
struct WordRoles: OptionSet, Sendable {
    let rawValue: UInt8

    /// The first word of an "according to" / "citing" phrase (`attributionBeforeByFirstWord`).
    static let opensAttribution = WordRoles(rawValue: 1 << 0)
    static let evidenceNoun = WordRoles(rawValue: 1 << 1)
    static let findingVerb = WordRoles(rawValue: 1 << 2)
    static let attributionVerb = WordRoles(rawValue: 1 << 3)

    /// Every word with at least one role, built from the same lists as the vocabulary's sets.
    static func table(_ f: MeasureVocabulary.File) -> [String: WordRoles] {
        var table: [String: WordRoles] = [:]
        func mark(_ words: [String], _ role: WordRoles) {
            for w in words { table[w, default: []].insert(role) }
        }
        mark(f.attributionBefore.compactMap { $0.split(separator: " ").first.map(String.init) }, .opensAttribution)
        mark(f.evidenceNouns, .evidenceNoun)
        mark(f.findingVerbs, .findingVerb)
        mark(f.attributionVerbs, .attributionVerb)
        return table
    }
}

extension MeasureVocabulary {
    /// The roles of a lowercased word; none for a word the vocabulary does not list.
    func roles(_ lower: String) -> WordRoles { wordRoles[lower] ?? [] }
}
