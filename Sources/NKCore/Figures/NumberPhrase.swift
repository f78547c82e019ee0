/// Numbers with fractions, decimals spelled with "point", and ordinals, built on `cardinal(at:)`.
extension FigureScanner {
    /// A denominator at `pos`: "fifth", "thirds", "twenty-firsts", "half", "quarters".
    func denominator(at pos: Int) -> (value: Double, plural: Bool, ordinalValue: Double?, end: Int)? {
        let tok = t.token(from: pos)
        guard !tok.brokenLine, let info = lex.info(tok) else { return nil }
        if let ten = info.ten {
            var next = t.token(from: tok.end)
            if next.key == g.hyphen { next = t.token(from: next.end) }
            guard !next.brokenLine, let ni = lex.info(next), ni.unit == nil else { return nil }
            if let o = ni.ordinal, o < 10 { return (Double(ten) + o, false, Double(ten) + o, next.end) }
            if let d = ni.denominator, d < 10, ni.fraction == nil { return (Double(ten) + d, true, nil, next.end) }
            return nil
        }
        if let d = info.denominator { return (d, true, nil, tok.end) }
        if let f = info.fraction { return (f, false, nil, tok.end) }
        if let o = info.ordinal { return (o, false, o, tok.end) }
        return nil
    }

    /// A whole number phrase at `tok`, or nil when the token starts none.
    func numberPhrase(at tok: Token) -> Quantity? {
        guard var q = anyNumberPhrase(at: tok) else { return nil }
        // Too large to hold ("1e308 mn", found by fuzzing): recognised, so never a count, as
        // `digitNumeral` already rules for digits alone.
        if !q.value.isFinite { q.nonQuantity = .other }
        return q
    }

    private func anyNumberPhrase(at tok: Token) -> Quantity? {
        if tok.kind == .symbol, let v = lex.vulgarFractions[tok.key] {
            return Quantity(value: v, start: tok.start, end: tok.end)
        }
        if tok.kind == .digits, let f = digitFraction(at: tok) { return f }
        if let info = lex.info(tok) {
            if info.ordinal != nil && info.unit == nil && info.ten == nil { return ordinalWord(at: tok) }
            if info.fraction != nil { return fractionWord(at: tok) }
            if info.vague != nil { return vagueWord(at: tok) }
        }
        if tok.key == g.tens { return tensOf(at: tok) }
        if tok.key == g.a || tok.key == g.an, let f = articleFraction(at: tok) { return f }
        guard var q = cardinal(at: tok) else { return nil }
        if q.nonQuantity != nil || q.currency != nil { return q }
        extendFraction(&q)
        return q
    }

    /// After a cardinal: "three fifths", "one eighth", "one hundred twenty fifth", "one and a half",
    /// "two hundred point zero three", "five and a half million", "twenty-five".
    private func extendFraction(_ q: inout Quantity) {
        let next = t.token(from: q.end)
        if next.brokenLine { return }
        var denomPos = q.end
        if next.key == g.hyphen && q.spelled { denomPos = next.end }
        if let d = denominator(at: denomPos), q.spelled || !next.spaced || d.plural {
            if d.plural && d.value != 0 {
                q.value /= d.value; q.end = d.end; q.spelled = true; q.plainDigits = 0
                applyScaleAfterFraction(&q)
                return
            }
            if q.isBareOne && d.ordinalValue != 2 {
                q.value = 1 / d.value; q.end = d.end; q.spelled = true
                applyScaleAfterFraction(&q)
                return
            }
            if let o = d.ordinalValue, q.spelled, !q.isBareOne {
                let v = q.value
                if o >= 100 { q.value = v * o; q.end = d.end; q.nonQuantity = .ordinal; return }
                if v >= 20, (o < 10 && v.truncatingRemainder(dividingBy: 10) == 0) || v.truncatingRemainder(dividingBy: 100) == 0 {
                    q.value = v + o; q.end = d.end; q.nonQuantity = .ordinal; return
                }
            }
        }
        if next.key == g.point && q.spelled { spelledDecimals(&q, from: next.end); return }
        if next.key == g.and {
            let after = t.token(from: next.end)
            guard !after.brokenLine, var f = fractionPhrase(at: after), f.value < 1 else { return }
            let fraction = f.value
            applyScaleAfterFraction(&f)
            if f.scaled && q.scaled { q.value += fraction * pow10(f.lastScale) }          // "one billion and a half million"
            else if f.scaled { q.value = (q.value + fraction) * pow10(f.lastScale) }      // "five and a half million"
            else if q.lastScale > 0 { q.value += fraction * pow10(q.lastScale) }         // "one million and a half"
            else { q.value += fraction }                                                  // "one and a half"
            if f.scaled { q.scaled = true; q.lastScale = f.lastScale }
            q.end = f.end
            q.spelled = true
            q.plainDigits = 0
        }
    }

