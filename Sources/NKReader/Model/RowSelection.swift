/// The keys that move a selection through the rows of a table or chart (`m`, `t`): a row at a
/// time, a page at a time, or to either end.
enum RowSelection {
    /// The row `key` moves `selected` to among `count` rows, kept on them; nil for another key.
    static func moved(_ selected: Int, by key: Key, count: Int, page: Int) -> Int? {
        let row: Int
        switch key {
        case .character("j"), .down: row = selected + 1
        case .character("k"), .up: row = selected - 1
        case .pageDown, .character(" "): row = selected + page
        case .pageUp, .character("b"): row = selected - page
        case .character("g"), .home: row = 0
        case .character("G"), .end: row = count - 1
        default: return nil
        }
        return max(0, min(count - 1, row))
    }
}
