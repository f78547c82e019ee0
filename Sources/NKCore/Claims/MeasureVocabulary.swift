import Foundation

/// What claims are made of, from `Resources/measures.json`: counted nouns and the words that fold
/// into them, events, modifiers, and the verbs that attribute a figure to someone.
public struct MeasureVocabulary: Sendable {
    struct File: Decodable {
        var nouns: [String: String]
        var events: [String: String]
        var additive: [String]
        var rates: [String: String]
        var perUnit: [String]
        var subsetMarkers: [String]
        var pronouns: [String]
        var functionWords: [String]
        var attributionVerbs: [String]
        var attributionBefore: [String]
        var backReferences: [String]
        var sourceStopWords: [String]
        var sourceDropLeading: [String]
        var notSources: [String]
        var tolerance: Double
        var updateAfterDays: Int
    }

    let nouns: [String: String]
    let events: [String: String]
    let additive: Set<String>
    let rates: [String: String]
    let perUnit: Set<String>
    let subsetMarkers: [[String]]
    let pronouns: Set<String>
    let functionWords: Set<String>
    let attributionVerbs: Set<String>
    let attributionBefore: [[String]]
    let backReferences: [[String]]
    let sourceStopWords: Set<String>
    let sourceDropLeading: Set<String>
    /// Words that name a time, not a speaker: "on Sunday suggests" has no source "Sunday".
    let notSources: Set<String>
    /// How far an approximate figure may stray before it contradicts another (0.1 = 10%).
    public let tolerance: Double
    /// Claims this many days apart or more are a possible update rather than a contradiction.
    public let updateAfterDays: Int

    public static let standard: MeasureVocabulary = {
        do { return MeasureVocabulary(try JSONDecoder().decode(File.self, from: Data(PackageResources.measures_json))) } catch {
            preconditionFailure("the embedded measures.json is invalid: \(error)")
        }
    }()

    init(_ f: File) {
        nouns = f.nouns
        events = f.events
        additive = Set(f.additive)
        rates = f.rates
        perUnit = Set(f.perUnit)
        let words = { (s: String) in s.split(separator: " ").map(String.init) }
        subsetMarkers = f.subsetMarkers.map(words).sorted { $0.count > $1.count }
        pronouns = Set(f.pronouns)
        functionWords = Set(f.functionWords)
        attributionVerbs = Set(f.attributionVerbs)
        attributionBefore = f.attributionBefore.map(words)
        backReferences = f.backReferences.map(words)
        sourceStopWords = Set(f.sourceStopWords)
        sourceDropLeading = Set(f.sourceDropLeading)
        notSources = Set(f.notSources)
        tolerance = f.tolerance
        updateAfterDays = f.updateAfterDays
    }

    /// The key a counted noun folds into; a noun the vocabulary does not know keys under itself.
    func noun(_ w: String) -> String? { nouns[w] }
}
