import Foundation
import Testing
@testable import NKCore

/// The folder walk lists folders with readdir and names articles without NSString, for speed on
/// 100,000 files; what it finds and how it names them must not change.
struct FolderWalkListingTests {
    @Test(arguments: ["a.txt", "dir/a.txt", "dir/sub/a.b.md", "a..txt", ".hidden", "dir/.a.txt", "noext", "dir/noext",
                      "a.", "trailing/", "/", "", "2024/été.html", "a b.txt", "dir.d/file"])
    func stemsAreNSStringsStems(path: String) {
        let name = (path as NSString).lastPathComponent
        let id = (name as NSString).deletingPathExtension
        #expect(ArticleIDs.stem(path) == (id.isEmpty ? name : id))
    }

    @Test func walksInNameOrderSkippingWhatIsNotAnArticle() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nkreader-walk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for name in ["b.txt", "a.md", "Z.txt", "é.txt", ".hidden.txt", "notes.csv", "sub/c.txt", "nkreader-review.json"] {
            try "x".write(to: dir.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.txt").path, withDestinationPath: "b.txt")
        // A name that is not UTF-8 cannot be named by a String: counted, not opened.
        let badName = (Array((dir.path + "/bad").utf8) + [0xFF] + Array(".txt".utf8) + [0]).map { CChar(bitPattern: $0) }
        let fd = open(badName, O_CREAT | O_WRONLY, 0o644)
        #expect(fd >= 0)
        close(fd)
        let walk = FolderWalk.walk(dir.path)
        #expect(walk.files.map(\.relative) == ["Z.txt", "a.md", "b.txt", "link.txt", "é.txt", "sub/c.txt"])
        #expect(walk.files.first?.path == dir.path + "/Z.txt")
        #expect(walk.warnings.count == 1)
        #expect(walk.warnings.first?.contains("1 .csv") == true)
        #expect(walk.warnings.first?.contains("1 names not in UTF-8") == true)
    }
}
