/// A value kept per key only while everything recorded under the key agrees: a second,
/// different value makes the key ambiguous (nil), and no one inherits from it.
struct Unanimous<Key: Hashable, Value> {
    private(set) var values: [Key: Value?] = [:]
    let same: (Value, Value) -> Bool

    mutating func record(_ value: Value, under key: Key) {
        if let existing = values[key] {
            if let e = existing, !same(e, value) { values[key] = .some(nil) }
        } else {
            values[key] = .some(value)
        }
    }

    subscript(key: Key) -> Value? { values[key] ?? nil }
    var isEmpty: Bool { values.isEmpty }
}

extension Unanimous where Value: Equatable {
    init() { self.init(same: ==) }
}
