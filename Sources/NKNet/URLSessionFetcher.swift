import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import NKCore

/// Fetches web pages with URLSession (on Linux, FoundationNetworking over libcurl): redirects
/// followed up to a limit and only to http(s), a timeout, a size cap checked as the bytes
/// arrive, and one plain line for every way a fetch can fail.
public struct URLSessionFetcher: Fetcher {
    public var limits: FetchLimits
    public var userAgent: String

    public init(limits: FetchLimits = FetchLimits(), userAgent: String = "nkreader/1.0") {
        self.limits = limits
        self.userAgent = userAgent
    }

    public func fetch(_ url: URL) -> Result<FetchedResource, FetchFailure> {
        guard WebAddress.isWeb(url) else { return .failure(FetchFailure("only http:// and https:// addresses are fetched")) }
        let transfer = Transfer(limits: limits)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = limits.timeout
        configuration.timeoutIntervalForResource = limits.timeout * 3
        configuration.httpAdditionalHeaders = [
            "User-Agent": userAgent,
            "Accept": "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5",
        ]
        let session = URLSession(configuration: configuration, delegate: transfer, delegateQueue: nil)
        var request = URLRequest(url: url)
        request.timeoutInterval = limits.timeout
        session.dataTask(with: request).resume()
        transfer.finished.wait()
        session.finishTasksAndInvalidate()
        return transfer.outcome(for: url)
    }
}

/// One transfer's state, written by URLSession's delegate queue and read once it has finished.
private final class Transfer: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let limits: FetchLimits
    let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var body: [UInt8] = []
    private var response: HTTPURLResponse?
    private var redirects = 0
    private var stopped: FetchFailure?
    private var error: Error?

    init(limits: FetchLimits) { self.limits = limits }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        lock.lock()
        redirects += 1
        if redirects > limits.maxRedirects {
            stopped = FetchFailure("more than \(limits.maxRedirects) redirects (a redirect loop?)")
        } else if let next = request.url, !WebAddress.isWeb(next) {
            stopped = FetchFailure("redirected to \(next.scheme ?? "an unknown") address, which is not fetched")
        }
        let stop = stopped != nil
        lock.unlock()
        // Declining the redirect ends the task with the 3xx response; `stopped` says why.
        completionHandler(stop ? nil : request)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        lock.lock()
        self.response = response as? HTTPURLResponse
        // A declared length over the cap stops before any byte is read.
        if response.expectedContentLength > Int64(limits.maxBytes) { stopped = tooLarge }
        let stop = stopped != nil
        lock.unlock()
        completionHandler(stop ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        var cancel = false
        if stopped == nil {
            if body.count + data.count > limits.maxBytes { stopped = tooLarge; body = []; cancel = true } else { body.append(contentsOf: data) }
        }
        lock.unlock()
        if cancel { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.lock()
        self.error = error
        lock.unlock()
        finished.signal()
    }

    private var tooLarge: FetchFailure {
        FetchFailure("larger than \(Self.size(limits.maxBytes)); not read")
    }

    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : bytes >= 1 << 10 ? "\(bytes >> 10) KiB" : "\(bytes) bytes"
    }

    func outcome(for url: URL) -> Result<FetchedResource, FetchFailure> {
        lock.lock(); defer { lock.unlock() }
        if let stopped { return .failure(stopped) }
        if let error { return .failure(Transfer.describe(error, limits: limits)) }
        guard let response else { return .failure(FetchFailure("no response")) }
        guard (200..<300).contains(response.statusCode) else {
            let reason = HTTPURLResponse.localizedString(forStatusCode: response.statusCode)
            return .failure(FetchFailure("HTTP \(response.statusCode)" + (reason.isEmpty ? "" : " (\(reason))")))
        }
        let type = response.value(forHTTPHeaderField: "Content-Type")
        return .success(FetchedResource(url: response.url ?? url, contentType: type, body: body))
    }

    /// URLSession's errors as the user would say them.
    static func describe(_ error: Error, limits: FetchLimits) -> FetchFailure {
        let ns = error as NSError
        guard ns.domain == NSURLErrorDomain else { return FetchFailure(ns.localizedDescription) }
        switch ns.code {
        case NSURLErrorTimedOut: return FetchFailure("no answer within \(Int(limits.timeout)) s (timed out)")
        case NSURLErrorCannotFindHost, NSURLErrorDNSLookupFailed: return FetchFailure("host not found")
        case NSURLErrorCannotConnectToHost: return FetchFailure("connection refused")
        case NSURLErrorNotConnectedToInternet: return FetchFailure("no network connection")
        case NSURLErrorHTTPTooManyRedirects: return FetchFailure("more than \(limits.maxRedirects) redirects (a redirect loop?)")
        case NSURLErrorNetworkConnectionLost: return FetchFailure("the connection was lost")
        case NSURLErrorSecureConnectionFailed, NSURLErrorServerCertificateUntrusted, NSURLErrorServerCertificateHasBadDate,
             NSURLErrorServerCertificateNotYetValid, NSURLErrorServerCertificateHasUnknownRoot:
            return FetchFailure("the secure connection failed (certificate?)")
        case NSURLErrorBadServerResponse: return FetchFailure("the server's answer was not valid HTTP")
        default:
            let detail = (ns.userInfo[NSUnderlyingErrorKey] as? NSError)?.localizedDescription ?? ns.localizedDescription
            // libcurl names a failed TLS handshake in OpenSSL's words ("SSL routines::wrong version number").
            let lower = detail.lowercased()
            if lower.contains("ssl") || lower.contains("tls") { return FetchFailure("the secure connection failed (\(detail))") }
            return FetchFailure(detail.isEmpty || detail == "(null)" ? "fetch failed (error \(ns.code))" : detail)
        }
    }
}
