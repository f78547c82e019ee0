import Foundation

/// Fetches many URLs a few at a time (a feed's items with --fetch-items), results in order.
enum FetchAll {
    static func fetch(_ urls: [URL], with fetcher: any Fetcher, width: Int = 4) -> [Result<FetchedResource, FetchFailure>] {
        guard urls.count > 1 else { return urls.map(fetcher.fetch) }
        let box = ResultsBox(count: urls.count)
        DispatchQueue.concurrentPerform(iterations: min(width, urls.count)) { _ in
            while let i = box.claim() { box.store(fetcher.fetch(urls[i]), at: i) }
        }
        return box.results.map { $0 ?? .failure(FetchFailure("not fetched")) }
    }
}

/// The next index to fetch and the results so far, shared by the fetching threads under a lock.
private final class ResultsBox: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private(set) var results: [Result<FetchedResource, FetchFailure>?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func claim() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < results.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ r: Result<FetchedResource, FetchFailure>, at i: Int) {
        lock.lock(); results[i] = r; lock.unlock()
    }
}
