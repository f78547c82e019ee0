import Foundation
import Testing
@testable import NKCore

/// Files that misbehave while a folder loads: each is one warning that names it and says why,
/// and the other articles still load. Those that could not be read are counted, so the command
/// can exit non-zero once its output is written.
struct MisbehavingFilesTests {
    private func folder(_ names: [String]) throws -> URL {
        let dir = try temporaryFolder()
        for (n, name) in names.enumerated() {
            try "Officials said \(n + 1),000 troops were deployed.".write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test func aFileDeletedWhileTheFolderLoadsIsNamedAndTheOthersLoad() throws {
        let dir = try folder(["a.txt", "b.txt", "c.txt"])
        let loader = CorpusLoader()
        let plan = try loader.plan([dir.path])
        try FileManager.default.removeItem(at: dir.appendingPathComponent("b.txt"))
        var warnings: [String] = []
        let articles = try loader.load(plan, 0..<plan.count, warnings: &warnings)
        #expect(articles.map(\.id) == ["a", "c"])
        #expect(warnings == ["\(dir.path)/b.txt: cannot be read (gone, deleted or moved while loading); skipped"])
        #expect(UnreadFiles.count(in: warnings) == 1)
    }

    @Test func aFileThatFailsMidReadIsNamedAndTheOthersLoad() throws {
        // /proc/self/mem opens like a plain file of size 0, then read(2) fails with EIO.
        let dir = try folder(["a.txt"])
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("b.txt").path, withDestinationPath: "/proc/self/mem")
        let (articles, warnings) = try CorpusLoader().load([dir.path])
        #expect(articles.map(\.id) == ["a"])
        #expect(warnings == ["\(dir.path)/b.txt: cannot be read (Input/output error); skipped"])
        #expect(UnreadFiles.count(in: warnings) == 1)
    }

    @Test func aHugeSparseFileIsRefusedUnreadAndTheOthersLoad() throws {
        let dir = try folder(["a.txt", "c.txt"])
        let huge = dir.appendingPathComponent("b.txt").path
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        #expect(truncate(huge, off_t(CorpusLoader.maxFileSize) + 1) == 0)
        let (articles, warnings) = try CorpusLoader().load([dir.path])
        #expect(articles.map(\.id) == ["a", "c"])
        #expect(warnings == ["\(huge): cannot be read (larger than 1024 MiB); skipped"])
    }

    @Test func anEndlessDeviceNamedDirectlyIsRefusedAfterItsFirstBytes() throws {
        // /dev/zero never ends: its first NULs say it is no text, long before the size limit.
        let dir = try folder(["a.txt"])
        let (articles, warnings) = try CorpusLoader().load(["/dev/zero", dir.appendingPathComponent("a.txt").path])
        #expect(articles.map(\.id) == ["a"])
        #expect(warnings == ["/dev/zero: not a text file (binary data); skipped"])
        #expect(UnreadFiles.count(in: warnings) == 0)
    }

    @Test func aBinaryStartIsRefusedWithoutReadingTheRest() throws {
        var bytes = [UInt8](repeating: 0, count: 16)
        bytes += Array(String(repeating: "3,000 troops. ", count: 10_000).utf8)
        let dir = try temporaryFolder()
        let path = dir.appendingPathComponent("b.bin").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        let read = try FileBytes.read(path, limit: 1 << 30, refuse: BinaryCheck.isSurelyBinary)
        #expect(read.count == FileBytes.sniffSize)
        #expect(BinaryCheck.isBinary(read))
        #expect(try FileBytes.read(path, limit: 1 << 30) == bytes)
    }

    @Test func aFIFOALoopAndAFolderNamedLikeAnArticleInAFolderAreEachNamedOrCounted() throws {
        let dir = try folder(["a.txt"])
        let fm = FileManager.default
        #expect(mkfifo(dir.appendingPathComponent("pipe.txt").path, 0o600) == 0)
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("loop.txt").path, withDestinationPath: "loop.txt")
        try fm.createDirectory(at: dir.appendingPathComponent("inner.txt"), withIntermediateDirectories: false)
        try "Officials said 7,000 troops were deployed.".write(to: dir.appendingPathComponent("inner.txt/b.txt"), atomically: true, encoding: .utf8)
        let (articles, warnings) = try CorpusLoader().load([dir.path])
        // The folder named like a file is searched; the FIFO is never opened (nothing writes to it).
        #expect(articles.map(\.id) == ["a", "b"])
        #expect(warnings.contains("\(dir.path)/loop.txt: symbolic link loop; skipped"))
        #expect(warnings.contains("\(dir.path): skipped 1 file (not articles): 1 special files"))
        #expect(warnings.count == 2)
    }

    @Test func aLoopNamedDirectlyIsALoopNotAMissingFile() throws {
        let dir = try folder(["a.txt"])
        let loop = dir.appendingPathComponent("loop.txt").path
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: "loop.txt")
        let (articles, warnings) = try CorpusLoader().load([loop, dir.appendingPathComponent("a.txt").path])
        #expect(articles.map(\.id) == ["a"])
        #expect(warnings == ["\(loop): cannot be read (symbolic link loop); skipped"])
        #expect(UnreadFiles.count(in: warnings) == 1)
        // Alone, it leaves nothing to read: one error, after the warning that says why.
        #expect { try CorpusLoader().load([loop]) } throws: { error in
            let e = error as? CorpusError
            return e?.description == "no article to read" && e?.warnings == ["\(loop): cannot be read (symbolic link loop); skipped"]
        }
    }

    @Test func aLargeFolderReadOnEveryCoreKeepsItsOrderAndItsWarningsInOrder() throws {
        // Enough files that the batch is read in parallel; every ninth is binary or deleted
        // after the folder was walked, as a folder changing while it loads.
        let names = (0..<100).map { String(format: "a%03d.txt", $0) }
        let dir = try folder(names)
        let refused = names.indices.filter { $0 % 9 == 4 }
        for n in refused where n % 2 == 1 {
            #expect(FileManager.default.createFile(atPath: dir.appendingPathComponent(names[n]).path, contents: Data([0x50, 0x4B, 0, 0, 1, 2])))
        }
        let loader = CorpusLoader()
        let plan = try loader.plan([dir.path])
        for n in refused where n % 2 == 0 { try FileManager.default.removeItem(at: dir.appendingPathComponent(names[n])) }
        var warnings: [String] = []
        let articles = try loader.load(plan, 0..<plan.count, warnings: &warnings)
        let kept = names.indices.filter { !refused.contains($0) }
        #expect(articles.map(\.id) == kept.map { String(names[$0].dropLast(4)) })
        #expect(articles.map(\.text) == kept.map { "Officials said \($0 + 1),000 troops were deployed." })
        #expect(warnings == refused.map { n in
            n % 2 == 0 ? "\(dir.path)/\(names[n]): cannot be read (gone, deleted or moved while loading); skipped"
                       : "\(dir.path)/\(names[n]): not a text file (binary data); skipped"
        })
        #expect(UnreadFiles.count(in: warnings) == refused.filter { $0 % 2 == 0 }.count)
    }

    @Test func onlyUnreadFilesAreCounted() {
        #expect(UnreadFiles.count(in: [UnreadFiles.warning("a.txt", "permission denied"), "b.png: not a text file (binary data); skipped",
                                       "c: skipped 2 files (not articles): 2 special files"]) == 1)
    }
}
