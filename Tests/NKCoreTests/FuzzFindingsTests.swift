import Foundation
import Testing
@testable import NKCore

/// What `make fuzz` found, kept as tests, and the committed fuzz corpus (seeds and every finding's
/// input, Fuzz/corpus/) replayed through the same checks the fuzz targets make.
struct FuzzFindingsTests {
    /// FuzzFigures: a scale word after a huge numeral overflowed to a count of ∞.
    @Test(arguments: ["1e308 mn", "1e308 million troops", "9e307 thousand", "1e300 billion billion",
                      "$1e308bn", "1e308 mn to 2e308 mn", "between 1e308 mn and 5", "1e308 mn percent",
                      "percent of 1e308 mn", "£1e306 trillion"])
    func overflowingScalesAreNoCount(text: String) throws {
        try assertWellFormed(text)   // every value, low and high finite
    }

    @Test func anOverflowingCountIsRecognisedButNoQuantity() throws {
        let f = try #require(only("1e308 mn"))
        #expect(f.text == "1e308 mn" && !f.kind.isQuantity)
    }

    @Test func aFiniteHugeCountIsStillACount() throws {
        let f = try #require(only("1e300 troops"))
        #expect(f.kind.isQuantity && abs((f.value ?? 0) / 1e300 - 1) < 1e-9)
    }

    @Test func figuresCorpusStaysWellFormed() throws {
        for (_, bytes) in try corpus("figures") {
            let text = TextDecoding.decode(bytes).text
            try assertWellFormed(text)
        }
    }

    @Test func pipelineCorpusRunsToTheReports() throws {
        for (name, bytes) in try corpus("pipeline") {
            let parts = bytes.split(separator: 0x1E, maxSplits: 3, omittingEmptySubsequences: false)
            let articles = parts.enumerated().map { i, part in
                let text = TextDecoding.decode(Array(part)).text
                var a = Article(id: "a\(i)", path: "a\(i).txt", text: text)
                a.metadata = MetadataInference.infer(from: text, fileName: a.id)
                if let (front, _) = MetadataFiles.frontMatter(text) { a.metadata = a.metadata.overridden(by: front) }
                return a
            }
            let analysis = Analysis(articles: articles)
            let result = ConflictFinder().find(analysis.claims)
            for json in [ClaimsReport.json(analysis.claims), ConflictsReport.json(result)] {
                #expect(throws: Never.self, "\(name)") { try JSONSerialization.jsonObject(with: Data(json.utf8)) }
            }
        }
    }

    func corpus(_ target: String) throws -> [(String, [UInt8])] {
        let folder = repositoryRoot.appendingPathComponent("Fuzz/corpus/\(target)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(!names.isEmpty)
        return try names.map { ($0, Array(try Data(contentsOf: folder.appendingPathComponent($0)))) }
    }
}
