import Dispatch

/// `map` over independent items on every core. Order is kept. Small inputs stay on one thread.
func parallelMap<T: Sendable, R: Sendable>(_ items: [T], minimumPerChunk: Int = 16, _ transform: @Sendable (T) -> R) -> [R] {
    let n = items.count
    guard n >= minimumPerChunk * 2 else { return items.map(transform) }
    let buffer = UnsafeMutableBufferPointer<R?>.allocate(capacity: n)
    buffer.initialize(repeating: nil)
    // Deinitialise before freeing: the results copied out below still hold a reference each,
    // which deallocate alone leaks (LeakSanitizer in `make sanitize`).
    defer { buffer.deinitialize(); buffer.deallocate() }
    // Each index is written by exactly one iteration, so the writes never race.
    nonisolated(unsafe) let results = buffer
    let chunks = min(n / minimumPerChunk, 64)
    DispatchQueue.concurrentPerform(iterations: chunks) { c in
        var i = c * n / chunks
        let end = (c + 1) * n / chunks
        while i < end {
            results[i] = transform(items[i])
            i += 1
        }
    }
    return buffer.map { $0! }
}
