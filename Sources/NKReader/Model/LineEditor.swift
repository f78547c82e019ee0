/// A one-line text field: characters, a cursor, and the keys of a shell's line editor.
public struct LineEditor: Equatable, Sendable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// Applies an editing key; false for keys that are not editing keys.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c): characters.insert(c, at: cursor); cursor += 1
        case .backspace: if cursor > 0 { cursor -= 1; characters.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = characters.count
        case .clearLine: characters.removeFirst(cursor); cursor = 0
        default: return false
        }
        return true
    }
}
