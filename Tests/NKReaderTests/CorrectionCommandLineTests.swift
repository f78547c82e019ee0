import Foundation
import NKCore
import Testing

/// The vocabulary file and the review file's corrections, through the real binary.
struct CorrectionCommandLineTests {
    /// Two made-up reports of one march; "strollers" is no word nkreader knows.
    func marchFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nkreader-vocab-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "City march\nDaily Bugle, 2025-06-10\n\nPolice said 3,000 strollers took part in the June 9 march through the city.\n"
            .write(toFile: folder + "/police.txt", atomically: true, encoding: .utf8)
        try "Organisers count\nEvening Post, 2025-06-10\n\nOrganisers said 12,000 protesters took part in the June 9 march through the city.\n"
            .write(toFile: folder + "/organisers.txt", atomically: true, encoding: .utf8)
        return folder
    }

    @Test(.enabled(if: endToEndRequired || readerBinary != nil, "needs a built nkreader"))
    func theFoldersVocabularyFileMakesTheReportsComparable() throws {
        let binary = try #require(readerBinary)
        let folder = try marchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let env = ["HOME": folder, "XDG_CONFIG_HOME": folder + "/config", "XDG_DATA_HOME": folder + "/data"]
        let before = try runBinary(binary, ["conflicts", "--csv", folder], environment: env)
        #expect(before.status == 0 && !before.out.contains("12,000"))
        try #"{"nouns": {"strollers": "protesters"}}"#.write(toFile: folder + "/nkreader-vocabulary.json", atomically: true, encoding: .utf8)
        let after = try runBinary(binary, ["conflicts", "--csv", folder], environment: env)
        #expect(after.status == 0)
        #expect(after.out.contains("people took part on 9 Jun"))
        #expect(after.out.contains("3,000") && after.out.contains("12,000"))
        // The vocabulary file is not taken for an article.
        #expect(!after.err.contains("skipped"))
    }

    @Test(.enabled(if: endToEndRequired || readerBinary != nil, "needs a built nkreader"))
    func aMalformedVocabularyFileIsOneLineWithItsLineAndExitStatus2() throws {
        let binary = try #require(readerBinary)
        let folder = try marchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let words = folder + "/words.json"
        try "{\n  \"nouns\": {\n    \"strollers\": \"protesters\"\n    \"walkers\": \"protesters\"\n  }\n}\n".write(toFile: words, atomically: true, encoding: .utf8)
        for command in [["claims"], ["conflicts"], ["report"], ["timeline", "people"], ["figures"], []] {
            let run = try runBinary(binary, command + ["--vocabulary", words, folder])
            #expect(run.status == 2)
            #expect(run.err == "nkreader: \(words):4:5: not valid JSON (Invalid value)\n")
        }
        try #"{"nounz": {}}"#.write(toFile: words, atomically: true, encoding: .utf8)
        let typo = try runBinary(binary, ["claims", "--vocabulary", words, folder])
        #expect(typo.status == 2 && typo.err.contains("unknown key 'nounz' (did you mean 'nouns'?"))
    }

    @Test(.enabled(if: endToEndRequired || readerBinary != nil, "needs a built nkreader"))
    func claimsAndConflictsApplyTheReviewFilesCorrections() throws {
        let binary = try #require(readerBinary)
        let folder = try marchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let articles = try CorpusLoader().load([folder]).articles
        let claims = Analysis(articles: articles).claims
        let strollers = try #require(claims.first { $0.figure.text == "3,000" })
        let protesters = try #require(claims.first { $0.figure.text == "12,000" })
        var gone = Correction.notAClaim(strollers, title: nil, at: Date())
        gone.claim?.figure = "4,444"
        gone.id = "gone"
        try ReviewFileStore(path: folder + "/nkreader-review.json").save([], corrections: [
            CorrectionChange(id: "m", correction: .reassign(strollers, title: nil, to: protesters.measure, at: Date()), base: nil),
            CorrectionChange(id: "s", correction: .source(protesters, title: nil, "March organisers", at: Date()), base: nil),
            CorrectionChange(id: "gone", correction: gone, base: nil),
        ].map { CorrectionChange(id: $0.correction!.id, correction: $0.correction, base: nil) })
        let listed = try runBinary(binary, ["claims", folder])
        #expect(listed.out.contains("3,000  →  \(protesters.measure): 3,000"))
        #expect(listed.out.contains("— March organisers"))
        #expect(listed.err.contains("1 correction in \(folder)/nkreader-review.json matches no claim in these articles (kept in the file): 4,444: not a claim"))
        let conflicts = try runBinary(binary, ["conflicts", "--csv", folder])
        #expect(conflicts.out.contains("3,000") && conflicts.out.contains("12,000"))
        let file = try ReviewFileStore(path: folder + "/nkreader-review.json").load()
        #expect(file.corrections.count == 3)
    }
}
