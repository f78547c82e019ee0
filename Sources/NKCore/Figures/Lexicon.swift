import Foundation

/// What the lexicon knows about one word.
struct WordInfo: Sendable {
    var unit: Int?
    var ten: Int?
    var isHundred = false
    /// "trescientos" 300, "zweihundert" 200: a number of hundreds written as one word.
    var hundredValue: Int?
    /// A scale word that means one of it with no number before it: "mil", "mille", "тысяча".
    var countsAlone = false
    var scale: Int?
    var isDozen = false
    var ordinal: Double?
    /// "thirds", "fifths", "quarters": the denominator a plural ordinal stands for.
    var denominator: Double?
    /// "half", "quarter": a fraction word that stands alone.
    var fraction: Double?
    var vague: ClosedRange<Double>?
    var isNegative = false
    var month: Int?
    var currency: String?

    var isCardinalWord: Bool { unit != nil || ten != nil || isHundred || hundredValue != nil || scale != nil }
}

/// A multi-token phrase from the lexicon, as token keys.
struct Phrase: Sendable {
    let keys: [UInt64]
    let text: String
    let value: String
}

/// The extractor's vocabulary, read from `Resources/lexicon.json` (embedded in the binary).
public struct Lexicon: Sendable {
    var words: [UInt64: WordInfo] = [:]
    /// The same words for the hot path: key -> index into `wordInfos`.
    private var wordIndex = KeyIndex([:])
    private var wordInfos: [WordInfo] = []
    /// First tokens of phrases that can start a figure on their own ("percent of", "several hundred").
    var phraseStarts = KeyIndex([:])
    /// Every word that can start a figure: the one check most words of a text get.
    var figureStarts = KeyIndex([:])
    let grammar = GrammarKeys()
    var percentWords = PhraseSet([])
    var approxBefore = PhraseSet([])
    var upperBefore = PhraseSet([])
    var lowerBefore = PhraseSet([])
    var exactBefore = PhraseSet([])
    var upperAfter = PhraseSet([])
    var lowerAfter = PhraseSet([])
    var several = PhraseSet([])
    var severalRanges: [String: ClosedRange<Double>] = [:]
    var currencyNames = PhraseSet([])
    var minorCurrencyNames = PhraseSet([])
    var currencyCodes: [UInt64: String] = [:]
    var millionCurrencyCodes: [UInt64: String] = [:]
    /// "won", "try": currency words that are also English words; before a number they are a
    /// currency only in capitals ("TRY 500", not "the party won 72 seats").
    var currencyHomographs: Set<UInt64> = []
    var currencySymbols: [UInt64: String] = [:]
    var dollarPrefixes = PhraseSet([])
    var suffixScales: [String: Int] = [:]
    var spacedSuffixScales: [String: Int] = [:]
    var vulgarFractions: [UInt64: Double] = [:]
    var attachedUnits: [String: String] = [:]
    var yearBefore = PhraseSet([])
    var readingTime = PhraseSet([])
    var readingTimeBefore = PhraseSet([])
    var minutes = PhraseSet([])
    var clockSuffixes = PhraseSet([])
    /// "years ago", "days later": a number before them says when, not how many.
    var relativeTime = PhraseSet([])
    var notOneAfter: Set<UInt64> = []
    var notHalfAfter: Set<UInt64> = []
    var capitalisedMonthsOnly: Set<UInt64> = []
    var identifierPrefixWords: Set<UInt64> = []
    var ordinalDenominatorAfterA: Set<UInt64> = []
    /// Number format: "1,8" is 1.8 and "1.200" is 1200 (French, German, Spanish, …).
    var decimalComma = false
    /// "3. März": a day written with a dot before its month.
    var dayDotMonth = false
    /// Articles that count as one before a hundred, a scale or a dozen, as "a" does: "un", "eine".
    var scaleArticles: Set<UInt64> = []
    /// Words between a date's day, month and year: "de" in "12 de septiembre de 2023".
    var dateJoiners: Set<UInt64> = []
    /// "over" in "over 79 days": a hedge that before a stretch of time is a preposition ("during").
    var spanPrepositions: Set<String> = []
    /// "days", "months": the units of such a stretch.
    var spanUnits: Set<UInt64> = []
    /// "old" after the unit: an age ("over thirty years old"), where "over" bounds it.
    var ageAfterSpan: Set<UInt64> = []
    /// "for", "lasted" before "over": a length bounded ("detained for over 48 hours").
    var spanBoundBefore: Set<UInt64> = []
    /// Characters after digits that multiply by a power of ten ("만" 4, "천" 3): Korean, Chinese, Japanese.
    var myriadUnits: [UInt32: Int] = [:]
    /// The myriad units from 10^4 up that a text in another language quotes: "550,000 (55萬)".
    /// Read after digits only, and only when the lexicon has no myriad units of its own.
    var quotedMyriadUnits: [UInt32: Int] = [:]

