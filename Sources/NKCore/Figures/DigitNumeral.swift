extension FigureScanner {
    /// Reads a numeral written with digits at `i`: "11,000", "1.0382", ".08", "1e10", "5k", "11th".
    func digitNumeral(at i: Int) -> Quantity {
        var e = i
        var digitCount = 0
        var text: [UInt8] = []
        func take(_ from: Int, _ to: Int) {
            digitCount += to - from
            if digitCount <= 400 { text.append(contentsOf: t.bytes[from..<to]) }
        }
        var q = Quantity(value: 0, start: i, end: i)
        if t.byte(e) != 0x2E {
            var r = e
            while t.isDigit(r) { r += 1 }
            take(e, r)
            let firstRun = r - e
            e = r
            // Thousands separators: commas, or thin/no-break spaces, between groups of exactly three.
            // In a decimal-comma language the groups are dotted ("1.200") and a comma is the decimal point.
            let groupByte: UInt8 = lex.decimalComma ? 0x2E : 0x2C
            if firstRun <= 2, !lex.decimalComma, let indianEnd = indianGroups(from: e) {
                // "12,34,567.89": lakh-style groups of two, then a final group of three.
                var k = e
                while k < indianEnd { if t.isDigit(k) { take(k, k + 1) }; k += 1 }
                e = indianEnd
                q.grouped = true
            }
            if firstRun <= 3 && !q.grouped {
                while t.byte(e) == groupByte, t.isDigit(e + 1), t.isDigit(e + 2), t.isDigit(e + 3), !t.isDigit(e + 4) {
                    take(e + 1, e + 4); e += 4; q.grouped = true
                }
                if !q.grouped {
                    while true {
                        let sp = t.spaceLength(at: e)
                        guard sp > 0, t.isDigit(e + sp), t.isDigit(e + sp + 1), t.isDigit(e + sp + 2),
                              !t.isDigit(e + sp + 3), t.byte(e + sp + 3) != groupByte else { break }
                        take(e + sp, e + sp + 3); e += sp + 3; q.grouped = true
                    }
                }
            }
        }
        if lex.decimalComma && q.grouped && t.byte(e) == 0x2E && t.isDigit(e + 1) {
            // "192.168.1.2" read with dotted groups: an identifier all the same.
            while (t.byte(e) == 0x2E && t.isDigit(e + 1)) || t.isDigit(e) { e += 1 }
            q.end = e
            q.nonQuantity = .other
            return q
        }
        // The decimal separator; a decimal-comma language's texts still write "3.5" now and then.
        if (t.byte(e) == (lex.decimalComma ? 0x2C : 0x2E) || (lex.decimalComma && !q.grouped && t.byte(e) == 0x2E)) && t.isDigit(e + 1) {
            var r = e + 1
            while t.isDigit(r) { r += 1 }
            text.append(0x2E)
            take(e + 1, r)
            e = r
            q.hasDecimals = true
            // "192.168.1.2", "1.2.3": dotted identifiers, not numbers.
            if (t.byte(e) == 0x2E || (lex.decimalComma && t.byte(e) == 0x2C)) && t.isDigit(e + 1) {
                while ((t.byte(e) == 0x2E || (lex.decimalComma && t.byte(e) == 0x2C)) && t.isDigit(e + 1)) || t.isDigit(e) { e += 1 }
                q.end = e
                q.nonQuantity = .other
                return q
            }
        }
        if !q.hasDecimals && !q.grouped { q.plainDigits = digitCount }
        // Scientific notation: 1e10, 12.32e+14, -12e-1.
        var exponent = 0
        var hasExponent = false
        let eb = t.byte(e) | 0x20
        if eb == 0x65 {
            var r = e + 1
            var negative = false
            if t.byte(r) == 0x2B || t.byte(r) == 0x2D { negative = t.byte(r) == 0x2D; r += 1 }
            if t.isDigit(r) {
                var s = r
                var ex = 0
                while t.isDigit(s) { ex = min(ex * 10 + Int(t.byte(s) - 0x30), 100_000); s += 1 }
                if !t.isWordScalar(at: s) {
                    exponent = negative ? -ex : ex
                    hasExponent = true
                    e = s
                }
            }
        }
        var value = digitCount > 400 ? Double.infinity : (Double(String(decoding: text, as: UTF8.self)) ?? .infinity)
        if hasExponent { value = exponent >= 0 ? value * pow10(exponent) : value / pow10(-exponent) }
        // Powers: 1.1^23, 2.5^-1, 1.3x10^6.
        if t.byte(e) == 0x5E || (t.byte(e) | 0x20 == 0x78 && t.byte(e + 1) == 0x31 && t.byte(e + 2) == 0x30 && t.byte(e + 3) == 0x5E) {
            let isTimesTen = t.byte(e) != 0x5E
            var r = isTimesTen ? e + 4 : e + 1
            var sign = 1.0
            while t.byte(r) == 0x2B || t.byte(r) == 0x2D { if t.byte(r) == 0x2D { sign = -sign }; r += 1 }
            if t.isDigit(r) {
                var ex = 0.0
                while t.isDigit(r) { ex = min(ex * 10 + Double(t.byte(r) - 0x30), 1e5); r += 1 }
                value = isTimesTen ? value * Foundation.pow(10, sign * ex) : Foundation.pow(value, sign * ex)
                e = r
                q.plainDigits = 0
            }
        }
        q.value = value
        q.end = e
        if !lex.myriadUnits.isEmpty || !lex.quotedMyriadUnits.isEmpty { readMyriadUnits(&q) }
        readAttachedSuffix(&q)
        if !q.scaled && q.nonQuantity == nil { readSpacedSuffix(&q) }
        // Too large to hold ("1x10^400th"): recognised, so never a count or an ordinal.
        if !q.value.isFinite { q.nonQuantity = .other }
        return q
    }

    private func isAfterCurrencySign(_ i: Int) -> Bool {
        let before = t.token(before: i)
        return before.kind == .symbol && lex.currencySymbols[before.key] != nil
    }

    /// "2.33 k", "1,674.5 G": a scale letter standing apart, then nothing word-like.
    private func readSpacedSuffix(_ q: inout Quantity) {
        let s = t.token(from: q.end)
        guard s.kind == .word, s.spaced, !s.brokenLine, s.end - s.start == 1,
              let scale = lex.spacedSuffixScales[t.string(s.start, s.end)] else { return }
        let isK = t.byte(s.start) | 0x20 == 0x6B
        guard isK || q.hasDecimals || q.grouped else { return }
        let after = t.token(from: s.end)
        guard after.isEnd || after.brokenLine || (after.kind == .symbol && lex.currencySymbols[after.key] == nil) else { return }
        q.value *= pow10(scale); q.scaled = true; q.lastScale = scale; q.plainDigits = 0; q.end = s.end
    }

    /// No Indian numeral has more groups of two than this ("1,23,45,67,89,01,234" is already ten
    /// thousand crore crore); a longer run ("12,34,34,…") is no numeral and is not read to its end,
    /// which made each of its figures re-read the rest of the run.
    static let mostIndianPairs = 8

    /// End of ",dd,dd,ddd" after the first group, or nil if the digits are not grouped that way.
    private func indianGroups(from i: Int) -> Int? {
        var e = i
        var pairs = 0
        while t.byte(e) == 0x2C, t.isDigit(e + 1), t.isDigit(e + 2), t.byte(e + 3) == 0x2C {
            e += 3
            pairs += 1
            if pairs > FigureScanner.mostIndianPairs { return nil }
        }
        guard pairs > 0, t.byte(e) == 0x2C, t.isDigit(e + 1), t.isDigit(e + 2), t.isDigit(e + 3), !t.isDigit(e + 4) else { return nil }
        return e + 4
    }

    /// Letters written straight after the digits: scales ("5k"), ordinals ("11th"), decades ("1990s"),
    /// currency codes ("115usd"), units of other scripts ("2025년"); anything else makes an identifier.
    private func readAttachedSuffix(_ q: inout Quantity) {
        guard t.isWordScalar(at: q.end) else { return }
        // Korean, Chinese, Japanese: a counter, a currency or a particle follows the digits unspaced.
        if !lex.myriadUnits.isEmpty && t.byte(q.end) >= 0x80 { readUnspacedSuffix(&q); return }
        var e = q.end
        while t.isWordScalar(at: e) { e += t.scalar(at: e).1 }
        let suffix = t.string(q.end, e)
        let lower = suffix.lowercased()
        let next = t.byte(e)
        let endsClean = !t.isDigit(e) && next != 0x5F
        if endsClean, let scale = lex.suffixScales[suffix] ?? lex.suffixScales[lower],
           !(suffix == "G" || suffix == "g") || q.plainDigits >= 2 || q.hasDecimals,
           // "$170mm" is money's million; a bare "170mm" is a length ("170mm guns").
           lower != "mm" || isAfterCurrencySign(q.start) {
            q.value *= pow10(scale)
            q.scaled = true
            q.lastScale = scale
            q.plainDigits = 0
            q.end = e
            return
        }
        if endsClean, let unit = lex.attachedUnits[lower] {
            q.end = e
            apply(unit, to: &q)
            return
        }
        let key = wordHash(t.bytes, q.end, e)
        if endsClean, let code = lex.currencyCodes[key] {
            q.currency = code
            q.end = e
            return
        }
        // "29km", "4G", "A330b": an identifier or a measurement we do not read.
        q.end = identifierEnd(from: e)
        q.nonQuantity = .other
    }

    /// A unit written after digits ("year", "count", "scale:4", "currency:KRW") applied to them.
    private func apply(_ unit: String, to q: inout Quantity) {
        switch unit {
        case "ordinal": q.nonQuantity = .ordinal
        case "decade": q.nonQuantity = q.plainDigits == 4 ? .year : .other
        case "year": q.nonQuantity = .year
        case "month", "day": q.nonQuantity = .date
        case "minute", "hour", "second": q.nonQuantity = .duration
        case "count": break
        default:
            if unit.hasPrefix("scale:"), let s = Int(unit.dropFirst(6)) {
                q.value *= pow10(s); q.scaled = true; q.lastScale = s; q.plainDigits = 0
            } else if unit.hasPrefix("currency:") {
                q.currency = String(unit.dropFirst(9))
            }
        }
    }

    /// In a language written without spaces between words (or with particles glued on), the
    /// longest known unit at the start of the letters after the digits is the number's ("1200人失蹤"
    /// → 人, "3천 명이" → 명); unknown letters end the number and never make it an identifier.
    private func readUnspacedSuffix(_ q: inout Quantity) {
        var ends: [Int] = []
        var e = q.end
        while ends.count < 4, t.isWordScalar(at: e) { e += t.scalar(at: e).1; ends.append(e) }
        for end in ends.reversed() {
            if let unit = lex.attachedUnits[t.string(q.end, end).lowercased()] {
                q.end = end
                apply(unit, to: &q)
                return
            }
        }
    }

    /// End of an identifier-like run of letters, digits, '-' and '_' starting at `i`.
    func identifierEnd(from i: Int) -> Int {
        var e = i
        while true {
            if t.isDigit(e) || t.byte(e) == 0x5F { e += 1; continue }
            if t.isWordScalar(at: e) { e += t.scalar(at: e).1; continue }
            if t.byte(e) == 0x2D && (t.isDigit(e + 1) || t.isASCIILetter(e + 1)) { e += 1; continue }
            return e
        }
    }
}

import Foundation
