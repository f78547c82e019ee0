import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.0 server on 127.0.0.1 for the tests: it binds an ephemeral port, answers each
/// request from `route` on its own thread, and stops when the test calls `stop()`. Test
/// scaffolding only; it never listens beyond the loopback address.
final class LoopbackServer: @unchecked Sendable {
    struct Response: Sendable {
        var status = 200
        var headers: [(String, String)] = []
        var body: [UInt8] = []
        /// Seconds to wait before answering (a server that hangs).
        var delay: Double = 0

        static func page(_ text: String, type: String = "text/html; charset=utf-8") -> Response {
            Response(headers: [("Content-Type", type)], body: Array(text.utf8))
        }
        static func redirect(_ location: String, status: Int = 302) -> Response {
            Response(status: status, headers: [("Location", location)])
        }
    }

    let port: UInt16
    private let listener: Int32
    private let route: @Sendable (String) -> Response
    private let lock = NSLock()
    private var running = true

    init(route: @escaping @Sendable (String) -> Response) throws {
        self.route = route
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = 0
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard bound == 0, listen(fd, 16) == 0 else { close(fd); throw POSIXError(.EADDRINUSE) }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        port = UInt16(bigEndian: addr.sin_port)
        listener = fd
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    func url(_ path: String) -> URL { URL(string: "http://127.0.0.1:\(port)\(path)")! }

    func stop() {
        lock.lock(); running = false; lock.unlock()
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private var isRunning: Bool { lock.lock(); defer { lock.unlock() }; return running }

    private func acceptLoop() {
        while isRunning {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { if isRunning { continue } else { return } }
            Thread { [self] in serve(client) }.start()
        }
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        // The request line is all the routes need; headers are read up to the blank line.
        var request: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while request.count < 65536 {
            let n = read(client, &buffer, buffer.count)
            if n <= 0 { break }
            request += buffer[0..<n]
            if request.count >= 4, Array(request.suffix(4)) == [13, 10, 13, 10] { break }
            // A TLS handshake record (an https:// client): no HTTP request will follow. A plain
            // HTTP server answers it with a 400, which the client reads as a failed handshake.
            if request.first == 0x16 { break }
        }
        if request.first == 0x16 {
            sendAll(client, Array("HTTP/1.0 400 Bad Request\r\nConnection: close\r\n\r\n".utf8))
            return
        }
        let line = String(decoding: request.prefix { $0 != 13 && $0 != 10 }, as: UTF8.self)
        let parts = line.split(separator: " ")
        let path = parts.count > 1 ? String(parts[1]) : "/"
        let response = route(path)
        if response.delay > 0 { Thread.sleep(forTimeInterval: response.delay) }
        var head = "HTTP/1.0 \(response.status) \(response.status == 200 ? "OK" : "Status")\r\n"
        for (k, v) in response.headers { head += "\(k): \(v)\r\n" }
        head += "Content-Length: \(response.body.count)\r\nConnection: close\r\n\r\n"
        sendAll(client, Array(head.utf8))
        sendAll(client, response.body)
    }

    /// Writes everything, or stops when the client has gone (no SIGPIPE: a client that gives up
    /// on an oversized body closes its end early).
    private func sendAll(_ fd: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return }
            offset += n
        }
    }
}
