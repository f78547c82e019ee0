import NKCore

/// One cell of the screen: a grapheme and its role. A wide grapheme fills its cell and marks the
/// next one as its continuation.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var role: Role
    /// 2 for a double-width grapheme, 1 for most, 0 for the second half of a wide one.
    public var width: UInt8

    public static let blank = Cell(text: " ", role: .text, width: 1)
    static func continuation(_ role: Role) -> Cell { Cell(text: "", role: role, width: 0) }
}

/// An in-memory screen the reader renders into; the terminal draws only the cells that changed.
public struct Screen: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// How the terminal groups emoji sequences; text written is cut into glyphs it draws whole.
    public let joining: ClusterJoining

    public init(width: Int, height: Int, joining: ClusterJoining = .unicode) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.joining = joining
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Writes one grapheme at (x, y); returns the columns it took (0 if it did not fit before `limit`).
    @discardableResult
    public mutating func put(_ ch: Character, x: Int, y: Int, role: Role, limit: Int? = nil) -> Int {
        let w = DisplayWidth.of(ch)
        let right = min(limit ?? width, width)
        guard y >= 0, y < height, x >= 0, w > 0, x + w <= right else { return 0 }
        clearHalf(x: x, y: y)
        if w == 2 { clearHalf(x: x + 1, y: y) }
        cells[y * width + x] = Cell(text: String(ch), role: role, width: UInt8(w))
        if w == 2 { cells[y * width + x + 1] = .continuation(role) }
        return w
    }

    /// Never leave half of a wide character: blank its other half before overwriting one.
    private mutating func clearHalf(x: Int, y: Int) {
        let i = y * width + x
        if cells[i].width == 0 && x > 0 { cells[i - 1] = .blank }
        if cells[i].width == 2 && x + 1 < width { cells[i + 1] = .blank }
    }

    /// Writes a string from (x, y), clipped at `limit` (exclusive column); returns the columns used.
    @discardableResult
    public mutating func write(_ s: String, x: Int, y: Int, role: Role, limit: Int? = nil) -> Int {
        var col = x
        for ch in DisplayText.safe(s, joining: joining) {
            let w = put(ch, x: col, y: y, role: role, limit: limit)
            if w == 0 && DisplayWidth.of(ch) > 0 { break }
            col += w
        }
        return col - x
    }

    /// Fills columns x..<x+count of row y with spaces in `role`.
    public mutating func fill(x: Int, y: Int, count: Int, role: Role) {
        for c in max(0, x)..<min(width, x + count) { put(" ", x: c, y: y, role: role) }
    }

    /// Each row as plain text, continuation cells dropped: what a test (or tmux) would read.
    public var lines: [String] {
        (0..<height).map { y in (0..<width).map { self[$0, y].text }.joined() }
    }

    /// The roles of a row, one character per cell, for tests that check highlighting.
    public func roles(row y: Int) -> [Role] { (0..<width).map { self[$0, y].role } }
}