    /// A fraction on its own: "a half", "three fifths", "one eighth", "a third".
    private func fractionPhrase(at tok: Token) -> Quantity? {
        if tok.key == g.a || tok.key == g.an { return articleFraction(at: tok, scaled: false) }
        if let info = lex.info(tok), let f = info.fraction, f != 0 {
            return Quantity(value: 1 / f, start: tok.start, end: tok.end, spelled: true)
        }
        guard let c = cardinal(at: tok), c.nonQuantity == nil, c.value >= 1 else { return nil }
        var pos = c.end
        let next = t.token(from: pos)
        if next.key == g.hyphen { pos = next.end }
        guard let d = denominator(at: pos), d.value != 0 else { return nil }
        guard d.plural || (c.isBareOne && d.ordinalValue != 2) else { return nil }
        var q = c
        q.value = c.value / d.value
        q.end = d.end
        q.spelled = true
        return q
    }

    /// "a third", "a half", "an eighth", "a quarter million", "a hundredth".
    private func articleFraction(at tok: Token, scaled: Bool = true) -> Quantity? {
        guard let d = denominator(at: tok.end), !d.plural, d.value != 0 else { return nil }
        if d.ordinalValue == 2 { return nil }   // "a second" is never a half
        var q = Quantity(value: 1 / d.value, start: tok.start, end: d.end, spelled: true)
        if !scaled { return q }
        applyScaleAfterFraction(&q)
        if q.scaled { return q }
        // "a third term" is an ordinal: a fraction needs "of", an end, or a comparison after it.
        let after = t.token(from: d.end)
        if after.isEnd || after.brokenLine || after.kind == .symbol || lex.ordinalDenominatorAfterA.contains(after.key) || d.ordinalValue == nil {
            // "three rounds of relief, and has promised a fourth": the next of a series.
            if let o = d.ordinalValue, continuesSeries(before: tok.start, upTo: o) { return nil }
            return q
        }
        return nil
    }

    /// How many words back "a fourth" looks for the "three" it follows on from.
    static let seriesReach = 24

    /// Whether the words shortly before `pos`, in the same sentence, count one less than `ordinal`.
    private func continuesSeries(before pos: Int, upTo ordinal: Double) -> Bool {
        var p = pos
        for _ in 0..<FigureScanner.seriesReach {
            let tok = t.token(before: p)
            if tok.isEnd || tok.brokenLine || tok.key == g.period { return false }
            if let u = lex.info(tok)?.unit, Double(u) == ordinal - 1 { return true }
            p = tok.start
        }
        return false
    }

    /// "half", "half a dozen", "half million", "quarter million".
    private func fractionWord(at tok: Token) -> Quantity? {
        guard let f = lex.info(tok)?.fraction, f != 0 else { return nil }
        let prev = t.token(before: tok.start)
        if prev.kind == .word && lex.notHalfAfter.contains(prev.key) { return nil }
        if t.byte(tok.end) == 0x2D { return nil }   // "half-hearted"
        var q = Quantity(value: 1 / f, start: tok.start, end: tok.end, spelled: true)
        applyScaleAfterFraction(&q)
        if q.scaled { return q }
        if tok.key != g.half { return nil }   // a bare "quarter" is a period of the year
        let next = t.token(from: tok.end)
        if next.key == g.a || next.key == g.an {
            let d = t.token(from: next.end)
            if lex.info(d)?.isDozen == true { q.value = 12 / f; q.end = d.end; return q }
        }
        return q
    }

