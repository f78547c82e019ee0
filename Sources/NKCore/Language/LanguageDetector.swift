/// Tells the language of a text from a sample of its beginning: a script that marks a language
/// (Hangul for Korean, kana for Japanese, Han for Chinese, Cyrillic for Russian), else which
/// language's function words ("le", "der", "el", "il", "o") are most of those the text uses.
/// When the evidence is thin the text is taken for English, so short texts read as they always did.
public struct LanguageDetector: Sendable {
    let packs: LanguagePacks
    /// Scalars of the text looked at: enough words to be sure, a bounded cost on any text.
    static let sampleScalars = 32 << 10
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x100_0000_01b3
    /// Fewer function-word hits than this is no evidence of a language.
    static let minimumHits = 6

    public init(packs: LanguagePacks = .standard) { self.packs = packs }

    public func detect(_ text: String) -> String {
        var scripts: [Script: Int] = [:]
        var letters = 0
        var counts = [Int](repeating: 0, count: packs.detectedCodes.count)
        let index = packs.functionWords
        let wordLanguages = packs.functionWordLanguages
        // Each word is hashed as it is read (ASCII lower-cased, as the lexicon's keys are): no
        // string is made for a word, so the sample costs a few instructions a byte.
        var hash: UInt64 = Self.fnvOffset
        var length = 0
        func endWord() {
            if length > 0 && length <= 24, let slot = index.value(hash) {
                for n in wordLanguages[Int(slot)] { counts[n] += 1 }
            }
            hash = Self.fnvOffset
            length = 0
        }
        // The text's own UTF-8 bytes, not its scalars one by one: ASCII, most of any text, costs a
        // compare and a multiply; another scalar is decoded from its bytes, which are also its hash input.
        var contiguous = text
        contiguous.withUTF8 { p in
            var seen = 0
            var i = 0
            while i < p.count {
                seen += 1
                if seen > Self.sampleScalars { break }
                let b = p[i]
                if b < 0x80 {
                    let lower = b | 0x20
                    if lower >= 0x61 && lower <= 0x7A {
                        letters += 1
                        hash = (hash ^ UInt64(lower)) &* Self.fnvPrime
                        length += 1
                    } else {
                        endWord()   // "l'armée", "d’euros": the article is a word of its own
                    }
                    i += 1
                    continue
                }
                // A String's bytes are valid UTF-8: the lead byte gives the length.
                let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                var value = UInt32(b) & (b >= 0xF0 ? 0x07 : b >= 0xE0 ? 0x0F : 0x1F)
                for k in 1..<width { value = value << 6 | UInt32(p[i + k] & 0x3F) }
                let s = Unicode.Scalar(value) ?? "\u{FFFD}"
                if s.properties.isAlphabetic {
                    letters += 1
                    if let script = Script.of(s) { scripts[script, default: 0] += 1 }
                    for k in i..<(i + width) { hash = (hash ^ UInt64(p[k])) &* Self.fnvPrime }
                    length += 1
                } else {
                    endWord()
                }
                i += width
            }
        }
        endWord()
        if letters > 0 {
            func share(_ s: Script) -> Double { Double(scripts[s, default: 0]) / Double(letters) }
            if share(.hangul) > 0.3 { return code(for: .hangul) ?? "ko" }
            if share(.kana) > 0.1 { return code(for: .kana) ?? "ja" }
            if share(.han) > 0.3 { return code(for: .han) ?? "zh" }
            if share(.cyrillic) > 0.5 { return code(for: .cyrillic) ?? "ru" }
        }
        var hits: [String: Int] = [:]
        for (n, c) in counts.enumerated() where c > 0 { hits[packs.detectedCodes[n]] = c }
        let total = counts.reduce(0, +)
        guard let best = hits.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              best.value >= Self.minimumHits else { return "en" }
        // The winner must outweigh English clearly: quotes and names in an English text are not enough.
        let english = hits["en", default: 0]
        if best.key != "en" && (best.value < 2 * english || Double(best.value) < 0.4 * Double(total)) { return "en" }
        return best.key
    }

    private func code(for script: Script) -> String? {
        packs.packs.values.first { $0.script == script }?.code
    }
}
