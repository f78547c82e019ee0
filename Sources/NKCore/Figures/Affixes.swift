/// What stands around a number: hedges and currency before it; currency, percent and bounds after.
struct Affixes {
    var start: Int
    var end: Int
    var negative = false
    var currency: String?
    var unit: String?
    var kind: Figure.Kind = .number
    var qualifier: String?
    var bound: Bound = .exact
    var approx = false
    /// "between" or "from" before the number, and where it starts.
    var opener: (key: UInt64, start: Int)?
    var multiplier = 1.0
    var cents = 0.0

    enum Bound { case exact, lower, upper }

    var hedged: Bool { qualifier != nil }
}

extension FigureScanner {
    /// Currency written before the number: "$", "US$", "C $", "€", "USD", "rmb", "MUSD".
    func currencyBefore(floor: Int, into a: inout Affixes) {
        let tb = t.token(before: a.start)
        guard !tb.isEnd, !tb.brokenLine, tb.start >= floor else { return }
        if tb.kind == .symbol, let code = lex.currencySymbols[tb.key] {
            a.currency = code
            a.kind = .money
            a.start = tb.start
            if code == "USD", let p = phrase(lex.dollarPrefixes, before: tb.start, floor: floor) {
                let attached = !t.token(before: tb.start).spaced
                let oneLetter = p.0.text.count <= 1
                if attached || !oneLetter || p.0.text == "c" { a.currency = p.0.value; a.start = p.start }
            }
            return
        }
        guard tb.kind == .word else { return }
        if lex.currencyHomographs.contains(tb.key), (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(t.byte(tb.start + 1)) { return }
        if let code = lex.currencyCodes[tb.key] ?? lex.info(tb)?.currency {
            a.currency = code; a.kind = .money; a.start = tb.start
        } else if let code = lex.millionCurrencyCodes[tb.key] {
            a.currency = code; a.kind = .money; a.start = tb.start; a.multiplier = 1_000_000
        }
    }

    /// A sign or "minus" right before the number.
    func signBefore(_ q: Quantity, floor: Int, into a: inout Affixes) {
        let tb = t.token(before: a.start)
        guard tb.start >= floor, !tb.brokenLine else { return }
        if tb.key == g.hyphen, !tb.spaced, !q.spelled {
            let before = t.token(before: tb.start)
            let currencySign = before.kind == .symbol && lex.currencySymbols[before.key] != nil
            if before.isEnd || before.spaced || currencySign || before.isSymbol("(") || before.isSymbol("<") || before.isSymbol(">") {
                a.negative = true; a.start = tb.start
            }
        } else if lex.info(tb)?.isNegative == true {
            a.negative = true; a.start = tb.start
        }
    }

    /// Hedges before the number ("as many as", "about") and a range opener ("between").
    func hedgeBefore(floor: Int, into a: inout Affixes) {
        var best: (text: String, start: Int, bound: Affixes.Bound, approx: Bool)?
        func consider(_ set: PhraseSet, _ bound: Affixes.Bound, _ approx: Bool) {
            if let m = phrase(set, before: a.start, floor: floor), best.map({ m.start < $0.start }) ?? true {
                best = (m.0.text, m.start, bound, approx)
            }
        }
        consider(lex.upperBefore, .upper, false)
        consider(lex.lowerBefore, .lower, false)
        consider(lex.approxBefore, .exact, true)
        consider(lex.exactBefore, .exact, false)
        // "fired 87 rounds over 79 days": a stretch of time, exact. "Over thirty years old" is an
        // age and "detained for over 48 hours", "lasted over 100 days" a length: both bounded.
        if let b = best, lex.spanPrepositions.contains(b.text) {
            let unit = t.token(from: a.end)
            if lex.spanUnits.contains(unit.key), !lex.ageAfterSpan.contains(t.token(from: unit.end).key),
               !lex.spanBoundBefore.contains(t.token(before: b.start).key) { best = nil }
        }
        if let best {
            let before = t.token(before: best.start)
            let glued = best.text.unicodeScalars.first.map { "<>=~".unicodeScalars.contains($0) } ?? false
            if glued && !before.spaced && before.kind == .symbol && before.start >= floor { return }
            a.start = best.start; a.bound = best.bound; a.approx = best.approx; a.qualifier = best.text
        }
        let opener = t.token(before: a.start)
        if opener.start >= floor, !opener.brokenLine, opener.key == g.between || opener.key == g.from {
            a.opener = (opener.key, opener.start)
        }
    }

    /// Currency, percent, units and trailing bounds after the number.
    func suffixes(_ q: inout Quantity, into a: inout Affixes) {
        if let code = q.currency { a.currency = code; a.kind = .money }
        if a.kind != .money {
            if let m = currencyAfter(a.end) {
                a.currency = m.code; a.kind = .money; a.end = m.end; a.unit = m.minor ? m.text : nil
                a.multiplier *= m.multiplier
                // "75 USD million": the scale may follow the currency.
                let s = t.token(from: a.end)
                if !q.scaled, !s.brokenLine, let scale = lex.info(s)?.scale {
                    q.value *= pow10(scale); q.scaled = true; a.end = s.end
                }
            }
        } else if let m = currencyAfter(a.end), !m.text.isEmpty, !m.minor, m.code == a.currency {
            a.end = m.end   // "$ 10 dollars"
        }
        if a.kind == .money && a.unit == nil { centsAfter(into: &a) }
        if a.kind == .number {
            let next = t.token(from: a.end)
            if !next.brokenLine, next.key == g.percent || next.key == g.fullPercent {
                a.kind = .percent; a.end = next.end
            } else if let m = phrase(lex.percentWords, after: a.end) {
                a.kind = .percent; a.end = m.end
                if m.0.text.contains("point") { a.unit = "percentage points" }
            } else if let m = phrase(lex.readingTime, after: a.end) {
                a.kind = .duration; a.end = m.end
            } else if phrase(lex.readingTimeBefore, before: a.start, floor: max(0, a.start - 64)) != nil,
                      let m = phrase(lex.minutes, after: a.end) {
                a.kind = .duration; a.end = m.end   // "Reading time: 5 minutes"
            }
        }
        if a.bound == .exact {
            let before = a.qualifier
            func joined(_ after: String) -> String { before.map { $0 + " … " + after } ?? after }
            if let m = phrase(lex.lowerAfter, after: a.end), !numberFollows(m.end) {
                a.bound = .lower; a.end = m.end; a.qualifier = joined(m.0.text)
            } else if let m = phrase(lex.upperAfter, after: a.end), !numberFollows(m.end) {
                a.bound = .upper; a.end = m.end; a.qualifier = joined(m.0.text)
            } else if t.byte(a.end) == 0x2B && !t.isDigit(a.end + 1) {
                a.bound = .lower; a.end += 1; a.qualifier = "+"
            }
        }
    }

    private func numberFollows(_ pos: Int) -> Bool {
        var n = t.token(from: pos)
        if n.key == g.than || n.key == g.to { n = t.token(from: n.end) }
        return !n.brokenLine && (n.kind == .digits || lex.info(n)?.isCardinalWord == true)
    }

    /// A currency written after the number: "KRW", "dollars", "us dollars", "yen", "cents", "€", "-cent".
    func currencyAfter(_ pos: Int) -> (code: String, end: Int, text: String, minor: Bool, multiplier: Double)? {
        var at = pos
        let first = t.token(from: pos)
        if first.brokenLine { return nil }
        if first.key == g.hyphen && !first.spaced { at = first.end }
        // "1,8 Mrd. Euro", "2,5 млн. долл.": a scale's abbreviation keeps its dot before the currency;
        // after a whole word ("5 million. Dollars …") the dot ends a sentence.
        if first.isSymbol("."), !first.spaced, case let scale = t.token(before: pos), lex.info(scale)?.scale != nil,
           t.string(scale.start, scale.end).unicodeScalars.count <= 4 {
            at = first.end
        }
        if first.kind == .symbol, let code = lex.currencySymbols[first.key] { return (code, first.end, "", false, 1) }
        if let m = phrase(lex.currencyNames, after: at) { return (m.0.value, m.end, m.0.text, false, 1) }
        if let m = phrase(lex.minorCurrencyNames, after: at) { return (m.0.value, m.end, m.0.text, true, 1) }
        let w = t.token(from: at)
        guard w.kind == .word, !w.brokenLine else { return nil }
        if let code = lex.currencyCodes[w.key] { return (code, w.end, "", false, 1) }
        if let code = lex.millionCurrencyCodes[w.key] { return (code, w.end, "", false, 1_000_000) }
        return nil
    }

    /// "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 USD 50".
    private func centsAfter(into a: inout Affixes) {
        var at = a.end
        var tok = t.token(from: at)
        if tok.key == g.and { at = tok.end; tok = t.token(from: at) }
        guard !tok.brokenLine, tok.kind == .digits || lex.info(tok)?.isCardinalWord == true,
              let c = cardinal(at: tok), c.nonQuantity == nil, !c.hasDecimals, !c.scaled, c.value < 100, c.value >= 1 else { return }
        if let minor = phrase(lex.minorCurrencyNames, after: c.end) {
            a.cents = c.value; a.end = minor.end
            return
        }
        let after = t.token(from: c.end)
        let isCurrency = lex.currencySymbols[after.key] != nil
        guard after.isEnd || after.brokenLine || (after.kind == .symbol && !isCurrency) || after.key == g.and else { return }
        a.cents = c.value
        a.end = c.end
    }
}
