/// Widths for the columns of a table in `total` columns: each gets what it prefers when there is
/// room; otherwise the widest gives way a column at a time down to `minimum`, and when even that
/// does not fit the last columns are left out (width 0). Any total, even 0, gives an answer.
/// Room to spare goes to the `growing` columns, up to `widest` each.
enum ColumnWidths {
    static func fit(preferred: [Int], minimum: Int = 4, total: Int, gap: Int = 1, growing: [Int] = [], widest: Int = 48) -> [Int] {
        var widths = preferred.map { max(0, $0) }
        func used() -> Int {
            let shown = widths.filter { $0 > 0 }
            return shown.reduce(0, +) + gap * max(0, shown.count - 1)
        }
        var grew = true
        while used() < total && grew {
            grew = false
            for i in growing where widths.indices.contains(i) && widths[i] < widest && used() < total {
                widths[i] += 1
                grew = true
            }
        }
        while used() > total {
            if let widest = widths.indices.filter({ widths[$0] > minimum }).max(by: { widths[$0] < widths[$1] }) {
                widths[widest] -= 1
            } else if let last = widths.lastIndex(where: { $0 > 0 }) {
                widths[last] = 0
            } else {
                break
            }
        }
        return widths
    }
}
