import Foundation
import Testing

/// A `./seeds` in the working folder never replaces the articles an installed binary ships with.
struct BundledSeedsCommandLineTests {
    /// Runs `binary` with `arguments` in `folder`; standard output, error and the exit status.
    func run(_ binary: String, _ arguments: [String], in folder: String, attempt: Int = 0) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch let error as NSError where attempt < 100 && isTextFileBusy(error) {
            // A copy just written can still be open for writing in a child that another test
            // spawned meanwhile (it inherited the descriptor): exec fails until that child execs.
            Thread.sleep(forTimeInterval: 0.05)
            return try run(binary, arguments, in: folder, attempt: attempt + 1)
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    func isTextFileBusy(_ error: NSError) -> Bool {
        (error.userInfo[NSUnderlyingErrorKey] as? NSError).map { $0.domain == NSPOSIXErrorDomain && $0.code == Int(ETXTBSY) } ?? false
    }

    @Test(.enabled(if: endToEndRequired || readerBinary != nil, "needs a built nkreader"))
    func anInstalledBinaryIgnoresTheWorkingFoldersSeeds() throws {
        let binary = try #require(readerBinary)
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("nkreader-prefix-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        defer { try? fm.removeItem(atPath: root) }
        // PREFIX/bin/nkreader with PREFIX/share/nkreader/seeds, as `make install` lays them out.
        for folder in ["prefix/bin", "prefix/share/nkreader/seeds", "work/seeds", "bare"] {
            try fm.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        try fm.copyItem(atPath: binary, toPath: root + "/prefix/bin/nkreader")
        try "Installed Article\n\nOfficials said 12,000 troops were deployed.\n".write(toFile: root + "/prefix/share/nkreader/seeds/installed.txt", atomically: true, encoding: .utf8)
        try "Working Folder Article\n\nOfficials said 9,000 troops were deployed.\n".write(toFile: root + "/work/seeds/local.txt", atomically: true, encoding: .utf8)

        let installed = try run(root + "/prefix/bin/nkreader", ["claims"], in: root + "/work")
        #expect(installed.status == 0, "\(installed.err)")
        // Named by its file id (the line is too short to be taken for a title).
        #expect(installed.out.hasPrefix("installed\n") && installed.out.contains("12,000"))
        #expect(!installed.out.contains("local") && !installed.out.contains("9,000"))

        // A binary with no bundled articles beside it says so, rather than reading ./seeds.
        try fm.copyItem(atPath: binary, toPath: root + "/bare/nkreader")
        let bare = try run(root + "/bare/nkreader", ["claims"], in: root + "/work")
        #expect(bare.status == 2)
        #expect(bare.err.contains("no bundled articles found") && bare.err.contains(root + "/share/nkreader/seeds"))
        #expect(!bare.out.contains("9,000"))
    }

    @Test(.enabled(if: endToEndRequired || readerBinary != nil, "needs a built nkreader"))
    func aBuildInTheSourceTreeReadsItsSeedsFromAnyFolder() throws {
        let binary = try #require(readerBinary)
        // Only a binary built in this tree (not one copied elsewhere) finds the tree's seeds.
        let resolved = URL(fileURLWithPath: binary).resolvingSymlinksInPath().path
        guard resolved.hasPrefix(repositoryRoot.path + "/") else { return }
        let elsewhere = FileManager.default.temporaryDirectory.path
        let result = try run(binary, ["claims"], in: elsewhere)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("Deploying NK Troops to Russia"))
    }
}
