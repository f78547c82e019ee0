import Testing
@testable import NKCore

/// Every form the extractor must read, with exact spans and values.
struct DigitFormsTests {
    @Test(arguments: [
        ("11,000 troops", "11,000", 11000.0),
        ("the 2,700 injured", "2,700", 2700),
        ("a rate of 1.0382", "1.0382", 1.0382),
        ("750 million", "750 million", 750_000_000),
        ("1.5227 trillion", "1.5227 trillion", 1_522_700_000_000),
        ("5k people", "5k", 5000),
        ("1.2m views", "1.2m", 1_200_000),
        ("13 lakh", "13 lakh", 1_300_000),
        ("1 234 567", "1 234 567", 1_234_567),
        ("12,34,567.89", "12,34,567.89", 1_234_567.89),
        ("1e10", "1e10", 1e10),
        (".08", ".08", 0.08),
        ("two thousand", "two thousand", 2000),
        // An English text quoting another language's myriad units.
        ("550,000 (55萬 in its own notice)", "550,000", 550_000),
        ("55萬 in its own notice", "55萬", 550_000),
        ("1.2억 people", "1.2억", 120_000_000),
        // "over" before a stretch of time is "during".
        ("87 rounds over 79 days", "87", 87),
        ("over 79 days", "79", 79),
    ])
    func readsValue(input: String, text: String, value: Double) throws {
        let f = try #require(quantities(input).first)
        #expect(f.text == text)
        #expect(f.value == value)
        #expect(f.low == value && f.high == value)
        #expect(f.kind == .number)
    }

    @Test func spansAreScalarOffsets() throws {
        // Korean and curly quotes before the figure: offsets count scalars, not bytes or graphemes.
        let text = "한국어 “quote” é 11,000 troops"
        let f = try #require(quantities(text).first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[f.start..<f.end])) == "11,000")
        #expect(f.start == 14)
    }

    @Test func figuresInTheTitleLineCount() {
        #expect(quantities("3,000 troops arrive\n\nBody.").map(\.text) == ["3,000"])
    }
}

struct SpelledFormsTests {
    @Test(arguments: [
        ("three soldiers", "three", 3.0),
        ("twenty-five tanks", "twenty-five", 25),
        ("a dozen drones", "a dozen", 12),
        ("one hundred and twenty men", "one hundred and twenty", 120),
        ("twenty-one trillion three hundred", "twenty-one trillion three hundred", 21_000_000_000_300),
        ("half of the troops", "half", 0.5),
        ("a third of the budget", "a third", 1.0 / 3),
        ("two thirds", "two thirds", 2.0 / 3),
        ("one and a half", "one and a half", 1.5),
        ("five and a half million", "five and a half million", 5_500_000),
        ("half a dozen", "half a dozen", 6),
        ("half a million people", "half a million", 500_000),
        ("four in ten voters", "four in ten", 0.4),
        ("two hundred point zero three", "two hundred point zero three", 200.03),
        ("3 hundred and 21", "3 hundred and 21", 321),
    ] as [(String, String, Double)])
    func readsValue(input: String, text: String, value: Double) throws {
        let f = try #require(quantities(input).first)
        #expect(f.text == text)
        #expect(abs(f.value! - value) < 1e-9)
    }

    @Test func vagueMagnitudesAreRanges() throws {
        let hundreds = try #require(only("hundreds of civilians"))
        #expect(hundreds.value == nil && hundreds.low == 200 && hundreds.high == 999 && hundreds.approx)
        let several = try #require(only("several hundred soldiers"))
        #expect(several.low == 300 && several.high == 900)
        let tens = try #require(only("tens of thousands of people"))
        #expect(tens.text == "tens of thousands" && tens.low == 20_000 && tens.high == 99_000)
    }

    @Test func theNextOfASeriesIsNoFraction() throws {
        let series = quantities("The government announced three rounds of relief and has promised a fourth.")
        #expect(series.map(\.text) == ["three"])
        // Without the series before it, "a fourth" at a sentence's end is a share.
        #expect(quantities("Prices rose by a fourth.").map(\.text) == ["a fourth"])
    }

