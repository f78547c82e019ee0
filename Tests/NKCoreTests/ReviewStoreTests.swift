import Foundation
import Testing
@testable import NKCore

/// The review file on disk: replaced atomically, never losing another writer's verdict.
struct ReviewStoreTests {
    func entry(_ id: String, _ state: ReviewState = .checked) -> ReviewEntry {
        let anchor = ClaimAnchor(article: "a", title: nil, figure: id, sentence: "A sentence with \(id).", offset: 0)
        return ReviewEntry(id: id, measure: "m", a: anchor, b: anchor, state: state, note: "", updated: ReviewEntry.timestamp(reviewTime))
    }

    /// A writer stopped between writing and renaming (the moment a crash or a kill would hit)
    /// leaves the old file whole; what it wrote is only in its temporary file.
    @Test func aWriterStoppedBeforeTheRenameLeavesTheOldFileIntact() throws {
        let folder = try ArticleFolder([:])
        defer { folder.remove() }
        let store = folder.store
        try store.save([entry("old")])
        let before = try Data(contentsOf: URL(fileURLWithPath: store.path))
        struct Killed: Error {}
        var temporary = ""
        #expect(throws: Killed.self) {
            try store.save([entry("new")]) { tmp in
                temporary = tmp
                // The new content is complete and flushed in the temporary file, in the same folder…
                let written = try ReviewFile.decode(Data(contentsOf: URL(fileURLWithPath: tmp)))
                #expect(written.entries.keys.sorted() == ["new", "old"])
                #expect((tmp as NSString).deletingLastPathComponent == folder.path)
                // …while the review file is untouched.
                #expect(try Data(contentsOf: URL(fileURLWithPath: store.path)) == before)
                throw Killed()
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path)) == before)
        #expect(try store.load().entries.keys.sorted() == ["old"])
        #expect(!temporary.isEmpty && !FileManager.default.fileExists(atPath: temporary))
    }

    /// Two writers saving at once, each its own verdicts, many times: every verdict is in the file.
    @Test func twoConcurrentWritersLoseNothing() throws {
        let folder = try ArticleFolder([:])
        defer { folder.remove() }
        let rounds = 40
        let failures = LockedValue(0)
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            // Each writer is its own store, with its own lock file descriptor, like two processes.
            let store = ReviewFileStore(path: folder.store.path)
            for n in 0..<rounds {
                do { try store.save([entry("w\(writer)-\(n)")]) } catch { failures.withLock { $0 += 1 } }
            }
        }
        #expect(failures.withLock { $0 } == 0)
        let ids = try folder.store.load().entries.keys
        #expect(ids.count == 2 * rounds, "lost \(2 * rounds - ids.count) verdicts")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func aHeldLockIsAClearErrorNotAHang() throws {
        let folder = try ArticleFolder([:])
        defer { folder.remove() }
        var store = folder.store
        store.lockTimeout = 0.2
        let fd = open(store.lockPath, O_RDWR | O_CREAT, 0o644)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX) == 0)
        do {
            try store.save([entry("x")])
            Issue.record("saved while another process held the lock")
        } catch {
            #expect("\(error)".contains("being written by another nkreader"))
        }
        #expect(!FileManager.default.fileExists(atPath: store.path))
    }

    @Test func aFolderThatCannotBeWrittenIsAnErrorNamingThePath() throws {
        let folder = try ArticleFolder(["blocker": "a file where a folder should be"])
        defer { folder.remove() }
        let store = ReviewFileStore(path: folder.path + "/blocker/review.json")
        do {
            try store.save([entry("x")])
            Issue.record("saved under a file")
        } catch {
            #expect("\(error)".contains(folder.path + "/blocker"))
        }
    }

    @Test func folderWalksSkipTheReviewFileAndReports() throws {
        let folder = try ArticleFolder(["a.txt": articleA, "nkreader-report.md": "# Contradictions\n\n12,000 troops", "nkreader-report.html": "<p>x</p>"])
        defer { folder.remove() }
        try folder.store.save([entry("x")])
        let loaded = try CorpusLoader().load([folder.path])
        #expect(loaded.articles.map(\.id) == ["a"])
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
    }
}

/// A tiny lock-protected value for counting across threads in tests.
final class LockedValue<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}

extension ReviewStoreTests {
    /// A review file kept elsewhere through a link stays a link; its target gets the verdicts.
    @Test func aLinkedReviewFileIsWrittenThroughTheLink() throws {
        let folder = try ArticleFolder([:])
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path + "/notes", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/nkreader-review.json", withDestinationPath: "notes/review.json")
        try ReviewFileStore(path: folder.path + "/nkreader-review.json").save([entry("x")])
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: folder.path + "/nkreader-review.json")) == "notes/review.json")
        #expect(try ReviewFileStore(path: folder.path + "/notes/review.json").load().entries.keys.sorted() == ["x"])
    }
}

extension ReviewStoreTests {
    /// Two readers open on the same articles, one writes a note on a contradiction, the other
    /// then marks the same one: the file keeps the note and the verdict.
    @Test func twoSessionsOnOneContradictionKeepBothChanges() throws {
        let folder = try ArticleFolder(["a.txt": articleA, "b.txt": articleB])
        defer { folder.remove() }
        let (_, pairs, titles) = try folder.open()
        var first = ReviewSession(file: try folder.store.load(), pairs: pairs, titles: titles)
        var second = ReviewSession(file: try folder.store.load(), pairs: pairs, titles: titles)
        second.setNote("call the ministry", pair: 0, now: reviewTime)
        second.saved(try folder.store.save(Array(second.unsaved.values), bases: second.bases))
        first.set(.checked, pair: 0, now: reviewTime.addingTimeInterval(60))
        first.saved(try folder.store.save(Array(first.unsaved.values), bases: first.bases))
        let entry = try #require(try folder.store.load().entries.values.first)
        #expect(entry.state == .checked)
        #expect(entry.note == "call the ministry")
        #expect(first.note(ofPair: 0) == "call the ministry")
    }
}
