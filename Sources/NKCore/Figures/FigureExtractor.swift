/// The public face of figure recognition: text in, figures with scalar offsets out.
public struct FigureExtractor: Sendable {
    public let lexicon: Lexicon
    /// Lexicons of other languages by code, built ahead for the articles at hand (`reading(_:)`).
    public var languageLexicons: [String: Lexicon] = [:]

    public init(lexicon: Lexicon = .standard) {
        self.lexicon = lexicon
    }

    /// This extractor with the lexicons of `languages` built once, for a batch of articles.
    public func reading<S: Sequence>(_ languages: S, packs: LanguagePacks = .standard) -> FigureExtractor where S.Element == String? {
        var e = self
        e.languageLexicons.merge(packs.lexicons(for: languages)) { old, _ in old }
        return e
    }

    public func figures(in text: String) -> [Figure] {
        figures(in: text, lexicon: lexicon)
    }

    /// The figures of a text in `language`: its separators ("1,8", "1.200"), scale words
    /// ("milliard", "Millionen", "억") and currency names. English, nil, and languages without
    /// a pack are read with this extractor's own lexicon.
    public func figures(in text: String, language: String?, packs: LanguagePacks = .standard) -> [Figure] {
        guard let language, !LanguageCode.isEnglish(language) else { return figures(in: text, lexicon: lexicon) }
        return figures(in: text, lexicon: languageLexicons[language] ?? packs.lexicon(for: language) ?? lexicon)
    }

    private func figures(in text: String, lexicon: Lexicon) -> [Figure] {
        let bytes = TextBytes(text)
        let found = FigureScanner(t: bytes, lex: lexicon).scan()
        return Self.figures(found, in: bytes)
    }

    /// Converts byte spans to scalar spans in one pass over the text.
    static func figures(_ found: [FigureScanner.Found], in t: TextBytes) -> [Figure] {
        var result: [Figure] = []
        result.reserveCapacity(found.count)
        var byte = 0
        var scalar = 0
        func advance(to target: Int) -> Int {
            while byte < target {
                if t.bytes[byte] & 0xC0 != 0x80 { scalar += 1 }
                byte += 1
            }
            return scalar
        }
        for f in found {
            let start = min(max(f.start, byte), t.count)
            let s = advance(to: start)
            let e = advance(to: min(max(f.end, start), t.count))
            result.append(Figure(kind: f.kind, start: s, end: e, utf8Start: start, utf8End: min(max(f.end, start), t.count),
                                 text: t.string(start, f.end), value: f.value, low: f.low, high: f.high,
                                 approx: f.approx, qualifier: f.qualifier, currency: f.currency, unit: f.unit))
            result[result.count - 1].isVague = f.vague
        }
        return result
    }
}
