import Foundation

/// Fetches one URL. NKCore never opens a connection itself: the loader is handed a fetcher
/// (nkreader's is NKNet's URLSessionFetcher; tests hand it canned responses), so everything
/// that happens after the bytes arrive is testable without a network.
public protocol Fetcher: Sendable {
    func fetch(_ url: URL) -> Result<FetchedResource, FetchFailure>
}

/// What a fetch brought back: the body and what the server said it is.
public struct FetchedResource: Sendable, Equatable {
    /// The URL the body came from, after redirects.
    public var url: URL
    /// The Content-Type header as sent ("text/html; charset=utf-8"), nil when there was none.
    public var contentType: String?
    public var body: [UInt8]

    public init(url: URL, contentType: String?, body: [UInt8]) {
        self.url = url
        self.contentType = contentType
        self.body = body
    }
}

/// Why a URL could not be fetched, as one line for the user ("HTTP 404 (not found)").
public struct FetchFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// The bounds every fetch keeps to.
public struct FetchLimits: Sendable, Equatable {
    /// Seconds without a byte before giving up; the whole transfer may take three times this.
    public var timeout: TimeInterval
    /// A larger body is not read.
    public var maxBytes: Int
    public var maxRedirects: Int

    public init(timeout: TimeInterval = 30, maxBytes: Int = 32 << 20, maxRedirects: Int = 10) {
        self.timeout = timeout
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
    }
}
