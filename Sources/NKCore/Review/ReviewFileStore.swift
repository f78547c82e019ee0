import Foundation

/// The review file on disk. Every save takes an exclusive lock on a lock file beside it, reads
/// what is there now, lays this process's changes over it and writes the result atomically: two
/// readers open on the same articles never lose each other's verdicts.
public struct ReviewFileStore: Sendable {
    public let path: String
    /// How long a save waits for another process's save to finish.
    public var lockTimeout: TimeInterval = 5

    /// A review file that is a symbolic link (kept in a notes repository, say) is written
    /// through the link: the rename replaces its target, not the link.
    public init(path: String) {
        var target = path
        if let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
            target = destination.hasPrefix("/") ? destination
                : ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
        }
        self.path = target
    }

    /// Hidden, beside the file, so that folder walks pass over it.
    public var lockPath: String {
        ((path as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent("." + (path as NSString).lastPathComponent + ".lock")
    }

    public struct StoreError: Error, CustomStringConvertible {
        public var description: String
    }

    /// The file as it is; no file is an empty review.
    public func load() throws -> ReviewFile {
        guard FileManager.default.fileExists(atPath: path) else { return ReviewFile() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StoreError(description: "\(path): cannot read the review file")
        }
        do { return try ReviewFile.decode(data) } catch let e as ReviewFile.DecodeError {
            throw StoreError(description: "\(path): \(e.description)")
        }
    }

    /// Merges `changes` into the file under the lock and returns what was written.
    @discardableResult
    public func save(_ changes: [ReviewEntry], bases: [String: ReviewEntry] = [:], corrections: [CorrectionChange] = [],
                     beforeRename: (String) throws -> Void = { _ in }) throws -> ReviewFile {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
            do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                throw StoreError(description: "cannot create \(folder): \(error.localizedDescription)")
            }
        }
        return try withLock {
            removeLeftovers()
            let merged = try load().merging(changes, bases: bases).merging(corrections: corrections)
            do { try AtomicFile.write(merged.encoded(), to: path, beforeRename: beforeRename) } catch let e as AtomicFile.WriteError {
                throw StoreError(description: e.description)
            }
            return merged
        }
    }

    /// Temporary files a writer killed before its rename left behind (its process is gone).
    private func removeLeftovers() {
        let folder = (path as NSString).deletingLastPathComponent
        let prefix = "." + (path as NSString).lastPathComponent + ".tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix { $0 != "-" }), kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(name))
        }
    }

    private func withLock<T>(_ body: () throws -> T) throws -> T {
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw StoreError(description: "\(path): cannot create its lock file \(lockPath): " + String(cString: strerror(errno))) }
        defer { close(fd) }
        let deadline = Date().addingTimeInterval(lockTimeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                throw StoreError(description: "cannot lock \(lockPath): " + String(cString: strerror(errno)))
            }
            guard Date() < deadline else {
                throw StoreError(description: "\(path) is being written by another nkreader (lock \(lockPath) held); try again")
            }
            usleep(10_000)
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
