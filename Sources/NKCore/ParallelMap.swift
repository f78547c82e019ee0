import Dispatch

/// `map` over independent items on every core. Order is kept. Small inputs stay on one thread.
func parallelMap<T: Sendable, R: Sendable>(_ items: [T], minimumPerChunk: Int = 16, _ transform: @Sendable (T) -> R) -> [R] {
    let n = items.count
    guard n >= minimumPerChunk * 2 else { return items.map(transform) }
    let chunks = min(n / minimumPerChunk, 64)
    // Results are built in place in the array's own storage: no optional boxes to unwrap and free,
    // and no second copy of every result.
    return Array(unsafeUninitializedCapacity: n) { storage, initializedCount in
        // Each index is initialised by exactly one iteration, so the writes never race.
        nonisolated(unsafe) let results = storage
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var i = c * n / chunks
            let end = (c + 1) * n / chunks
            while i < end {
                (results.baseAddress! + i).initialize(to: transform(items[i]))
                i += 1
            }
        }
        // Every index from 0 to n is covered by exactly one chunk.
        initializedCount = n
    }
}
