/// `containsLowercased` on contiguous bytes: the same search through pointers, without the
/// per-byte index checks of a string view. It runs over every header and footer line many times.
enum ASCIIFoldedSearch {
    /// Whether `haystack`, with A-Z folded to a-z, holds the bytes of the lower-case `needle`.
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { contains(haystack, $0) }
    }

    static func contains(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !n.isEmpty else { return true }
        guard n.count <= h.count else { return false }
        let first = n[0]
        // A lower-case letter matches its capital too: `| 0x20` folds both, and no other byte
        // becomes a letter by it, so the scan for the first byte has no branch on case.
        let firstIsLetter = first >= 0x61 && first <= 0x7A
        var i = 0
        while i <= h.count - n.count {
            if firstIsLetter ? h[i] | 0x20 == first : folded(h[i]) == first {
                var k = 1
                while k < n.count && folded(h[i + k]) == n[k] { k += 1 }
                if k == n.count { return true }
            }
            i += 1
        }
        return false
    }

    @inline(__always) static func folded(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
}

/// Several lower-case needles looked for together in one pass over the haystack: a needle is
/// compared only where a byte folds to its first byte. The same answer as asking
/// `ASCIIFoldedSearch.contains` for each needle in turn, at about the cost of one of them.
struct ASCIIFoldedNeedles: Sendable {
    private let needles: [[UInt8]]
    /// By byte value: whether the byte, A-Z folded to a-z, is the first byte of some needle.
    private let isStart: [Bool]

    init(_ words: [String]) {
        needles = words.map { Array($0.utf8) }
        var isStart = [Bool](repeating: false, count: 256)
        for b in 0..<256 {
            let f = ASCIIFoldedSearch.folded(UInt8(b))
            isStart[b] = needles.contains { $0.first == f }
        }
        self.isStart = isStart
    }

    /// Whether `h`, with A-Z folded to a-z, holds any of the needles.
    func found(in h: UnsafeBufferPointer<UInt8>) -> Bool {
        if needles.contains(where: \.isEmpty) { return true }
        for i in h.indices where isStart[Int(h[i])] {
            let first = ASCIIFoldedSearch.folded(h[i])
            for n in needles where n[0] == first && i + n.count <= h.count {
                var k = 1
                while k < n.count && ASCIIFoldedSearch.folded(h[i + k]) == n[k] { k += 1 }
                if k == n.count { return true }
            }
        }
        return false
    }
}
