/// Reads cardinal numbers made of digits and number words: "twenty-one trillion three hundred",
/// "3 hundred and 21", "1.5 million", "five and a half million", "two thirds", "a dozen".
extension FigureScanner {
    /// Longest stretch of tokens one spelled number may take; keeps the scan linear.
    static let maxNumberTokens = 40

    private struct Build {
        var total = 0.0
        var chunk = 0.0
        var lastScale = Int.max
        var chunkHasHundred = false
        var chunkHasTen = false
        var chunkHasUnit = false
        var small = 0.0
        var tokens = 0
        var value: Double { total + chunk }
    }

    func cardinal(at first: Token) -> Quantity? {
        var q: Quantity
        var b = Build()
        var startKind: UInt8 = 0
        var pos: Int
        if first.kind == .digits || first.isSymbol(".") {
            if first.isSymbol(".") && !t.isDigit(first.end) { return nil }
            q = digitNumeral(at: first.start)
            if q.nonQuantity != nil || q.currency != nil { return q }
            b.chunk = q.value
            b.small = q.value
            if q.scaled { b.total = q.value; b.chunk = 0; b.lastScale = q.lastScale }
            pos = q.end
            startKind = q.scaled ? 3 : 1
        } else {
            guard first.kind == .word else { return nil }
            q = Quantity(value: 0, start: first.start, end: first.start, spelled: true)
            pos = first.start
        }
        var lastKind: UInt8 = startKind   // 1 unit/ten/digits, 2 hundred, 3 scale, 4 "and", 5 hyphen, 6 dozen
        var good: (Build, Int, UInt8)? = q.end > q.start ? (b, q.end, startKind) : nil
        var beforeAnd: (Build, Int, UInt8)?

        loop: while b.tokens < FigureScanner.maxNumberTokens {
            let tok = t.token(from: pos)
            if tok.isEnd || tok.brokenLine { break }
            b.tokens += 1
            if tok.kind == .digits {
                // Digits continue a number only after "hundred and", a scale, or "thousand and".
                guard lastKind == 3 || (lastKind == 4 && good != nil) else { break }
                let d = digitNumeral(at: tok.start)
                guard d.nonQuantity == nil, d.currency == nil, !d.scaled, d.value < 1000, tok.spaced else { break }
                if d.value == 0 && lastKind == 4 { break }
                b.chunk += d.value; b.small = d.value; b.chunkHasUnit = true; b.chunkHasTen = true
                pos = d.end; lastKind = 1
                good = (b, pos, lastKind)
                continue
            }
            if tok.key == g.hyphen {
                guard (lastKind == 1 && b.chunkHasTen && !b.chunkHasUnit) else { break }
                let next = t.token(from: tok.end)
                guard let ni = lex.info(next), (ni.unit.map { $0 >= 1 && $0 <= 9 } ?? false) || ni.ordinal != nil else { break }
                pos = tok.end; lastKind = 5
                continue
            }
            guard tok.kind == .word else { break }
            if tok.key == g.and {
                guard lastKind == 2 || lastKind == 3, good != nil else { break }
                beforeAnd = good
                pos = tok.end; lastKind = 4
                continue
            }
            if (tok.key == g.a || tok.key == g.an || lex.scaleArticles.contains(tok.key)) && q.end == q.start && b.tokens == 1 {
                // "a hundred", "a dozen", "a million", "un milliard", "eine Milliarde": the article counts as one.
                let next = t.token(from: tok.end)
                guard let ni = lex.info(next), ni.isHundred || ni.scale != nil || ni.isDozen else { return nil }
                b.chunk = 1; b.small = 1; b.chunkHasUnit = true
                q.isBareOne = true
                pos = tok.end; lastKind = 1
                continue
            }
            guard let info = lex.info(tok) else { break }
            if let h = info.hundredValue {
                // "trescientos", "duecento", "двести": a whole hundred in one word, as "three hundred" is in two.
                guard b.chunk == 0 && !b.chunkHasHundred && (lastKind == 0 || lastKind == 3 || lastKind == 4) else { break }
                b.chunk = Double(h); b.small = Double(h)
                b.chunkHasHundred = true; b.chunkHasTen = false; b.chunkHasUnit = false
                pos = tok.end; lastKind = 2
                good = (b, pos, lastKind)
                continue
            }
            if let u = info.unit {
                let afterTen = b.chunkHasTen && !b.chunkHasUnit && u >= 1 && u <= 9 && (lastKind == 1 || lastKind == 5) && b.small >= 20 && b.small < 100
                let fresh = b.chunk == 0 && !b.chunkHasHundred && (lastKind == 0 || lastKind == 3 || lastKind == 4)
                let afterHundred = b.chunkHasHundred && !b.chunkHasTen && !b.chunkHasUnit && (lastKind == 2 || lastKind == 4)
                if u == 0 && lastKind == 4 { break }
                if lastKind == 4 && startsFraction(after: tok.end), let back = beforeAnd { good = back; break }
                if afterTen { b.chunk += Double(u); b.small += Double(u); b.chunkHasUnit = true }
                else if fresh || afterHundred { b.chunk += Double(u); b.small = Double(u); b.chunkHasUnit = true; b.chunkHasTen = u >= 10 }
                else { break }
                pos = tok.end; lastKind = 1
                good = (b, pos, lastKind)
                continue
            }
            if let ten = info.ten {
                let fresh = b.chunk == 0 && !b.chunkHasHundred && (lastKind == 0 || lastKind == 3 || lastKind == 4)
                let afterHundred = b.chunkHasHundred && !b.chunkHasTen && !b.chunkHasUnit && (lastKind == 2 || lastKind == 4)
                guard fresh || afterHundred else { break }
                if lastKind == 4 && startsFraction(after: tok.end), let back = beforeAnd { good = back; break }
                b.chunk += Double(ten); b.small = Double(ten); b.chunkHasTen = true
                pos = tok.end; lastKind = 1
                good = (b, pos, lastKind)
                continue
            }
            if info.isHundred {
                if b.chunkHasHundred {
                    if lastKind == 1, let back = beforeAnd { good = back }
                    break
                }
                guard lastKind == 0 || lastKind == 1 || lastKind == 3 else { break }
                b.chunk = (b.chunk == 0 ? 1 : b.chunk) * 100
                b.chunkHasHundred = true; b.chunkHasTen = false; b.chunkHasUnit = false
                pos = tok.end; lastKind = 2
                good = (b, pos, lastKind)
                continue
            }
            if let s = info.scale {
                if lastKind == 0 && b.chunk == 0 {
                    // A bare "thousand" is not read as 1000; "mil personas", "тысяча человек" are.
                    guard info.countsAlone else { break }
                    b.chunk = 1; b.small = 1; b.chunkHasUnit = true
                }
                if s < b.lastScale {
                    b.total += (b.chunk == 0 ? 1 : b.chunk) * pow10(s)
                } else if b.chunk == 0 && lastKind == 3 {
                    b.total *= pow10(s)   // "three lakh crore", "thousand million"
                } else {
                    if lastKind == 1, let back = beforeAnd { good = back }
                    break
                }
                b.chunk = 0; b.small = 0; b.lastScale = s
                b.chunkHasHundred = false; b.chunkHasTen = false; b.chunkHasUnit = false
                q.scaled = true
                pos = tok.end; lastKind = 3
                good = (b, pos, lastKind)
                continue
            }
            if info.isDozen {
                guard lastKind == 1 || (lastKind == 0 && b.chunk > 0) else { break }
                let s = b.small == 0 ? 1 : b.small
                b.chunk += s * 11
                b.small = s * 12
                pos = tok.end; lastKind = 6
                good = (b, pos, lastKind)
                continue
            }
            break
        }
        guard let (final, end, kind) = good else { return nil }
        q.value = final.value
        q.end = end
        q.lastScale = final.lastScale == Int.max ? 0 : final.lastScale
        if q.spelled || kind != 1 { q.plainDigits = 0 }
        if final.total > 0 { q.scaled = true }
        q.isBareOne = q.isBareOne && final.tokens <= 1 || (q.spelled && final.value == 1 && t.token(from: q.start).end == end)
        return q
    }

    /// After a small number: is a denominator next ("three fifths", "fifty-four hundredths")?
    private func startsFraction(after pos: Int) -> Bool {
        var p = pos
        let h = t.token(from: p)
        if h.key == g.hyphen {
            let u = t.token(from: h.end)
            if lex.info(u)?.unit != nil { p = u.end }
        }
        guard let d = denominator(at: p) else { return false }
        return d.plural || lex.info(t.token(from: p))?.fraction != nil
    }
}