    @Test func oneAsPronounIsNotANumber() {
        #expect(quantities("the economic one.").isEmpty)
        #expect(quantities("Which one do you prefer?").isEmpty)
        #expect(quantities("In one audio, a soldier").map(\.text) == ["one"])
    }

    @Test func separateNumbersStaySeparate() {
        #expect(quantities("3 hundred and 2 hundred").map(\.value) == [300, 200])
        #expect(quantities("three and four").map(\.value) == [3, 4])
    }
}

struct HedgeTests {
    @Test(arguments: [
        ("about 300", 300.0, 300.0, true, "about"),
        ("around 300", 300, 300, true, "around"),
        ("approximately 2,700", 2700, 2700, true, "approximately"),
        ("roughly 20", 20, 20, true, "roughly"),
        ("some 300", 300, 300, true, "some"),
        ("nearly 300", 300, 300, true, "nearly"),
        ("almost 300", 300, 300, true, "almost"),
        ("an estimated 3,000", 3000, 3000, true, "an estimated"),
    ])
    func approximate(input: String, low: Double, high: Double, approx: Bool, qualifier: String) throws {
        let f = try #require(only(input))
        #expect(f.text == input)
        #expect(f.low == low && f.high == high && f.approx == approx && f.qualifier == qualifier)
        #expect(f.value == low)
    }

    @Test(arguments: ["as many as 10,000", "up to 10,000", "no more than 10,000", "at most 10,000"])
    func upperBound(input: String) throws {
        let f = try #require(only(input))
        #expect(f.text == input && f.low == nil && f.high == 10000 && f.value == 10000 && !f.approx)
    }

    @Test(arguments: ["more than 50", "over 50", "at least 50", "in excess of 50", "upwards of 50", "passes 50", "surpasses 50", "crosses 50"])
    func lowerBound(input: String) throws {
        let f = try #require(only(input))
        #expect(f.text == input && f.low == 50 && f.high == nil)
    }

    @Test func boundsAfterTheNumber() throws {
        let f = try #require(only("500 or more"))
        #expect(f.low == 500 && f.high == nil)
        let g = try #require(only("10,000-plus"))
        #expect(g.low == 10000 && g.high == nil)
    }

    @Test func twoSidedBoundsMerge() throws {
        let f = try #require(only("more than 10 and less than 20"))
        #expect(f.low == 10 && f.high == 20 && f.value == nil)
        #expect(quantities("more than 40 and less than 10").count == 2)
    }

    @Test func hedgeWordsAloneAreNotFigures() {
        #expect(quantities("some experts say about the war").isEmpty)
    }
}

struct RangeTests {
    @Test(arguments: [
        ("10,000-15,000 soldiers", "10,000-15,000", 10000.0, 15000.0),
        ("10,000–15,000 soldiers", "10,000–15,000", 10000, 15000),
        ("25,000 to 30,000", "25,000 to 30,000", 25000, 30000),
        ("from 3,000 to 5,000", "from 3,000 to 5,000", 3000, 5000),
        ("between 11,000 and 12,000", "between 11,000 and 12,000", 11000, 12000),
        ("25-30,000 more", "25-30,000", 25000, 30000),
        ("10-15 million", "10-15 million", 10_000_000, 15_000_000),
        ("5k-20k", "5k-20k", 5000, 20000),
    ])
    func readsRange(input: String, text: String, low: Double, high: Double) throws {
        let f = try #require(quantities(input).first)
        #expect(f.text == text && f.low == low && f.high == high && f.value == nil)
    }

    @Test func moneyRangeSharesCurrencyAndScale() throws {
        let f = try #require(only("between $750 million and $1.1 billion annually"))
        #expect(f.kind == .money && f.currency == "USD" && f.low == 750_000_000 && f.high == 1_100_000_000)
        #expect(f.qualifier == "between")
        let k = try #require(only("1.0382 trillion to 1.5227 trillion KRW"))
        #expect(k.kind == .money && k.currency == "KRW" && k.low == 1_038_200_000_000 && k.high == 1_522_700_000_000)
    }

    @Test func percentRange() throws {
        let f = try #require(only("10-15%"))
        #expect(f.kind == .percent && f.low == 10 && f.high == 15)
    }

