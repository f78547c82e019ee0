import Foundation

/// Replaces a file all at once: the new content goes to a temporary file in the same folder, is
/// flushed to disk, then renamed over the old one. A crash or a full disk at any point leaves
/// either the old file or the new one, never a part of either.
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    /// `beforeRename` runs once the temporary file is complete and flushed (tests stop there).
    public static func write(_ data: Data, to path: String, beforeRename: (String) throws -> Void = { _ in }) throws {
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        let temporary = (folder as NSString).appendingPathComponent(
            "." + (path as NSString).lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        // Keep the old file's permissions; a new file gets the usual ones.
        var st = stat()
        let mode = stat(path, &st) == 0 ? st.st_mode & 0o7777 : 0o644
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure("cannot create \(temporary)") }
        var closed = false
        defer {
            if !closed { close(fd) }
        }
        do {
            try data.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    if n < 0 && errno == EINTR { continue }
                    guard n > 0 else { throw failure("cannot write \(temporary)") }
                    offset += n
                }
            }
            guard fsync(fd) == 0 else { throw failure("cannot flush \(temporary) to disk") }
            closed = true
            guard close(fd) == 0 else { throw failure("cannot write \(temporary)") }
            try beforeRename(temporary)
            guard rename(temporary, path) == 0 else { throw failure("cannot replace \(path)") }
        } catch {
            unlink(temporary)
            throw error
        }
        // The rename itself is on disk once the folder is flushed.
        let dir = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dir >= 0 { fsync(dir); close(dir) }
    }

    static func failure(_ what: String) -> WriteError {
        WriteError(description: what + ": " + String(cString: strerror(errno)))
    }
}