    /// The lexicon shipped with nkreader. Immutable once loaded.
    public static let standard: Lexicon = {
        do { return try Lexicon(json: Data(PackageResources.lexicon_json)) } catch {
            preconditionFailure("the embedded lexicon.json is invalid: \(error)")
        }
    }()

    /// `wordHash` of the word's bytes, read in place: the claims reader asks this of every word,
    /// and copying each into an array first cost an allocation a word.
    static func key(_ word: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for var b in word.utf8 {
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
        }
        return h
    }

    static func phrase(_ text: String, _ value: String = "") -> Phrase {
        let t = TextBytes(text)
        var keys: [UInt64] = []
        var i = 0
        while true {
            let tok = t.token(from: i)
            if tok.isEnd { break }
            keys.append(tok.key)
            i = tok.end
        }
        return Phrase(keys: keys, text: text, value: value)
    }

    static func phrases(_ list: [String]) -> PhraseSet {
        PhraseSet(list.map { phrase($0) })
    }

    static func phrases(_ map: [String: String]) -> PhraseSet {
        PhraseSet(map.map { phrase($0.key, $0.value) })
    }

    private struct File: Decodable {
        var units: [String: Int]
        var tens: [String: Int]
        var hundreds: [String]
        var scales: [String: Int]
        var suffixScales: [String: Int]
        var spacedSuffixScales: [String: Int]
        var vulgarFractions: [String: Double]
        var dozens: [String]
        var ordinals: [String: Double]
        var fractionWords: [String: Double]
        var vague: [String: [Double]]
        var several: [String: [Double]]
        var negative: [String]
        var percentWords: [String]
        var approxBefore: [String]
        var upperBefore: [String]
        var lowerBefore: [String]
        var exactBefore: [String]
        var upperAfter: [String]
        var lowerAfter: [String]
        var currencySymbols: [String: String]
        var dollarPrefixes: [String: String]
        var currencyCodes: [String: String]
        var millionCurrencyCodes: [String: String]
        var currencyHomographs: [String]
        var currencyNames: [String: String]
        var minorCurrencyNames: [String: String]
        var months: [String: Int]
        var capitalisedMonthsOnly: [String]
        var yearBefore: [String]
        var readingTime: [String]
        var readingTimeBefore: [String]
        var minutes: [String]
        var clockSuffixes: [String]
        var attachedUnits: [String: String]
        var notOneAfter: [String]
        var notHalfAfter: [String]
        var identifierPrefixWords: [String]
        var ordinalDenominatorAfterA: [String]
        var relativeTime: [String]
        // Set only in other languages' lexicons (LanguagePacks).
        var decimalSeparator: String?
        var dayDotMonth: Bool?
        var dateJoiners: [String]?
        var spanPrepositions: [String]?
        var spanUnits: [String]?
        var ageAfterSpan: [String]?
        var spanBoundBefore: [String]?
        var myriadUnits: [String: Int]?
        var quotedMyriadUnits: [String: Int]?
        var hundredWords: [String: Int]?
        var scaleArticles: [String]?
        var scalesAlone: [String]?
    }

