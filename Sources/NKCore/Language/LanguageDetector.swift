/// Tells the language of a text from a sample of its beginning: a script that marks a language
/// (Hangul for Korean, kana for Japanese, Han for Chinese, Cyrillic for Russian), else which
/// language's function words ("le", "der", "el", "il", "o") are most of those the text uses.
/// When the evidence is thin the text is taken for English, so short texts read as they always did.
public struct LanguageDetector: Sendable {
    let packs: LanguagePacks
    /// Scalars of the text looked at: enough words to be sure, a bounded cost on any text.
    static let sampleScalars = 64 << 10
    /// Fewer function-word hits than this is no evidence of a language.
    static let minimumHits = 12

    public init(packs: LanguagePacks = .standard) { self.packs = packs }

    public func detect(_ text: String) -> String {
        var scripts: [Script: Int] = [:]
        var letters = 0
        var hits: [String: Int] = [:]
        var word = String.UnicodeScalarView()
        let byWord = packs.functionWordIndex
        func endWord() {
            guard !word.isEmpty else { return }
            if word.count <= 12, let codes = byWord[String(word).lowercased()] {
                for c in codes { hits[c, default: 0] += 1 }
            }
            word.removeAll(keepingCapacity: true)
        }
        var seen = 0
        for s in text.unicodeScalars {
            seen += 1
            if seen > Self.sampleScalars { break }
            if s.properties.isAlphabetic {
                letters += 1
                if s.value >= 0x0400, let script = Script.of(s) { scripts[script, default: 0] += 1 }
                word.append(s)
            } else if s == "'" || s == "\u{2019}" {
                endWord()   // "l'armée", "d’euros": the article is a word of its own
            } else {
                endWord()
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
        let total = hits.values.reduce(0, +)
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
