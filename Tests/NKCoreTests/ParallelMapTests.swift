import Testing
@testable import NKCore

/// Found by LeakSanitizer (`make sanitize`): parallelMap freed its buffer of results without
/// deinitialising it, so every result it returned stayed allocated after its last use.
struct ParallelMapTests {
    final class Box: Sendable { let value: Int; init(_ value: Int) { self.value = value } }

    @Test func resultsAreFreedOnceTheCallerDropsThem() {
        // Enough items to take the concurrent path (two chunks of the minimum at least).
        weak var first: Box?
        weak var last: Box?
        do {
            let boxes = parallelMap(Array(0..<64), minimumPerChunk: 16) { Box($0) }
            #expect(boxes.map(\.value) == Array(0..<64))
            first = boxes.first
            last = boxes.last
            #expect(first != nil)
        }
        #expect(first == nil && last == nil)
    }
}
