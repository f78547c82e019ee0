/// Numbers written with digits and myriad units, in Korean, Chinese and Japanese: "55萬",
/// "1억 2천만" (1×10^8 + 2×10^3×10^4), "3조5000억". Units below 10^4 (십 百 千) multiply the digits
/// before them within a group; units from 10^4 up (만 億 兆) close the group. The groups may stand
/// apart by one space.
extension FigureScanner {
    func readMyriadUnits(_ q: inout Quantity) {
        guard let first = myriadUnit(at: q.end), first.power > 0 else { return }
        var total = 0.0          // closed groups
        var section = 0.0        // this group's units below 10^4
        var current = q.value    // digits not yet multiplied
        var lastBig = Int.max
        var e = q.end
        var groups = 0
        while groups < 16 {
            // The units after the digits.
            var read = false
            while let u = myriadUnit(at: e) {
                if u.power >= 4 {
                    guard u.power < lastBig else { break }
                    total += (section + current) * pow10(u.power)
                    section = 0; current = 0; lastBig = u.power
                } else {
                    section += (current == 0 ? 1 : current) * pow10(u.power)
                    current = 0
                }
                e += u.length
                read = true
            }
            guard read else { break }
            groups += 1
            // Another group: digits (maybe after one space) that a unit follows.
            var n = e
            n += t.spaceLength(at: n)
            guard t.isDigit(n) else { break }
            var d = n
            var value = 0.0
            while t.isDigit(d) || (t.byte(d) == 0x2C && t.isDigit(d + 1) && t.isDigit(d + 2) && t.isDigit(d + 3)) {
                if t.isDigit(d) { value = value * 10 + Double(t.byte(d) - 0x30) }
                d += 1
            }
            guard let next = myriadUnit(at: d), next.power < lastBig else { break }
            current = value
            e = d
        }
        q.value = total + section + current
        q.end = e
        q.scaled = true
        q.lastScale = lastBig == Int.max ? first.power : lastBig
        q.plainDigits = 0
    }

    private func myriadUnit(at i: Int) -> (power: Int, length: Int)? {
        guard t.byte(i) >= 0x80 else { return nil }
        let (s, length) = t.scalar(at: i)
        return (lex.myriadUnits.isEmpty ? lex.quotedMyriadUnits[s.value] : lex.myriadUnits[s.value]).map { ($0, length) }
    }
}
