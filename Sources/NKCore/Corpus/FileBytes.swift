import Foundation

/// A file's bytes read straight into one array. `FileManager.contents(atPath:)` gives a `Data`
/// that the readers then copy into `[UInt8]`: two copies of a file at once, a gigabyte too many
/// on a 1 GB article.
enum FileBytes {
    /// The whole file, or nil when it cannot be opened or read (a folder, no permission).
    static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        // The size is only a hint: a FIFO has none, and a file may change while it is read.
        let expected = (info.st_mode & S_IFMT) == S_IFREG ? max(0, Int(info.st_size)) : 0
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, filled in
            while filled < expected {
                let n = readRetrying(fd, buffer.baseAddress! + filled, expected - filled)
                if n < 0 { failed = true }
                if n <= 0 { break }
                filled += n
            }
        }
        guard !failed else { return nil }
        // Whatever lies past the size fstat gave (or all of a FIFO), a chunk at a time.
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBufferPointer { readRetrying(fd, $0.baseAddress!, $0.count) }
            if n < 0 { return nil }
            if n == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<n])
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
