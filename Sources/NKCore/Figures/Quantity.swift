/// A number read from text before hedges, units and ranges are considered.
struct Quantity {
    var value: Double
    var start: Int
    var end: Int
    var spelled = false
    /// A scale word or suffix was applied ("million", "5k").
    var scaled = false
    /// Written with thousands separators ("11,000").
    var grouped = false
    /// Digits in a bare integer (no separators, decimals, scale); 0 otherwise.
    var plainDigits = 0
    var hasDecimals = false
    /// Set when the token turned out not to be a quantity (identifier, ordinal, year...).
    var nonQuantity: Figure.Kind?
    /// Orders of magnitude: "hundreds", "tens of thousands".
    var vague: ClosedRange<Double>?
    /// Currency written inside the numeral ("115usd", "5원").
    var currency: String?
    /// The last scale applied, as a power of ten, for "one million and a half".
    var lastScale = 0
    /// A single word that means one: "a", "an", "one".
    var isBareOne = false
}

/// Keys of the grammar words the number rules are built on.
struct GrammarKeys: Sendable {
    let a = Lexicon.key("a")
    let an = Lexicon.key("an")
    let one = Lexicon.key("one")
    let and = Lexicon.key("and")
    let point = Lexicon.key("point")
    let of = Lexicon.key("of")
    let to = Lexicon.key("to")
    let through = Lexicon.key("through")
    let thru = Lexicon.key("thru")
    let between = Lexicon.key("between")
    let from = Lexicon.key("from")
    let tens = Lexicon.key("tens")
    let but = Lexicon.key("but")
    let than = Lexicon.key("than")
    let out = Lexicon.key("out")
    let over = Lexicon.key("over")
    let inWord = Lexicon.key("in")
    let half = Lexicon.key("half")
    let year = Lexicon.key("year")
    let hyphen = Token.symbolTag | 0x2D
    let enDash = Token.symbolTag | 0x2013
    let emDash = Token.symbolTag | 0x2014
    let tilde = Token.symbolTag | 0x7E
    let comma = Token.symbolTag | 0x2C
    let percent = Token.symbolTag | 0x25
    let fullPercent = Token.symbolTag | 0xFF05
    let slash = Token.symbolTag | 0x2F
    let period = Token.symbolTag | 0x2E
}

@inline(__always) func pow10(_ e: Int) -> Double {
    var r = 1.0
    var k = 0
    while k < e && k < 400 { r *= 10; k += 1 }
    return r
}