    init(json: Data) throws {
        let f = try JSONDecoder().decode(File.self, from: json)
        func edit(_ w: String, _ change: (inout WordInfo) -> Void) {
            let k = Lexicon.key(w)
            var info = words[k] ?? WordInfo()
            change(&info)
            words[k] = info
        }
        for (w, v) in f.units { edit(w) { $0.unit = v } }
        for (w, v) in f.tens { edit(w) { $0.ten = v } }
        for w in f.hundreds { edit(w) { $0.isHundred = true } }
        for (w, v) in f.hundredWords ?? [:] where v % 100 == 0 && (100...900).contains(v) { edit(w) { $0.hundredValue = v } }
        for (w, v) in f.scales { edit(w) { $0.scale = v } }
        for w in f.scalesAlone ?? [] where words[Lexicon.key(w)]?.scale != nil { edit(w) { $0.countsAlone = true } }
        scaleArticles = Set((f.scaleArticles ?? []).map(Lexicon.key))
        for w in f.dozens { edit(w) { $0.isDozen = true } }
        for (w, v) in f.ordinals {
            edit(w) { $0.ordinal = v }
            edit(w + "s") { $0.denominator = v }
        }
        for (w, v) in f.fractionWords {
            edit(w) { $0.fraction = v }
            if w.hasSuffix("s") { edit(w) { $0.denominator = v } }
        }
        for (w, r) in f.vague where r.count == 2 { edit(w) { $0.vague = r[0]...r[1] } }
        for w in f.negative { edit(w) { $0.isNegative = true } }
        for (w, v) in f.months { edit(w) { $0.month = v } }
        for (name, code) in f.currencyNames where !name.contains(" ") { edit(name) { $0.currency = code } }
        suffixScales = f.suffixScales
        spacedSuffixScales = f.spacedSuffixScales
        for (s, v) in f.vulgarFractions {
            let p = Lexicon.phrase(s)
            if let k = p.keys.first, p.keys.count == 1 { vulgarFractions[k] = v }
        }
        attachedUnits = f.attachedUnits
        percentWords = Lexicon.phrases(f.percentWords)
        approxBefore = Lexicon.phrases(f.approxBefore)
        upperBefore = Lexicon.phrases(f.upperBefore)
        lowerBefore = Lexicon.phrases(f.lowerBefore)
        exactBefore = Lexicon.phrases(f.exactBefore)
        upperAfter = Lexicon.phrases(f.upperAfter)
        lowerAfter = Lexicon.phrases(f.lowerAfter)
        several = Lexicon.phrases(Array(f.several.keys))
        for (w, r) in f.several where r.count == 2 { severalRanges[w] = r[0]...r[1] }
        currencyNames = Lexicon.phrases(f.currencyNames)
        minorCurrencyNames = Lexicon.phrases(f.minorCurrencyNames)
        dollarPrefixes = Lexicon.phrases(f.dollarPrefixes)
        for (w, c) in f.currencyCodes { currencyCodes[Lexicon.key(w)] = c }
        for (w, c) in f.millionCurrencyCodes { millionCurrencyCodes[Lexicon.key(w)] = c }
        currencyHomographs = Set(f.currencyHomographs.map(Lexicon.key))
        for (s, c) in f.currencySymbols {
            let p = Lexicon.phrase(s)
            if let k = p.keys.first, p.keys.count == 1 { currencySymbols[k] = c }
        }
        yearBefore = Lexicon.phrases(f.yearBefore)
        readingTime = Lexicon.phrases(f.readingTime)
        readingTimeBefore = Lexicon.phrases(f.readingTimeBefore)
        minutes = Lexicon.phrases(f.minutes)
        clockSuffixes = Lexicon.phrases(f.clockSuffixes)
        relativeTime = Lexicon.phrases(f.relativeTime)
        notOneAfter = Set(f.notOneAfter.map(Lexicon.key))
        notHalfAfter = Set(f.notHalfAfter.map(Lexicon.key))
        capitalisedMonthsOnly = Set(f.capitalisedMonthsOnly.map(Lexicon.key))
        identifierPrefixWords = Set(f.identifierPrefixWords.map(Lexicon.key))
        ordinalDenominatorAfterA = Set(f.ordinalDenominatorAfterA.map(Lexicon.key))
        decimalComma = f.decimalSeparator == ","
        dayDotMonth = f.dayDotMonth ?? false
        dateJoiners = Set((f.dateJoiners ?? []).map(Lexicon.key))
        spanPrepositions = Set(f.spanPrepositions ?? [])
        spanUnits = Set((f.spanUnits ?? []).map(Lexicon.key))
        ageAfterSpan = Set((f.ageAfterSpan ?? []).map(Lexicon.key))
        spanBoundBefore = Set((f.spanBoundBefore ?? []).map(Lexicon.key))
        for (unit, power) in f.myriadUnits ?? [:] {
            if let s = unit.unicodeScalars.first, unit.unicodeScalars.count == 1 { myriadUnits[s.value] = power }
        }
        for (unit, power) in f.quotedMyriadUnits ?? [:] where power >= 4 {
            if let s = unit.unicodeScalars.first, unit.unicodeScalars.count == 1 { quotedMyriadUnits[s.value] = power }
        }
        wordIndex = KeyIndex(Dictionary(uniqueKeysWithValues: words.keys.enumerated().map { ($0.element, Int32($0.offset)) }))
        wordInfos = words.keys.map { words[$0]! }
        var starts: [UInt64: Int32] = [:]
        for p in percentWords.phrases + several.phrases { if let k = p.keys.first { starts[k] = 1 } }
        phraseStarts = KeyIndex(starts)
        for (k, info) in words where info.isCardinalWord || info.ordinal != nil || info.fraction != nil || info.vague != nil || info.month != nil {
            starts[k] = 1
        }
        for w in ["a", "an", "tens"] { starts[Lexicon.key(w)] = 1 }
        for k in scaleArticles { starts[k] = 1 }
        figureStarts = KeyIndex(starts)
    }

    @inline(__always) func info(_ t: Token) -> WordInfo? {
        guard t.kind == .word, let i = wordIndex.value(t.key) else { return nil }
        return wordInfos[Int(i)]
    }
}
