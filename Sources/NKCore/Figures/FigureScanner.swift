/// Finds every figure in one text, left to right, in a single pass.
struct FigureScanner {
    let t: TextBytes
    let lex: Lexicon
    let g: GrammarKeys

    init(t: TextBytes, lex: Lexicon) {
        self.t = t
        self.lex = lex
        g = lex.grammar
    }

    /// A figure before its offsets are converted to scalars.
    struct Found {
        var kind: Figure.Kind
        var start: Int
        var end: Int
        var value: Double?
        var low: Double?
        var high: Double?
        var approx = false
        var qualifier: String?
        var currency: String?
        var unit: String?
        var vague = false
    }

    func scan() -> [Found] {
        var found: [Found] = []
        var pos = 0
        var floor = 0
        while true {
            let tok = t.token(from: pos)
            if tok.isEnd { break }
            if tok.kind == .word {
                let next = t.byte(tok.end)
                if (next == 0x3A || next == 0x2E || next == 0x40), let skip = urlEnd(at: tok) { pos = skip; floor = skip; continue }
                // Most words start no figure: one table lookup decides.
                if !lex.figureStarts.contains(tok.key) { pos = tok.end; continue }
            } else if let skip = escapeSequenceEnd(at: tok) { pos = skip; floor = skip; continue }
            guard var f = figure(at: tok, floor: floor) else { pos = tok.end; continue }
            if let last = found.last, let merged = mergeBounds(last, f) {
                found[found.count - 1] = merged
            } else {
                if f.start < floor { f.start = floor }
                found.append(f)
            }
            pos = max(f.end, tok.end)
            floor = pos
        }
        return found
    }

    /// A terminal escape sequence ("ESC [ 31 m") carries digits that are never figures.
    private func escapeSequenceEnd(at tok: Token) -> Int? {
        guard tok.isSymbol("\u{1B}") else { return nil }
        var e = tok.end
        guard t.byte(e) == 0x5B || t.byte(e) == 0x5D else { return e }
        e += 1
        // Parameters and intermediates, then one final byte (CSI); OSC runs to BEL or ESC \.
        while e < t.count && e - tok.end < 256 {
            let b = t.byte(e)
            e += 1
            if b == 0x07 || (b >= 0x40 && b <= 0x7E && t.byte(tok.end) == 0x5B) { break }
        }
        return e
    }

    /// URLs and e-mail addresses carry digits that are never figures.
    private func urlEnd(at tok: Token) -> Int? {
        guard tok.kind == .word else { return nil }
        let b = t.byte(tok.end)
        let isScheme = b == 0x3A && t.byte(tok.end + 1) == 0x2F && t.byte(tok.end + 2) == 0x2F
        let isWWW = tok.end - tok.start == 3 && b == 0x2E && (t.string(tok.start, tok.end).lowercased() == "www")
        let isMail = b == 0x40 && t.isASCIILetter(tok.end + 1)
        guard isScheme || isWWW || isMail else { return nil }
        var e = tok.end
        while e < t.count && t.spaceLength(at: e) == 0 && !t.isNewline(e) { e += 1 }
        return e
    }

