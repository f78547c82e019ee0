import Foundation
import Testing
@testable import NKCore

/// A small deterministic generator so failures reproduce.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Checks what must hold for any input: spans inside the text, in order, not overlapping,
/// finite numbers, and JSON that parses.
func assertWellFormed(_ text: String) throws {
    let figs = figures(text)
    let count = text.unicodeScalars.count
    var last = 0
    for f in figs {
        #expect(f.start >= last && f.start <= f.end && f.end <= count)
        last = f.end
        for v in [f.value, f.low, f.high].compactMap({ $0 }) { #expect(v.isFinite) }
        if let l = f.low, let h = f.high { #expect(l <= h) }
    }
    let article = Article(id: "x", path: "x", text: text)
    let json = FiguresReport.json([article], figures: [figs])
    #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(json.utf8)) }
}

struct RobustnessTests {
    @Test(arguments: [
        "99999999999999999999999999", "1e400", "-1e400 troops", "--", ",,,", "\u{FFFD}\u{FFFD}12\u{FFFD}",
        "\0\0 12,000 \0", "$$$$", "- - - 5 - - -", "between between 5 and and 6", "more than more than 3",
        "a a a a a a dozen", "1,", "1.", ".", "1e", "1e+", "5^", "1.1^99999", "1.3x10^-99999", "one point",
        "half half half", "12/0", "0/0", "1/", "₩", "US$", "$-5", "2025년", "년 월 일", "9:", ":00",
        "tens of", "hundreds of hundreds of thousands", String(repeating: "one ", count: 500),
        String(repeating: "1,", count: 5000), String(repeating: "-", count: 10000) + "5",
        String(repeating: "and ", count: 1000) + "three", "\u{202E}300\u{202C} troops", "12\u{0301}000",
    ])
    func adversarialInput(text: String) throws {
        try assertWellFormed(text)
    }

    @Test func hugeNumbersStayFinite() throws {
        let f = try #require(figures("99999999999999999999999999 soldiers").first)
        #expect(f.value == 1e26)
        #expect(figures("1e400").allSatisfy { !$0.kind.isQuantity })
    }

    /// Found by a tester: a 24-byte file took down every command in the date reader.
    @Test(arguments: ["9999999999999999999년", "9999999999999999999월", "9999999999999999999일",
                      "99999999999999999999999999 February 2025", "2025년 99999999999999999999월"])
    func overlongDigitsInDatesDoNotOverflow(text: String) throws {
        let parts = DateNormalizer.parts(of: text)
        #expect(DateNormalizer.iso(year: parts.year, month: parts.month, day: parts.day).map { $0.count <= 10 } ?? true)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nk-date-\(getpid())-\(abs(text.hashValue))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data((text + "\n").utf8).write(to: folder.appendingPathComponent("y.txt"))
        let (articles, _) = try CorpusLoader().load([folder.path])
        #expect(articles.count == 1)
    }

    @Test func anOrdinalTooLargeToHoldIsNoOrdinal() throws {
        let f = try #require(figures("The 1x10^400th soldier.").first)
        #expect(f.kind == .other)
        #expect(f.value == nil)
        #expect(figures("the 10^999th").allSatisfy { $0.value?.isFinite ?? true })
    }

    /// A page saved on one line, or a sentence that never ends: every claim's sentence is read
    /// in bounded blocks, so its cost and its copy stay small.
    @Test func anEndlessSentenceIsReadInBlocks() throws {
        let clause = "About 11,300 people had been killed in Derna, with 170 more dead elsewhere; "
        let text = "Title\n\n" + String(repeating: clause, count: 800)
        let c = claims([article("a", text)])
        #expect(c.count == 1600)
        #expect(c.allSatisfy { $0.sentence.unicodeScalars.count <= 2048 })
        #expect(c.filter { $0.measure == "people killed in Derna" }.count > 500)
    }

    @Test func megabyteOfDigits() throws {
        let text = String(repeating: "7", count: 1 << 20)
        let figs = figures(text)
        #expect(figs.count == 1)
        #expect(figs.first?.kind == .other)
    }

    @Test func randomBytes() throws {
        var rng = SplitMix64(state: 42)
        for _ in 0..<300 {
            let n = Int.random(in: 0..<400, using: &rng)
            let bytes = (0..<n).map { _ in UInt8.random(in: 0...255, using: &rng) }
            try assertWellFormed(TextDecoding.decode(bytes).text)
        }
    }

    @Test func randomNumberSoup() throws {
        // Tokens the grammar cares about, shuffled: the worst case for a rule-based parser.
        let pieces = ["one", "two", "hundred", "thousand", "million", "and", "a", "half", "thirds", "-", "–", "to",
                      "between", "$", "%", "percent", "about", "more than", "up to", "1,000", "25", "3.5", "k",
                      "KRW", "won", "or more", "in", "out of", "over", "point", "first", "11th", "2025", "Feb", ",", ".", "\n"]
        var rng = SplitMix64(state: 7)
        for _ in 0..<300 {
            let n = Int.random(in: 1..<40, using: &rng)
            let text = (0..<n).map { _ in pieces.randomElement(using: &rng)! }.joined(separator: Bool.random(using: &rng) ? " " : "")
            try assertWellFormed(text)
        }
    }
}

struct SanitizerTests {
    @Test(arguments: ["\u{1B}[31mred", "bell\u{07}", "a\u{202E}b", "x\u{2066}y", "\u{9B}31m", "tab\there", "new\nline", "\u{200F}"])
    func unsafeScalarsBecomePlaceholders(text: String) {
        let out = Sanitizer.oneLine(text)
        #expect(!out.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) || $0.value == 0x200F })
    }

    @Test func plainTextIsUnchanged() {
        let text = "North Korea’s “troops” — 한국어 — 12,000"
        #expect(Sanitizer.oneLine(text) == text)
    }
}

struct EscapeSequenceTests {
    @Test func escapeSequencesCarryNoFigures() {
        let text = "\u{1B}[31mThe ministry\u{1B}[0m said 8,000 troops\u{1B}]0;title\u{07} left."
        #expect(quantities(text).map(\.text) == ["8,000"])
        let c = claims([article("a", text)])
        #expect(c.first?.source == "ministry")
    }
}

struct JSONWriterTests {
    @Test(arguments: ["plain", "quote \" and \\ backslash", "line\nbreak\ttab\r", "\u{01}\u{1F}\u{7F}", "a\u{2028}b\u{2029}c",
                      "North Korea’s “troops”", "한국어", "\u{FFFD}", ""])
    func stringsRoundTrip(text: String) throws {
        let json = "[" + JSONWriter.quote(text) + "]"
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
        #expect(parsed == [text])
        #expect(!json.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x2028 || $0.value == 0x2029 })
    }

    @Test func numbers() {
        #expect(JSONWriter.format(11000) == "11000")
        #expect(JSONWriter.format(0.5) == "0.5")
        #expect(JSONWriter.format(.infinity) == "null")
        #expect(JSONWriter.format(.nan) == "null")
        #expect(JSONWriter.format(1e26) == "1e+26")
    }
}