    @Test func notRanges() {
        #expect(quantities("+1-222-2222-2222").isEmpty)
        #expect(figures("2024-25").map(\.kind) == [.year])
        #expect(quantities("20 - 10").count == 2)
    }
}

struct PercentAndMoneyTests {
    @Test(arguments: [
        ("50%", 50.0), ("20 percent", 20), ("20 per cent", 20), ("twenty percent", 20), ("2.5 pct", 2.5),
    ])
    func percent(input: String, value: Double) throws {
        let f = try #require(only(input))
        #expect(f.kind == .percent && f.value == value && f.text == input)
    }

    @Test func percentagePoints() throws {
        let f = try #require(only("3 percentage points"))
        #expect(f.kind == .percent && f.unit == "percentage points")
    }

    @Test(arguments: [
        ("$2,000", 2000.0, "USD"), ("US$5 million", 5_000_000, "USD"), ("1.5227 trillion KRW", 1_522_700_000_000, "KRW"),
        ("5,000 won", 5000, "KRW"), ("€3 billion", 3_000_000_000, "EUR"), ("£15", 15, "GBP"),
        ("300 rubles", 300, "RUB"), ("100 billion yuan", 100_000_000_000, "CNY"), ("HK$ 10.05 billion", 10_050_000_000, "HKD"),
        ("USD 200", 200, "USD"), ("120 MEUR", 120_000_000, "EUR"), ("$170mm", 170_000_000, "USD"),
    ])
    func money(input: String, value: Double, currency: String) throws {
        let f = try #require(only(input))
        #expect(f.kind == .money && f.value == value && f.currency == currency && f.text == input)
    }

    @Test func signsAroundTheCurrency() {
        #expect(quantities("-$5 and $-5 and minus 3").map(\.value) == [-5, -5, -3])
        #expect(quantities("-$5").map(\.currency) == ["USD"])
    }

    @Test func articleBeforeDollarIsNotAustralian() throws {
        let f = try #require(only("won a $48.2 million contract"))
        #expect(f.currency == "USD" && f.text == "$48.2 million")
    }

    @Test func dollarsAndCents() throws {
        #expect(only("3 dollars 50 cents")?.value == 3.5)
        #expect(only("thirteen dollars and forty-five cents")?.value == 13.45)
        #expect(only("50 cents")?.unit == "cents")
    }
}

struct NonQuantityTests {
    @Test(arguments: [
        ("in 2025 the war", "2025", Figure.Kind.year), ("the year 2000", "2000", .year), ("the 1990s", "1990s", .year),
        ("© 2025 NVNK", "2025", .year), ("Feb 11", "Feb 11", .date), ("June 18 last year", "June 18", .date),
        ("December 17, 2024", "December 17, 2024", .date), ("2025년 12월 4일", "2025년 12월 4일", .date),
        ("2025-02-11", "2025-02-11", .date), ("00:00", "00:00", .time), ("9:45 pm", "9:45 pm", .time),
        ("the 11th brigade", "11th", .ordinal), ("on the 8th", "8th", .ordinal), ("the first time", "first", .ordinal),
        ("KN-23 missiles", "KN-23", .other), ("MiG-29", "MiG-29", .other), ("davidgooo8", "davidgooo8", .other),
        ("4 min read", "4 min read", .duration), ("4분 분량", "4분", .duration), ("version 1.2.3", "1.2.3", .other),
        ("as of 5 pm", "5 pm", .time), ("at 11 a.m. sharp", "11 a.m.", .time),
        ("on 10-11 September", "10-11 September", .date), ("on 16 and 17 September", "16 and 17 September", .date),
        ("from November 11 to 18", "November 11 to 18", .date), ("Four years ago", "Four years ago", .duration),
        ("Ten days later they left", "Ten days later", .duration),
        // A span that dates one event from another is a time, like "later", not an amount.
        ("Three months after the troops arrived", "Three months after", .duration),
        ("The figure is eleven days older than the other", "eleven days older", .duration),
        ("1. THE RAIN", "1.", .other), ("CLAIM 3: the toll", "3", .other), ("rocket launcher No. 84", "84", .other),
        ("Reading time: 5 minutes", "5 minutes", .duration), ("Read time: 4 min", "4 min", .duration),
        // A bare "mm" is millimetres, here a calibre; "$170mm" is money's million.
        ("170mm self-propelled guns", "170mm", .other),
    ])
    func classified(input: String, text: String, kind: Figure.Kind) throws {
        let f = try #require(figures(input).first)
        #expect(f.text == text)
        #expect(f.kind == kind)
        #expect(quantities(input).isEmpty)
    }