    /// The figure that starts at `tok`, if any. `floor` is where the previous figure ended.
    func figure(at tok: Token, floor: Int) -> Found? {
        switch tok.kind {
        case .end: return nil
        case .symbol:
            guard tok.isSymbol("."), t.isDigit(tok.end), !t.isDigit(tok.start - 1) else { return nil }
            return quantityFigure(at: tok, floor: floor)
        case .word:
            guard let info = lex.info(tok) else {
                if tok.key == g.a || tok.key == g.an || tok.key == g.tens || lex.scaleArticles.contains(tok.key) {
                    return quantityFigure(at: tok, floor: floor)
                }
                guard lex.phraseStarts.contains(tok.key) else { return nil }
                return percentOf(at: tok) ?? several(at: tok)
            }
            if info.month != nil, let e = monthDate(at: tok) {
                return Found(kind: .date, start: tok.start, end: e)
            }
            if info.isCardinalWord || info.ordinal != nil || info.fraction != nil || info.vague != nil {
                return quantityFigure(at: tok, floor: floor)
            }
            return percentOf(at: tok) ?? several(at: tok)
        case .digits:
            if let e = label(at: tok, floor: floor) { return Found(kind: .other, start: tok.start, end: e) }
            if let id = identifier(at: tok, floor: floor) { return Found(kind: .other, start: id.start, end: id.end) }
            if let e = clockTime(at: tok) { return Found(kind: .time, start: tok.start, end: e) }
            if let e = numericDate(at: tok) { return Found(kind: .date, start: tok.start, end: e) }
            return quantityFigure(at: tok, floor: floor)
        }
    }

    /// A number with everything around it: hedges, currency, percent, ranges.
    private func quantityFigure(at tok: Token, floor: Int) -> Found? {
        guard var q = numberPhrase(at: tok) else { return nil }
        if let kind = q.nonQuantity {
            var end = q.end
            if kind == .year || kind == .date { end = extendCounterDate(q) }
            let isDate = kind == .year && end > q.end
            let value: Double? = (kind == .ordinal || kind == .year) && q.value.isFinite ? q.value : nil
            return Found(kind: isDate ? .date : kind, start: q.start, end: end, value: isDate ? nil : value)
        }
        if q.spelled && q.value == 1 && !q.scaled && q.end == tok.end && tok.key == g.one && isPronounOne(tok, floor: floor) {
            return nil
        }
        // "Four years ago", "Ten days later": when, not how many.
        if let m = phrase(lex.relativeTime, after: q.end) { return Found(kind: .duration, start: q.start, end: m.end) }
        // "11 February 2025", "10-11 September", "16 and 17 September"
        if q.plainDigits > 0 && q.plainDigits <= 2 && (1...31).contains(q.value) {
            // "3. März": the day's dot, where the language writes one.
            let dayEnd = lex.dayDotMonth && t.byte(q.end) == 0x2E ? q.end + 1 : q.end
            var m = t.token(from: dayAfterJoiner(from: dayEnd) ?? dayEnd)
            if let afterJoiner = afterDateJoiner(from: m.start), lex.info(afterJoiner)?.month != nil { m = afterJoiner }
            if !m.brokenLine, lex.info(m)?.month != nil, isMonthName(m) {
                return Found(kind: .date, start: q.start, end: monthDate(at: m) ?? m.end)
            }
        }
        // Outward from the number: a sign ("$-5"), the currency, a sign before it ("-$5"), hedges.
        var a = Affixes(start: q.start, end: q.end)
        signBefore(q, floor: floor, into: &a)
        currencyBefore(floor: floor, into: &a)
        if !a.negative { signBefore(q, floor: floor, into: &a) }
        hedgeBefore(floor: floor, into: &a)
        suffixes(&q, into: &a)
        if a.kind == .number && !a.hedged && a.currency == nil && isYear(q, floor: floor) {
            if let r = yearRange(q) { return Found(kind: .year, start: q.start, end: r) }
            return Found(kind: .year, start: q.start, end: q.end, value: q.value)
        }
        if a.kind == .duration { return Found(kind: .duration, start: q.start, end: a.end) }
        var f = assemble(q, a)
        if let r = range(from: f, q, a) { f = r }
        else if let r = ratio(from: f, q, a) { f = r }
        // A scale or currency multiplier can still overflow a finite number ("$1e308bn").
        let finite = [f.value, f.low, f.high].allSatisfy { $0?.isFinite ?? true }
        return finite ? f : Found(kind: .other, start: f.start, end: f.end)
    }

