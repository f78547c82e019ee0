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
        var i = 0
        while i <= h.count - n.count {
            if folded(h[i]) == first {
                var k = 1
                while k < n.count && folded(h[i + k]) == n[k] { k += 1 }
                if k == n.count { return true }
            }
            i += 1
        }
        return false
    }

    private static func folded(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
}
