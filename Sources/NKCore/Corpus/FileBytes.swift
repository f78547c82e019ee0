import Foundation

/// A file's bytes read straight into one array. `FileManager.contents(atPath:)` gives a `Data`
/// that the readers then copy into `[UInt8]`: two copies of a file at once, a gigabyte too many
/// on a 1 GB article.
enum FileBytes {
    /// Why a file could not be read, in the words a user needs ("permission denied").
    struct Failure: Error, Equatable { var reason: String }

    /// How much is read before `refuse` is asked whether the rest is worth reading.
    static let sniffSize = 1 << 16

    /// The whole file, at most `limit` bytes of it: a larger file (a huge sparse file, a device
    /// that never ends like /dev/zero) is refused, never read to the end. `refuse` sees the first
    /// `sniffSize` bytes (all of a smaller file); when it says the rest is not worth reading,
    /// only those are returned.
    static func read(_ path: String, limit: Int, refuse: (UnsafeBufferPointer<UInt8>) -> Bool = { _ in false }) throws(Failure) -> [UInt8] {
        let (fd, expected) = try open(path, limit: limit)
        defer { close(fd) }
        var failure: Int32 = 0
        var refused = false
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, filled in
            var sniffed = false
            while filled < expected {
                // The first stretch stops at sniffSize, so the rest is read only if wanted.
                let want = sniffed ? expected - filled : min(expected, sniffSize) - filled
                let n = readRetrying(fd, buffer.baseAddress! + filled, want)
                if n < 0 { failure = errno }
                if n <= 0 { break }
                filled += n
                if !sniffed && (filled >= sniffSize || filled == expected) {
                    sniffed = true
                    refused = refuse(UnsafeBufferPointer(rebasing: buffer[..<filled]))
                    if refused { break }
                }
            }
        }
        if failure != 0 { throw Failure(reason: reason(failure)) }
        if refused { return bytes }
        // Whatever lies past the size fstat gave (or all of a FIFO), a chunk at a time.
        // The chunk is left uninitialised: a regular file's read meets its end at once, and
        // clearing 64 KiB for each of 10,000 articles cost more than reading them.
        return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1 << 16) { chunk throws(Failure) -> [UInt8] in
            var sniffed = expected > 0
            while true {
                let n = readRetrying(fd, chunk.baseAddress!, chunk.count)
                if n < 0 { throw Failure(reason: reason(errno)) }
                if n == 0 { return bytes }
                guard bytes.count + n <= limit else { throw tooLarge(limit) }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[..<n]))
                if !sniffed && bytes.count >= sniffSize {
                    sniffed = true
                    if bytes.withUnsafeBufferPointer(refuse) { return bytes }
                }
            }
        }
    }

    /// Whether the file can be opened and is within `limit`, for readers that open it themselves.
    static func check(_ path: String, limit: Int) throws(Failure) {
        let (fd, _) = try open(path, limit: limit)
        close(fd)
    }

    /// The file opened for reading, with the size fstat gives a regular file (0 for a FIFO or a
    /// device: the size is only a hint, and a file may change while it is read).
    private static func open(_ path: String, limit: Int) throws(Failure) -> (Int32, Int) {
        let fd = Foundation.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(reason: reason(errno)) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { let e = errno; close(fd); throw Failure(reason: reason(e)) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: close(fd); throw Failure(reason: "a folder, not a file")
        case S_IFREG:
            let size = max(0, Int(info.st_size))
            guard size <= limit else { close(fd); throw tooLarge(limit) }
            return (fd, size)
        default: return (fd, 0)
        }
    }

    private static func tooLarge(_ limit: Int) -> Failure {
        Failure(reason: "larger than \(limit >> 20) MiB")
    }

    /// The words for the errors a user can meet; the system's own for the rare others.
    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "gone, deleted or moved while loading"
        case EACCES, EPERM: return "permission denied"
        case ELOOP: return "symbolic link loop"
        case EISDIR: return "a folder, not a file"
        default: return String(cString: strerror(code))
        }
    }

    /// `read(2)`, tried again when a signal interrupts it.
    private static func readRetrying(_ fd: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
        while true {
            let n = Foundation.read(fd, buffer, count)
            if n >= 0 || errno != EINTR { return n }
        }
    }
}
