/// Ranges ("10,000-15,000", "between $750 million and $1.1 billion"), ratios ("one in three"),
/// and two-sided bounds ("more than 10 and less than 20").
extension FigureScanner {
    func range(from f: Found, _ q: Quantity, _ a: Affixes) -> Found? {
        guard q.vague == nil, f.kind.isQuantity else { return nil }
        let j = t.token(from: a.end)
        guard !j.brokenLine, !j.isEnd else { return nil }
        let isDash = j.key == g.hyphen || j.key == g.enDash || j.key == g.emDash
        let isJoiner = isDash || j.key == g.tilde || j.key == g.to || j.key == g.through
            || j.key == g.thru || (j.key == g.and && a.opener?.key == g.between)
        guard isJoiner else { return nil }
        if isDash && j.spaced != t.token(from: j.end).spaced { return nil }
        guard let (q2, a2) = rangeSide(after: j.end) else { return nil }
        if isDash && q2.spelled { return nil }
        // Kinds and currencies must agree; a bare side takes the other side's.
        var kind = f.kind
        if kind == .number { kind = a2.kind } else if a2.kind != .number && a2.kind != kind { return nil }
        // "fell 42% to 2.78 million": a percentage stated on the first side must be on the second.
        if f.kind == .percent && a2.kind != .percent && q2.scaled { return nil }
        if let c1 = f.currency, let c2 = a2.currency, c1 != c2 { return nil }
        var low = q.value * a.multiplier
        var high = q2.value * a2.multiplier
        if a.negative { low = -low }
        if a2.negative { high = -high }
        // Shared scale: "10-15 million", "1.0382 trillion to 1.5227 trillion".
        if !q.scaled && q2.scaled && q2.lastScale > 0 && low * pow10(q2.lastScale) <= high { low *= pow10(q2.lastScale) }
        // Shared thousands: "25-30,000".
        else if isDash && q.plainDigits > 0 && q.plainDigits <= 3 && q2.grouped && !q2.scaled
            && low * 1000 <= high && low * 1000 * 10 >= high { low *= 1000 }
        guard low < high else { return nil }
        var r = f
        r.kind = kind
        r.end = a2.end
        r.value = nil
        r.low = low
        r.high = high
        r.currency = f.currency ?? a2.currency
        r.unit = f.unit ?? a2.unit
        r.approx = a.approx || a2.approx
        // "between X and Y", "from X to Y": the opener belongs to the range.
        if let opener = a.opener {
            r.start = opener.start
            r.qualifier = [opener.key == g.between ? "between" : "from", a.qualifier].compactMap { $0 }.joined(separator: " ")
        }
        return r
    }

    private func rangeSide(after pos: Int) -> (q: Quantity, a: Affixes)? {
        var tok = t.token(from: pos)
        guard !tok.brokenLine else { return nil }
        if tok.kind == .symbol, lex.currencySymbols[tok.key] != nil { tok = t.token(from: tok.end) }
        else if tok.kind == .word, lex.currencyCodes[tok.key] != nil { tok = t.token(from: tok.end) }
        guard !tok.brokenLine, tok.kind == .digits || tok.kind == .word,
              var q = numberPhrase(at: tok), q.nonQuantity == nil, q.vague == nil else { return nil }
        var a = Affixes(start: q.start, end: q.end)
        currencyBefore(floor: pos, into: &a)
        suffixes(&q, into: &a)
        return (q, a)
    }

    /// "one in three", "two out of five hundred", "one over twenty".
    func ratio(from f: Found, _ q: Quantity, _ a: Affixes) -> Found? {
        guard f.kind == .number, f.currency == nil, q.vague == nil, !q.hasDecimals else { return nil }
        var j = t.token(from: a.end)
        guard !j.brokenLine else { return nil }
        let word = j.key
        if word == g.out {
            let of = t.token(from: j.end)
            guard of.key == g.of else { return nil }
            j = of
        } else if word != g.inWord && word != g.over {
            return nil
        }
        let n = t.token(from: j.end)
        guard !n.brokenLine, n.kind == .digits || lex.info(n)?.isCardinalWord == true,
              let q2 = numberPhrase(at: n), q2.nonQuantity == nil, q2.vague == nil, q2.value != 0 else { return nil }
        if q2.plainDigits == 4 && (1000...2999).contains(q2.value) { return nil }   // "in 2009"
        let after = t.token(from: q2.end)
        if word == g.over {
            guard after.isEnd || after.brokenLine || (after.kind == .symbol && !after.isSymbol("%")) else { return nil }
        } else {
            guard q.value < q2.value, q.value >= 1, q2.value >= 2 else { return nil }
            if after.kind == .symbol && (after.isSymbol("%") || lex.currencySymbols[after.key] != nil) { return nil }
        }
        var r = f
        let v = (a.negative ? -q.value : q.value) / q2.value
        // A hedge bounds the share, not its first number: "fewer than one in ten" is at most 0.1.
        r.value = v
        r.low = a.bound == .upper ? nil : v
        r.high = a.bound == .lower ? nil : v
        r.end = q2.end
        // "2 in 5 or more"
        if let m = phrase(lex.lowerAfter, after: r.end) { r.high = nil; r.end = m.end; r.qualifier = m.0.text }
        return r
    }

    /// "2024-25", "1990–2000": a span of years.
    func yearRange(_ q: Quantity) -> Int? {
        let j = t.token(from: q.end)
        guard !j.spaced, j.key == g.hyphen || j.key == g.enDash else { return nil }
        let n = t.token(from: j.end)
        guard n.kind == .digits, !n.spaced, !t.isWordScalar(at: n.end) else { return nil }
        let len = n.end - n.start
        let v = Double(digitValue(n.start, n.end))
        if len == 2 || (len == 4 && v > q.value && v < 3000) { return n.end }
        return nil
    }

    /// "more than 10 and less than 20" becomes one figure from 10 to 20.
    func mergeBounds(_ p: Found, _ c: Found) -> Found? {
        guard p.kind == c.kind, p.kind.isQuantity, p.currency == c.currency, p.value != nil, c.value != nil else { return nil }
        let pOpen = (p.low == nil) != (p.high == nil)
        let cOpen = (c.low == nil) != (c.high == nil)
        guard pOpen, cOpen, (p.low == nil) != (c.low == nil) else { return nil }
        var pos = p.end
        var joins = 0
        while pos < c.start {
            let tok = t.token(from: pos)
            guard tok.start < c.start, !tok.brokenLine, joins < 2 else { break }
            guard tok.key == g.and || tok.key == g.but || tok.key == g.comma else { return nil }
            joins += 1
            pos = tok.end
        }
        guard joins >= 1 else { return nil }
        let low = p.low ?? c.low!
        let high = p.high ?? c.high!
        guard low < high else { return nil }
        var m = p
        m.end = c.end
        m.value = nil
        m.low = low
        m.high = high
        m.qualifier = [p.qualifier, c.qualifier].compactMap { $0 }.joined(separator: " … ")
        return m
    }
}
