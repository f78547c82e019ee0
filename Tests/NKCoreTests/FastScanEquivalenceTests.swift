import Foundation
import Testing
@testable import NKCore

/// The byte-level fast paths give the answers of the plain definitions they replace, on random
/// bytes that mix ASCII, capitals, multi-byte scalars and broken sequences.
struct FastScanEquivalenceTests {
    /// Deterministic bytes: words, capitals, controls, valid scalars of every width, and bytes
    /// that break UTF-8 (lone continuations, overlong forms, surrogates, past U+10FFFF).
    static func randomBytes(_ seed: inout UInt64, count: Int) -> [UInt8] {
        let pieces: [[UInt8]] = [
            Array("views ".utf8), Array("Shares".utf8), Array("COMMENTS".utf8), Array("like".utf8), Array(" 7 ".utf8),
            Array("é".utf8), Array("—".utf8), Array("\u{212A}".utf8), Array("😀".utf8), Array("한".utf8),
            [0x01], [0x1B], [0x09], [0x0A], [0x80], [0xBF], [0xC0, 0x80], [0xC2], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
            [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xFF], [0xE2, 0x82], [0xF0, 0x9F, 0x98],
        ]
        var out: [UInt8] = []
        while out.count < count {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            out += pieces[Int(seed >> 33) % pieces.count]
        }
        return out
    }

    @Test func controlCountOfValidUTF8MatchesTheDecoder() {
        var seed: UInt64 = 1
        for n in 0..<3000 {
            let bytes = FastScanEquivalenceTests.randomBytes(&seed, count: n % 40)
            let fast = BinaryCheck.controlBytesIfValidUTF8(bytes)
            #expect((fast != nil) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
            if let fast { #expect(fast == BinaryCheck.suspiciousScalars(bytes), "\(bytes)") }
        }
    }

    @Test func binaryVerdictsAreUnchangedOnTextAndOnNoise() {
        let prose = Array(String(repeating: "Officials said 3,000 troops — “about 12%” — were deployed.\n", count: 50).utf8)
        #expect(!BinaryCheck.isBinary(prose))
        let controls = [UInt8](repeating: 0x01, count: 100) + Array("text".utf8)
        #expect(BinaryCheck.isBinary(controls))
        let latin1 = Array("caf".utf8) + [0xE9] + Array(" au lait, 3 euros\n".utf8)
        #expect(!BinaryCheck.isBinary(latin1))
        #expect(BinaryCheck.isBinary([UInt8](repeating: 0xFF, count: 100)))
    }

    @Test func needlesTogetherFindWhatEachFindsAlone() {
        let words = ["comments", "views", "likes", "shares", "\u{212A}", "x"]
        let needles = ASCIIFoldedNeedles(words)
        var seed: UInt64 = 7
        var found = 0
        for n in 0..<3000 {
            let bytes = FastScanEquivalenceTests.randomBytes(&seed, count: n % 30)
            let alone = bytes.withUnsafeBufferPointer { h in words.contains { ASCIIFoldedSearch.contains(h, $0) } }
            let together = bytes.withUnsafeBufferPointer { needles.found(in: $0) }
            #expect(alone == together, "\(bytes)")
            if together { found += 1 }
        }
        // Both answers occur: the comparison is not of two constant answers.
        #expect(found > 100 && found < 2900)
        #expect(Array("no counter here".utf8).withUnsafeBufferPointer { ASCIIFoldedNeedles(["views"]).found(in: $0) } == false)
        #expect(Array("7 VIEWS".utf8).withUnsafeBufferPointer { ASCIIFoldedNeedles(["views"]).found(in: $0) })
        #expect(Array("".utf8).withUnsafeBufferPointer { ASCIIFoldedNeedles([""]).found(in: $0) })
    }

    @Test func capitalsFoldOnlyToTheirOwnLetters() {
        // "@" (0x40) and "`" (0x60) differ by the case bit too, but neither is a letter.
        #expect(Array("@iews".utf8).withUnsafeBufferPointer { ASCIIFoldedSearch.contains($0, "`iews") } == false)
        #expect(Array("@IEWS".utf8).withUnsafeBufferPointer { ASCIIFoldedSearch.contains($0, "views") } == false)
        #expect(Array("ViEwS".utf8).withUnsafeBufferPointer { ASCIIFoldedSearch.contains($0, "views") })
    }

    @Test func tokensReadTheSameWordsDigitsAndSymbols() {
        let t = TextBytes("  Kőbánya’s 12,5\u{00A0}mln\n— naïve Ünited")
        var tokens: [(Token.Kind, String, Bool, Bool)] = []
        var pos = 0
        while true {
            let tok = t.token(from: pos)
            if tok.isEnd { break }
            tokens.append((tok.kind, t.string(tok.start, tok.end), tok.spaced, tok.brokenLine))
            pos = tok.end
        }
        #expect(tokens.map(\.1) == ["Kőbánya", "’", "s", "12", ",", "5", "mln", "—", "naïve", "Ünited"])
        #expect(tokens.map(\.0) == [.word, .symbol, .word, .digits, .symbol, .digits, .word, .symbol, .word, .word])
        #expect(tokens.map(\.2) == [true, false, false, true, false, false, true, true, true, true])
        #expect(tokens.map(\.3) == [false, false, false, false, false, false, false, true, false, false])
        // Keys are the hash of the lower-cased word, whichever way the word is reached.
        let word = t.token(from: 0)
        #expect(word.key == t.token(before: word.end).key)
        #expect(TextBytes("kőbánya").token(from: 0).key == word.key)
    }

    @Test func languageIsToldFromScriptsAndFunctionWordsAsBefore() {
        let detector = LanguageDetector()
        #expect(detector.detect("Officials said that the troops were in the region and that the talks had ended.") == "en")
        #expect(detector.detect("Le gouvernement a dit que les troupes de la région sont dans le pays et que les pourparlers sont finis.") == "fr")
        #expect(detector.detect("서울에서 정부는 군대가 배치되었다고 밝혔다. 한국 정부 관계자는 말했다.") == "ko")
        #expect(detector.detect("Правительство заявило, что войска были развернуты в регионе.") == "ru")
        #expect(detector.detect("") == "en")
    }
}
