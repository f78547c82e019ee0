import Foundation
import Testing
@testable import NKCore

/// The input shapes of issue 10 that once cost quadratic time or unbounded memory, at modest
/// sizes: what is asserted is behaviour (figures still found, output bounded), never time.
struct HostileShapeTests {
    private func claims(_ text: String) -> [Claim] {
        Analysis(articles: [Article(id: "a", path: "a", text: text)]).claims
    }

    @Test func longRunOfDigitPairsIsNoIndianNumeral() {
        let run = "12" + String(repeating: ",34", count: 5_000)
        let figs = figures(run)
        // Read piece by piece, never as one numeral, and every piece stays inside the text.
        #expect(!figs.isEmpty && figs.count <= 5_001)
        #expect(figs.allSatisfy { $0.end - $0.start <= 32 })
        // Indian grouping of ordinary length is still read.
        #expect(only("1,23,45,678 people")?.value == 12_345_678)
    }

    @Test func repeatedHedgesWithNoFullStopStillMakeClaims() {
        let text = String(repeating: "about about 5 troops ", count: 1_000)
        let found = claims(text)
        #expect(found.count == 1_000)
        #expect(found.allSatisfy { $0.figure.low == 5 && $0.figure.high == 5 && $0.figure.approx })
        // Each claim's sentence is a bounded block of the text, not the whole run.
        #expect(found.allSatisfy { $0.sentence.unicodeScalars.count <= SentenceIndex.longestSentence })
        let result = ConflictFinder().find(found)
        #expect(result.conflicts.isEmpty)
    }

    @Test func endlessRangeReadsItsFirstPair() {
        var text = "between 1"
        for k in 2...3_000 { text += " and \(k)" }
        let figs = figures(text)
        #expect(figs.first.map(summary) == "between 1 and 2|number|1|2")
        _ = ConflictFinder().find(claims(text))
    }

    @Test func randomDigitsAndCommasKeepOutputBounded() {
        var random = SplitMix64(state: 10)
        let text = String((0..<50_000).map { _ in Int.random(in: 0...10, using: &random) == 10 ? "," : Character(String(Int.random(in: 0...9, using: &random))) })
        let figs = figures(text)
        #expect(figs.count < text.utf8.count / 2)
        let found = claims(text)
        #expect(found.count <= figs.count)
        let result = ConflictFinder().find(found)
        #expect(result.conflicts.reduce(0) { $0 + $1.claims.count } <= found.count)
    }

    @Test func figureAtTheEndOfAVeryLongLineIsFoundAndClaimed() {
        let filler = String(repeating: "The river rose slowly past the old stone bridge, ", count: 5_000)
        let text = filler + "and officials said 3,166 people were killed in Derna."
        let found = claims(text)
        #expect(found.contains { $0.figure.value == 3_166 && $0.measure.contains("killed") })
        #expect(found.allSatisfy { $0.sentence.unicodeScalars.count <= SentenceIndex.longestSentence })
    }

    @Test func scalarTextReadsEveryScalarAndLine() {
        for text in ["", "a\nb\r\nc", "Kim’s 3,000 troops\n“quoted” 한국어 👍🏽 text", String(repeating: "한국어 ", count: 50) + "\nx"] {
            let scalars = ScalarText(text)
            let expected = Array(text.unicodeScalars)
            #expect(scalars.count == expected.count)
            #expect((0..<expected.count).allSatisfy { scalars[$0] == expected[$0] })
            #expect(scalars.lineBreaks == expected.indices.filter { expected[$0] == "\n" || expected[$0] == "\r" })
        }
    }
}
