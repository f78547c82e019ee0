import Foundation
import Testing
@testable import NKCore

/// The user's vocabulary file: parsed with messages that point at the line, merged onto the
/// built-in vocabulary, and changing what claims measure.
struct VocabularyFileTests {
    func parse(_ text: String) throws -> UserVocabulary {
        try UserVocabulary.parse(Data(text.utf8), name: "my-vocabulary.json")
    }

    func message(_ text: String) -> String? {
        do { _ = try parse(text); return nil } catch { return "\(error)" }
    }

    /// Two made-up reports of one march: the second counts "strollers", a word nkreader does not know.
    let march = [
        Article(id: "police", path: "police.txt", text: "Police said 3,000 strollers took part in the June 9 march through the city.",
                metadata: ArticleMetadata(title: "March", source: "Daily", date: "2025-06-10")),
        Article(id: "organisers", path: "organisers.txt", text: "Organisers said 12,000 protesters took part in the June 9 march through the city.",
                metadata: ArticleMetadata(title: "Count", source: "Evening", date: "2025-06-10")),
    ]

    func conflicts(_ vocabulary: MeasureVocabulary) -> ConflictFinder.Result {
        let analysis = Analysis(articles: march, claimExtractor: ClaimExtractor(vocabulary: vocabulary))
        return ConflictFinder(vocabulary: vocabulary).find(analysis.claims)
    }

    @Test func aWordOfTheUsersMakesTwoReportsComparable() throws {
        #expect(conflicts(.standard).conflicts.isEmpty)
        let user = try parse(#"{"nouns": {"Strollers": "protesters"}}"#)
        let result = conflicts(try MeasureVocabulary(merging: user))
        let conflict = try #require(result.conflicts.first)
        #expect(result.conflicts.count == 1)
        #expect(conflict.measure == "people took part on 9 Jun")
        #expect(conflict.claims.map(\.figure.text).sorted() == ["12,000", "3,000"])
    }

    @Test func wordsOfAnotherLanguageGiveTheEventAndTheSource() throws {
        let article = Article(id: "t", path: "t.txt", text: "Le maire estime 4,000 morts.", metadata: ArticleMetadata(date: "2025-06-10"))
        func claim(_ v: MeasureVocabulary) -> Claim? { Analysis(articles: [article], claimExtractor: ClaimExtractor(vocabulary: v)).claims.first }
        #expect(claim(.standard)?.measure == "morts")
        #expect(claim(.standard)?.source == nil)
        let french = try MeasureVocabulary(merging: try parse(#"{"events": {"morts": "killed"}, "attributionVerbs": ["estime"]}"#))
        #expect(claim(french)?.measure == "people killed")
        #expect(claim(french)?.source == "Le maire")
    }

    @Test func tablesGainReplaceAndLoseWordsListsGainWordsNumbersAreReplaced() throws {
        let user = try parse(#"""
        {
          "_comment": "keys starting with _ are comments",
          "nouns": {"marchers": "walkers", "troops": null, "strollers": "protesters"},
          "events": {"morts": "killed"},
          "attributionVerbs": ["Tweeted", "said"],
          "tolerance": 0.2
        }
        """#)
        let v = try MeasureVocabulary(merging: user)
        #expect(v.nouns["marchers"] == "walkers")
        #expect(v.nouns["strollers"] == "protesters")
        #expect(v.nouns["troops"] == nil)
        #expect(v.nouns["soldiers"] == "troops")
        #expect(v.events["morts"] == "killed")
        #expect(v.attributionVerbs.contains("tweeted") && v.attributionVerbs.contains("said"))
        #expect(v.file.attributionVerbs.filter { $0 == "said" }.count == 1)
        #expect(v.roles("tweeted").contains(.attributionVerb))
        #expect(v.tolerance == 0.2)
        // The built-in vocabulary is a value: untouched.
        #expect(MeasureVocabulary.standard.nouns["marchers"] == "protesters")
    }

    @Test func aLaterFileWinsOverAnEarlierOne() throws {
        let config = try parse(#"{"nouns": {"strollers": "walkers", "hikers": "walkers"}, "attributionVerbs": ["tweeted"]}"#)
        let folder = try parse(#"{"nouns": {"strollers": "protesters"}, "attributionVerbs": ["posted"]}"#)
        let v = try MeasureVocabulary(merging: config.merging(folder))
        #expect(v.nouns["strollers"] == "protesters")
        #expect(v.nouns["hikers"] == "walkers")
        #expect(v.attributionVerbs.isSuperset(of: ["tweeted", "posted"]))
    }

    @Test func malformedJSONIsNamedWithItsLineAndColumn() {
        // The comma after the first entry is missing: the parser stops at the next key.
        let text = "{\n  \"nouns\": {\n    \"strollers\": \"protesters\"\n    \"walkers\": \"protesters\"\n  }\n}\n"
        #expect(message(text) == "my-vocabulary.json:4:5: not valid JSON (Invalid value)")
        #expect(message("{\"nouns\": {\"x\": \"y\"}\n")?.hasPrefix("my-vocabulary.json:2:1: not valid JSON") == true)
        #expect(message("[\"nouns\"]") == #"my-vocabulary.json:1:1: a vocabulary is one JSON object, such as {"nouns": {"marchers": "protesters"}}"#)
    }

    @Test func anUnknownKeyIsNamedWithItsLineAndTheKeyMeant() {
        let text = "{\n  \"nouns\": {\"a\": \"b\"},\n  \"nounz\": {\"strollers\": \"protesters\"}\n}"
        #expect(message(text)?.hasPrefix("my-vocabulary.json:3:3: unknown key 'nounz' (did you mean 'nouns'?") == true)
        #expect(message(#"{"synonyms": {}}"#)?.contains("unknown key 'synonyms'") == true)
    }

    @Test func aValueOfTheWrongShapeIsNamedWithItsKey() {
        #expect(message("{\n  \"nouns\": {\"strollers\": 3}\n}") == "my-vocabulary.json:2:13: 'nouns' → 'strollers' must be a word or phrase (a string), or null to remove it")
        #expect(message(#"{"attributionVerbs": "tweeted"}"#) == #"my-vocabulary.json:1:2: 'attributionVerbs' must be a list of words, such as ["word"]"#)
        #expect(message(#"{"tolerance": "high"}"#) == "my-vocabulary.json:1:2: 'tolerance' must be a number")
        #expect(message("{\"nouns\": {\"a\": \"b\"},\n \"nouns\": {\"c\": \"d\"}}")?.hasPrefix("my-vocabulary.json:2:1: 'nouns' is given twice (lines 1 and 2)") == true)
    }

    @Test func anEmptyFileIsAnEmptyVocabulary() throws {
        #expect(try parse(" \n").isEmpty)
        #expect(try parse("{}").isEmpty)
    }

    @Test func filesAreLookedUpInTheConfigFolderThenTheArticlesFolderThenTheOneNamed() {
        let found = VocabularyLocation.candidates(explicit: "mine.json", paths: ["news/a.txt"], environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/u"],
                                                  isFolder: { _ in false })
        #expect(found.map(\.path) == ["/cfg/nkreader/nkreader-vocabulary.json", "news/nkreader-vocabulary.json", "mine.json"])
        #expect(found.map(\.required) == [false, false, true])
        let home = VocabularyLocation.candidates(explicit: nil, paths: [], environment: ["HOME": "/home/u"], isFolder: { _ in true })
        #expect(home.map(\.path) == ["/home/u/.config/nkreader/nkreader-vocabulary.json"])
        #expect(ReviewLocation.isOwnFile(VocabularyLocation.fileName))
    }
}
