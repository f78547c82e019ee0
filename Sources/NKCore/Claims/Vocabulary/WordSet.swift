import Foundation

/// The vocabulary's word lists, asked about every word of every sentence read.
/// Why: `Set<String>` hashes each word with seeded SipHash over its normalised scalars, tens of
/// nanoseconds a look; nearly every word asked is ASCII, whose bytes can be hashed and compared
/// directly. The answers are `Set<String>`'s own: a word with a non-ASCII byte is asked of the
/// set itself (string equality is canonical equivalence), and a listed word whose canonical
/// decomposition is ASCII is found under those bytes.
struct WordSet: Sendable, Equatable, Sequence, ExpressibleByArrayLiteral {
    let words: Set<String>
    private let index: ASCIIWordIndex

    init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words)
        index = ASCIIWordIndex(Array(self.words))
    }

    init(arrayLiteral words: String...) { self.init(words) }

    func contains(_ word: String) -> Bool {
        switch index.find(word) {
        case .some(let slot): return slot != nil
        case .none: return words.contains(word)
        }
    }

    /// Whether the word spelt by these ASCII bytes is in the set, with no string built for it.
    func contains(ascii bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch index.find(bytes) {
        case .some(let slot): return slot != nil
        case .none: return words.contains(String(decoding: bytes, as: UTF8.self))
        }
    }

    func isSuperset<S: Sequence>(of other: S) -> Bool where S.Element == String { words.isSuperset(of: other) }

    var isEmpty: Bool { words.isEmpty }
    var count: Int { words.count }
    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }

    static func == (a: WordSet, b: WordSet) -> Bool { a.words == b.words }
}

/// A dictionary keyed by words, found as `WordSet` finds them.
struct WordMap<Value: Sendable>: Sendable {
    let entries: [String: Value]
    /// In the order the index numbers the words.
    private let values: [Value]
    private let index: ASCIIWordIndex

    init(_ entries: [String: Value]) {
        self.entries = entries
        values = Array(entries.values)
        index = ASCIIWordIndex(Array(entries.keys))
    }

    subscript(word: String) -> Value? {
        switch index.find(word) {
        case .some(let slot): return slot.map { values[$0] }
        case .none: return entries[word]
        }
    }
}

/// Open addressing over an FNV-1a hash of a word's bytes, for words that are ASCII.
struct ASCIIWordIndex: Sendable {
    fileprivate struct Slot {
        var hash: UInt64 = 0
        var start: Int32 = 0
        var count: Int32 = -1   // -1: empty
        var entry: Int32 = 0
    }
    /// Why a class over raw memory: a look-up is asked for nearly every word of every sentence,
    /// and reading arrays through `withUnsafeBufferPointer` retained and released both of them
    /// on each look (5–7% of the pipeline's CPU time on 10,000 articles).
    private let table: ASCIIWordTable

    /// Indexes `words[n]` under its bytes, or under its canonical decomposition when that is ASCII.
    init(_ words: [String]) {
        var size = 8
        while size < words.count * 2 { size *= 2 }
        var slots = Array(repeating: Slot(), count: size)
        var bytes: [UInt8] = []
        let mask = size - 1
        for (n, w) in words.enumerated() {
            let ascii = w.utf8.allSatisfy { $0 < 0x80 } ? w : w.decomposedStringWithCanonicalMapping
            guard ascii.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
            let b = Array(ascii.utf8)
            let h = b.withUnsafeBufferPointer { ASCIIWordIndex.hash($0).hash }
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i].count >= 0 {
                // Two listed words with one decomposition: the first is kept, as either answers alike.
                if slots[i].hash == h && Array(bytes[Int(slots[i].start)..<Int(slots[i].start) + Int(slots[i].count)]) == b { break }
                i = (i + 1) & mask
            }
            guard slots[i].count < 0 else { continue }
            slots[i] = Slot(hash: h, start: Int32(bytes.count), count: Int32(b.count), entry: Int32(n))
            bytes += b
        }
        table = ASCIIWordTable(slots: slots, bytes: bytes)
    }

    @inline(__always) fileprivate static func hash(_ b: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, ascii: Bool) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var high: UInt8 = 0
        for x in b {
            h = (h ^ UInt64(x)) &* 0x100_0000_01b3
            high |= x
        }
        return (h, high < 0x80)
    }

    /// `.some(entry)` or `.some(nil)` when the word is ASCII and so the index decides; nil when it
    /// is not and the caller must ask its exact collection.
    func find(_ word: String) -> Int?? {
        if let found = word.utf8.withContiguousStorageIfAvailable({ find($0) }) { return found }
        var word = word
        return word.withUTF8 { find($0) }
    }

    func find(_ w: UnsafeBufferPointer<UInt8>) -> Int?? {
        let (h, ascii) = ASCIIWordIndex.hash(w)
        guard ascii else { return nil }
        return table.find(w, hash: h)
    }
}

/// The index's slots and the bytes of its words, allocated once and never changed: safe to share.
private final class ASCIIWordTable: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<ASCIIWordIndex.Slot>
    let pool: UnsafeMutableBufferPointer<UInt8>
    let mask: Int

    init(slots: [ASCIIWordIndex.Slot], bytes: [UInt8]) {
        self.slots = .allocate(capacity: slots.count)
        _ = self.slots.initialize(from: slots)
        pool = .allocate(capacity: max(bytes.count, 1))
        _ = pool.initialize(from: bytes)
        mask = slots.count - 1
    }

    deinit {
        slots.deallocate()
        pool.deallocate()
    }

    @inline(__always) func find(_ w: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int?? {
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i].count >= 0 {
            let s = slots[i]
            if s.hash == h && Int(s.count) == w.count
                && (w.isEmpty || memcmp(pool.baseAddress! + Int(s.start), w.baseAddress!, w.count) == 0) {
                return .some(Int(s.entry))
            }
            i = (i + 1) & mask
        }
        return .some(nil)
    }
}
