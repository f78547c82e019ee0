/// An open-addressing table from token keys to small integers. Token keys are already hashes,
/// so a mask is a good enough hash, and lookups in the per-word hot path stay a few instructions.
struct KeyIndex: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int

    init(_ pairs: [UInt64: Int32]) {
        var size = 16
        while size < pairs.count * 4 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
        for (k, v) in pairs {
            var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
            while values[i] >= 0 { i = (i + 1) & mask }
            keys[i] = k
            values[i] = v
        }
    }

    @inline(__always) func value(_ k: UInt64) -> Int32? {
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while true {
            let v = values[i]
            if v < 0 { return nil }
            if keys[i] == k { return v }
            i = (i + 1) & mask
        }
    }

    @inline(__always) func contains(_ k: UInt64) -> Bool { value(k) != nil }
}
