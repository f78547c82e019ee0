import Foundation
import Testing

/// The inputs as a user names them on the command line.
struct InputsCommandLineTests {
    /// Folders are always searched to the bottom; `-r` and `--recursive`, typed from habit, are accepted.
    @Test(.enabled(if: endToEndRequired || readerBinary != nil, "needs a built nkreader"))
    func recursiveIsAcceptedAndSubfoldersAreRead() throws {
        let binary = try #require(readerBinary)
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("nkreader-recursive-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        defer { try? fm.removeItem(atPath: root) }
        try fm.createDirectory(atPath: root + "/2024/09", withIntermediateDirectories: true)
        try "Officials said 4,300 people died.\n".write(toFile: root + "/top.txt", atomically: true, encoding: .utf8)
        try "Officials said 4,100 people died.\n".write(toFile: root + "/2024/09/deep.txt", atomically: true, encoding: .utf8)
        for arguments in [["figures", root], ["figures", "-r", root], ["figures", "--recursive", root]] {
            let r = try runBinary(binary, arguments)
            #expect(r.status == 0, "\(arguments): \(r.err)")
            #expect(r.out.contains("4,300") && r.out.contains("4,100"), "\(arguments)")
        }
    }
}
