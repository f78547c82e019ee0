/// Things written with digits that are not quantities: identifiers, clock times, dates, years.
extension FigureScanner {
    /// "KN-23", "MiG-29", "davidgooo8", "MH17", "+1-222-2222": the span of an identifier that
    /// contains the digits at `tok`, or nil.
    func identifier(at tok: Token, floor: Int) -> (start: Int, end: Int)? {
        let before = tok.start - 1
        guard before >= floor else { return nil }
        if before >= 0, t.isWordScalar(at: t.scalarStart(before: tok.start)) {
            // Chinese and Japanese run words together: "撥款55萬" is no identifier.
            if !lex.myriadUnits.isEmpty && t.scalar(at: t.scalarStart(before: tok.start)).0.value >= 0x2E80 { return nil }
            let word = t.token(before: tok.start)
            if lex.currencyCodes[word.key] != nil || lex.millionCurrencyCodes[word.key] != nil { return nil }
            return (max(word.start, floor), identifierEnd(from: tok.start))
        }
        if t.byte(before) == 0x2D && before >= 1 && t.isWordScalar(at: t.scalarStart(before: before)) {
            let word = t.token(before: before)
            if lex.identifierPrefixWords.contains(word.key) || lex.info(word) != nil { return nil }
            return (max(word.start, floor), identifierEnd(from: tok.start))
        }
        if isDashedCode(at: tok) || t.byte(before) == 0x2B || t.byte(before) == 0x23 {   // "1111-2222-3333", "+1-222...", "#12"
            var e = tok.end
            while t.isDigit(e) || ((t.byte(e) == 0x2D || t.byte(e) == 0x2F || t.byte(e) == 0x2E) && t.isDigit(e + 1)) { e += 1 }
            return (isDashedCode(at: tok) ? tok.start : before, e)
        }
        return nil
    }

    /// Three or more groups of digits joined by dashes with no space: phone and account numbers.
    private func isDashedCode(at tok: Token) -> Bool {
        var e = tok.end
        var groups = 1
        while t.byte(e) == 0x2D && t.isDigit(e + 1) {
            e += 1
            while t.isDigit(e) { e += 1 }
            groups += 1
        }
        return groups >= 3 && !(groups == 3 && numericDate(at: tok) != nil)
    }

    /// "00:00", "10:30:15", "9:45 pm".
    func clockTime(at tok: Token) -> Int? {
        // "5 pm", "11 a.m.": an hour and nothing more.
        if tok.kind == .digits, tok.end - tok.start <= 2, t.byte(tok.end) != 0x3A, (1...12).contains(digitValue(tok.start, tok.end)),
           let m = phrase(lex.clockSuffixes, after: tok.end), let f = m.0.text.first, f == "a" || f == "p" {
            return m.end
        }
        guard tok.kind == .digits, tok.end - tok.start <= 2, t.byte(tok.end) == 0x3A,
              t.isDigit(tok.end + 1), t.isDigit(tok.end + 2), !t.isDigit(tok.end + 3) else { return nil }
        var e = tok.end + 3
        if t.byte(e) == 0x3A && t.isDigit(e + 1) && t.isDigit(e + 2) && !t.isDigit(e + 3) { e += 3 }
        if let m = phrase(lex.clockSuffixes, after: e) { e = m.end }
        return e
    }

    /// "2025-02-11", "5/17/2018", "11.02.2025", "1995-01": numeric dates, or nil.
    func numericDate(at tok: Token) -> Int? {
        guard tok.kind == .digits else { return nil }
        let sep = t.byte(tok.end)
        guard sep == 0x2D || sep == 0x2F || sep == 0x2E, t.isDigit(tok.end + 1) else { return nil }
        var groups = [tok.end - tok.start]
        var values = [digitValue(tok.start, tok.end)]
        var e = tok.end
        while groups.count < 3, t.byte(e) == sep, t.isDigit(e + 1) {
            var r = e + 1
            while t.isDigit(r) { r += 1 }
            groups.append(r - e - 1)
            values.append(digitValue(e + 1, r))
            e = r
        }
        if t.byte(e) == sep && t.isDigit(e + 1) { return nil }   // four groups: not a date
        if t.isWordScalar(at: e) { return nil }
        if groups.count == 3 {
            let yearFirst = groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2
            let yearLast = groups[2] == 4 && groups[0] <= 2 && groups[1] <= 2
            let short = sep == 0x2F && groups.allSatisfy { $0 <= 2 }
            return yearFirst || yearLast || short ? e : nil
        }
        if groups.count == 2 && sep == 0x2D && groups[0] == 4 && groups[1] == 2 && (1...12).contains(values[1])
            && t.byte(tok.end + 1) == 0x30 && (1000...2999).contains(values[0]) {
            return e
        }
        return nil
    }

    func digitValue(_ s: Int, _ e: Int) -> Int {
        var v = 0
        var i = s
        while i < e && i - s < 9 { v = v * 10 + Int(t.byte(i) - 0x30); i += 1 }
        return v
    }