    @Test func aCurrencyWordThatIsAlsoAVerbIsNoCurrencyBeforeANumber() {
        #expect(figures("The party won 72 seats.").map(\.kind) == [.number])
        #expect(figures("They will try 3 new routes.").map(\.kind) == [.number])
        #expect(only("TRY 500")?.currency == "TRY")
        #expect(only("5,000 won")?.currency == "KRW")
    }

    @Test func aSpanThatLastsIsAnAmount() {
        #expect(quantities("declared three days of mourning").map(\.value) == [3])
        #expect(quantities("three days after the flood").isEmpty)
    }

    @Test func ordinalsCarryTheirValue() {
        #expect(only("eleventh")?.value == 11)
        #expect(only("twenty-fifth")?.value == 25)
        #expect(only("two hundredth")?.value == 200)
    }

    @Test func monthNamesThatAreWords() {
        #expect(figures("you may 5 times").allSatisfy { $0.kind != .date })
        #expect(figures("May 5").map(\.kind) == [.date])
        #expect(figures("11 February 2025").map(\.text) == ["11 February 2025"])
        #expect(figures("they 5 may go").allSatisfy { $0.kind == .number })
    }

    @Test func urlsCarryNoFigures() {
        #expect(figures("see https://example.com/a?q=30%25%2020% now").isEmpty)
    }
}

/// Hedges written as verbs, and what is not a range.
struct VerbHedgeTests {
    @Test(arguments: [
        ("deaths in the city exceeded 2,000", "exceeded 2,000", 2000.0, nil),
        ("the crowd could top one million", "top one million", 1_000_000, nil),
        ("allocations never exceeded $364,000", "never exceeded $364,000", nil, 364_000),
    ] as [(String, String, Double?, Double?)])
    func bounds(input: String, text: String, low: Double?, high: Double?) throws {
        let f = try #require(figures(input).first { $0.kind.isQuantity })
        #expect(f.text == text)
        #expect(f.low == low && f.high == high)
    }

    @Test func aNumberedHeadingLabelsButItsSentenceStillCounts() {
        let text = "Report\n\n2. THE DAMS\nThe dam held 22.5 million cubic metres.\n3) Outlook\nAbout 1.5 million people live there."
        #expect(quantities(text).map(\.text) == ["22.5 million", "About 1.5 million"])
    }

    @Test func aFallToANewLevelIsNoRange() {
        let figs = quantities("Arrivals fell 42% to 2.78 million in August.")
        #expect(figs.map(\.text) == ["42%", "2.78 million"])
        #expect(quantities("between 25 and 30% of them").first?.low == 25)
    }

    @Test func aHedgedShareKeepsItsBound() throws {
        let f = try #require(figures("fewer than one in ten died").first)
        #expect(f.low == nil && f.high == 0.1)
        let g = try #require(figures("nearly four in ten were hurt").first)
        #expect(g.value == 0.4 && g.approx)
    }
}

/// "over" bounds a count, but not a stretch of time, and an age stays bounded.
struct SpanPrepositionTests {
    @Test func overAStretchIsExact() throws {
        let f = try #require(quantities("Aid for 250,000 people over the next three months.").last)
        #expect(f.text == "three" && f.low == 3 && f.high == 3)
        let count = try #require(quantities("Over 300 people died.").first)
        #expect(count.low == 300 && count.high == nil)
        let age = try #require(quantities("He is over thirty years old.").first)
        #expect(age.low == 30 && age.high == nil)
        // A length is bounded too.
        for text in ["He was detained for over 48 hours.", "The siege lasted over 100 days."] {
            let length = try #require(quantities(text).first)
            #expect(length.high == nil && length.low != nil)
        }
    }
}