    /// "million" or "of a million" after a fraction multiplies it.
    private func applyScaleAfterFraction(_ q: inout Quantity) {
        var next = t.token(from: q.end)
        if next.key == g.of {
            let a = t.token(from: next.end)
            guard a.key == g.a else { return }
            next = t.token(from: a.end)
        } else if next.key == g.a, !next.brokenLine {
            // "half a million"
            let scale = t.token(from: next.end)
            if lex.info(scale)?.scale != nil { next = scale }
        }
        guard !next.brokenLine, let s = lex.info(next)?.scale else { return }
        q.value *= pow10(s)
        q.end = next.end
        q.scaled = true
        q.lastScale = s
    }

    /// "two hundred point zero three": digits named one by one after "point".
    private func spelledDecimals(_ q: inout Quantity, from pos: Int) {
        var digits = ""
        var p = pos
        var end = q.end
        var afterTen = false
        while digits.count < 30 {
            let tok = t.token(from: p)
            guard !tok.brokenLine, let info = lex.info(tok) else { break }
            if let u = info.unit {
                if afterTen && u >= 1 && u < 10 { digits.removeLast() }
                digits += String(u)
                afterTen = false
            } else if let ten = info.ten {
                digits += String(ten)
                afterTen = true
            } else { break }
            end = tok.end
            p = tok.end
            let h = t.token(from: p)
            if h.key == g.hyphen { p = h.end }
        }
        guard !digits.isEmpty, let frac = Double("0." + digits) else { return }
        q.value += q.value < 0 ? -frac : frac
        q.end = end
        q.hasDecimals = true
    }

    /// "first", "eleventh", "twenty-fifth" as words on their own.
    private func ordinalWord(at tok: Token) -> Quantity? {
        guard let o = lex.info(tok)?.ordinal else { return nil }
        var q = Quantity(value: o, start: tok.start, end: tok.end, spelled: true)
        q.nonQuantity = .ordinal
        return q
    }

    /// "hundreds", "thousands", "dozens": an order of magnitude, not a number.
    private func vagueWord(at tok: Token) -> Quantity? {
        guard let r = lex.info(tok)?.vague else { return nil }
        var q = Quantity(value: r.lowerBound, start: tok.start, end: tok.end, spelled: true)
        q.vague = r
        // Only "hundreds of ...", "scores of ...": "thousands" alone is too often something else.
        let of = t.token(from: tok.end)
        guard of.key == g.of, !of.brokenLine else { return nil }
        let s = t.token(from: of.end)
        if let scale = scaleOfPlural(s) {   // "hundreds of thousands"
            q.vague = (r.lowerBound * pow10(scale))...(r.upperBound * pow10(scale))
            q.end = s.end
        }
        return q
    }

    private func scaleOfPlural(_ tok: Token) -> Int? {
        guard tok.kind == .word, t.byte(tok.end - 1) | 0x20 == 0x73 else { return nil }
        let k = wordHash(t.bytes, tok.start, tok.end - 1)
        return lex.words[k]?.scale ?? (lex.words[k]?.isHundred == true ? 2 : nil)
    }

    /// "tens of thousands", "tens of millions".
    private func tensOf(at tok: Token) -> Quantity? {
        let of = t.token(from: tok.end)
        guard of.key == g.of else { return nil }
        let s = t.token(from: of.end)
        guard let scale = scaleOfPlural(s) else { return nil }
        var q = Quantity(value: 10 * pow10(scale), start: tok.start, end: s.end, spelled: true)
        q.vague = (20 * pow10(scale))...(99 * pow10(scale))
        return q
    }
}