    /// A month name, with a day and/or year after it: "Feb 11", "June 18", "December 17, 2024",
    /// "October 2014". Returns the end of the date.
    func monthDate(at tok: Token) -> Int? {
        guard let month = lex.info(tok)?.month, month > 0, isMonthName(tok) else { return nil }
        var e = tok.end
        if t.byte(e) == 0x2E { e += 1 }
        // "septiembre de 2023", "12 de setembro de 2023": the year after the language's joiner.
        if let year = afterDateJoiner(from: e), let y = yearAfter(year) { return y }
        let day = t.token(from: e)
        guard day.kind == .digits, day.spaced, !day.brokenLine else { return nil }
        let len = day.end - day.start
        let v = digitValue(day.start, day.end)
        if len == 4 && (1000...2999).contains(v) { return day.end }
        guard len <= 2, (1...31).contains(v) else { return nil }
        e = day.end
        // "November 11 to 18", "September 10-11": a span of days.
        if let end = dayAfterJoiner(from: e) { e = end }
        let suffix = t.token(from: e)
        if !suffix.spaced, suffix.kind == .word, lex.attachedUnits[t.string(suffix.start, suffix.end).lowercased()] == "ordinal" {
            e = suffix.end
        }
        var y = t.token(from: e)
        if y.isSymbol(",") { y = t.token(from: y.end) }
        if let end = yearAfter(y) { e = end }
        return e
    }

    /// The end of a four-digit year starting at `y`, not the start of a larger number ("2023,5", "2.023").
    private func yearAfter(_ y: Token) -> Int? {
        guard y.kind == .digits, !y.brokenLine, y.end - y.start == 4, (1000...2999).contains(digitValue(y.start, y.end)),
              !t.isDigit(y.end), t.byte(y.end) != 0x2C, t.byte(y.end) != 0x2E || !t.isDigit(y.end + 1) else { return nil }
        return y.end
    }

    /// The token after the language's word between a date's parts ("de" in "12 de septiembre de 2023").
    func afterDateJoiner(from pos: Int) -> Token? {
        guard !lex.dateJoiners.isEmpty else { return nil }
        let j = t.token(from: pos)
        guard j.kind == .word, !j.brokenLine, lex.dateJoiners.contains(j.key) else { return nil }
        let next = t.token(from: j.end)
        return next.brokenLine ? nil : next
    }

    /// "1. THE RAIN" or "2) Outlook" opening a line, "CLAIM 3:", "No. 84": numbers that label a
    /// heading or an item rather than count anything. Returns the label's end.
    func label(at tok: Token, floor: Int) -> Int? {
        guard tok.kind == .digits, tok.end - tok.start <= 3 else { return nil }
        let prev = t.token(before: tok.start)
        let opensLine = prev.isEnd || prev.brokenLine || prev.start < floor
        let after = t.byte(tok.end)
        if opensLine, after == 0x2E || after == 0x29, t.byte(tok.end + 1) == 0x20 {
            // "12. September 2023" opening a German line is a date, not item 12 of a list.
            let month = t.token(from: tok.end + 1)
            if after == 0x2E, lex.dayDotMonth, !month.brokenLine, lex.info(month)?.month != nil, isMonthName(month) { return nil }
            return tok.end + 1
        }
        guard !opensLine, prev.start >= floor else { return nil }
        // "CLAIM 3:": a word in capitals before, a colon after.
        if prev.kind == .word, prev.end - prev.start >= 2, after == 0x3A,
           (prev.start..<prev.end).allSatisfy({ t.byte($0) >= 0x41 && t.byte($0) <= 0x5A }) {
            return tok.end
        }
        // "No. 84"
        if prev.isSymbol("."), !t.isWordScalar(at: prev.end) {
            let word = t.token(before: prev.start)
            if word.kind == .word, word.end == prev.start, t.string(word.start, word.end).lowercased() == "no" { return tok.end }
        }
        return nil
    }

    /// The end of "-18", " to 18", " and 17" after a day: a second day of one span.
    func dayAfterJoiner(from pos: Int) -> Int? {
        let j = t.token(from: pos)
        guard !j.brokenLine, j.key == g.hyphen || j.key == g.enDash || j.key == g.to || j.key == g.and || j.key == g.through else { return nil }
        let d = t.token(from: j.end)
        guard d.kind == .digits, !d.brokenLine, d.end - d.start <= 2, (1...31).contains(digitValue(d.start, d.end)),
              !t.isDigit(d.end), t.byte(d.end) != 0x2C || !t.isDigit(d.end + 1) else { return nil }
        return d.end
    }

    /// "May" and "March" are months only when capitalised; "may" and "march" are verbs.
    func isMonthName(_ tok: Token) -> Bool {
        guard lex.capitalisedMonthsOnly.contains(tok.key) else { return true }
        let b = t.byte(tok.start)
        return b >= 0x41 && b <= 0x5A
    }

    /// Korean dates written with counters: "2025년 12월 4일".
    func extendCounterDate(_ q: Quantity) -> Int {
        var e = q.end
        while true {
            let next = t.token(from: e)
            guard next.kind == .digits, !next.brokenLine, next.end - next.start <= 2 else { return e }
            let d = digitNumeral(at: next.start)
            guard d.nonQuantity == .date else { return e }
            e = d.end
        }
    }

    /// A bare four-digit number that reads as a year in its context.
    func isYear(_ q: Quantity, floor: Int) -> Bool {
        guard q.plainDigits == 4, !q.spelled, (1000...2999).contains(q.value) else { return false }
        if (1900...2100).contains(q.value) { return true }
        if phrase(lex.yearBefore, before: q.start, floor: floor) != nil { return true }
        let next = t.token(from: q.end)
        let punctuation: Set<UInt64> = [".", ",", ";", ":", "!", "?", ")", "]"].map { Token.symbolTag | UInt64(($0 as Unicode.Scalar).value) }.reduce(into: []) { $0.insert($1) }
        return next.isEnd || next.brokenLine || punctuation.contains(next.key)
    }
}