    /// "the one", "that one", "the economic one.": "one" standing for a noun, not counting.
    private func isPronounOne(_ tok: Token, floor: Int) -> Bool {
        let prev = t.token(before: tok.start)
        guard prev.start >= floor, !prev.brokenLine else { return false }
        if lex.notOneAfter.contains(prev.key) { return true }
        let next = t.token(from: tok.end)
        guard next.isEnd || next.brokenLine || next.kind == .symbol, prev.kind == .word else { return false }
        let det = t.token(before: prev.start)
        return det.start >= floor && !det.brokenLine && lex.notOneAfter.contains(det.key)
    }

    /// Turns a number and its affixes into a figure with bounds.
    func assemble(_ q: Quantity, _ a: Affixes) -> Found {
        var v = q.value * a.multiplier + a.cents / 100
        if a.negative { v = -v }
        var f = Found(kind: a.kind, start: a.start, end: a.end, value: v, low: v, high: v,
                      approx: a.approx, qualifier: a.qualifier, currency: a.currency, unit: a.unit)
        if let r = q.vague {
            f.value = nil; f.low = r.lowerBound; f.high = r.upperBound; f.approx = true; f.vague = true
            f.qualifier = f.qualifier ?? t.string(q.start, q.end).lowercased()
        }
        switch a.bound {
        case .lower: f.high = nil
        case .upper: f.low = nil
        case .exact: break
        }
        return f
    }

    /// "percent of 10", "per cent of twenty-two".
    private func percentOf(at tok: Token) -> Found? {
        guard let p = phrase(lex.percentWords, after: tok.start), p.start == tok.start else { return nil }
        let of = t.token(from: p.end)
        guard of.key == g.of, !of.brokenLine else { return nil }
        let n = t.token(from: of.end)
        guard let q = numberPhrase(at: n), q.nonQuantity == nil, q.vague == nil else { return nil }
        return Found(kind: .percent, start: tok.start, end: q.end, value: q.value, low: q.value, high: q.value)
    }

    /// "several hundred", "a few thousand".
    private func several(at tok: Token) -> Found? {
        guard let p = phrase(lex.several, after: tok.start), p.start == tok.start,
              let r = lex.severalRanges[p.0.text] else { return nil }
        let s = t.token(from: p.end)
        guard !s.brokenLine, let info = lex.info(s), info.isHundred || info.scale != nil else { return nil }
        let scale = info.isHundred ? 100 : pow10(info.scale ?? 0)
        return Found(kind: .number, start: tok.start, end: s.end, value: nil, low: r.lowerBound * scale,
                     high: r.upperBound * scale, approx: true, qualifier: p.0.text, vague: true)
    }

}

extension FigureScanner {
    /// "3/4", "2 1/4" with a denominator people use for fractions; other "a/b" are identifiers.
    func digitFraction(at tok: Token) -> Quantity? {
        var whole: Token?
        var top = tok
        if t.byte(tok.end) != 0x2F {
            let next = t.token(from: tok.end)
            guard next.kind == .digits, next.spaced, !next.brokenLine, tok.end - tok.start <= 3,
                  t.byte(next.end) == 0x2F, t.isDigit(next.end + 1) else { return nil }
            whole = tok
            top = next
        }
        guard t.isDigit(top.end + 1) else { return nil }
        var e = top.end + 1
        while t.isDigit(e) { e += 1 }
        if t.byte(e) == 0x2F || t.isWordScalar(at: e) { return nil }
        let num = Double(digitValue(top.start, top.end))
        let den = Double(digitValue(top.end + 1, e))
        guard e - top.end <= 4, [2, 3, 4, 5, 6, 8, 10, 16, 32, 100].contains(den) else {
            if whole != nil { return nil }
            var q = Quantity(value: 0, start: top.start, end: e)
            q.nonQuantity = .other
            return q
        }
        var q = Quantity(value: num / den, start: whole?.start ?? top.start, end: e)
        if let w = whole { q.value += Double(digitValue(w.start, w.end)) }
        q.hasDecimals = true
        return q
    }
}
