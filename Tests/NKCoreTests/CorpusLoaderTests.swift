import Foundation
import Testing
@testable import NKCore

/// A fresh temporary folder per test, inside one folder for the whole test process that is
/// removed when the process exits: a run leaves nothing behind in the temporary directory.
func temporaryFolder() throws -> URL {
    _ = removeTestsRootAtExit
    let url = URL(fileURLWithPath: testsRoot).appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

private let testsRoot = FileManager.default.temporaryDirectory.appendingPathComponent("nkreader-tests-\(getpid())").path
/// Registered once, on first use; the handler reads the global, as a C function pointer captures nothing.
private let removeTestsRootAtExit: Void = { atexit { try? FileManager.default.removeItem(atPath: testsRoot) } }()

struct CorpusLoaderTests {
    @Test func folderLoadsTxtAndMdSortedByName() throws {
        let dir = try temporaryFolder()
        for name in ["b.md", "a.txt", "c.json", ".hidden.txt"] {
            try Data("3,000 troops".utf8).write(to: dir.appendingPathComponent(name))
        }
        let (articles, warnings) = try CorpusLoader().load([dir.path])
        #expect(articles.map(\.id) == ["a", "b"])
        #expect(warnings == ["\(dir.path): skipped 1 file (not articles): 1 .json"])
    }

    @Test func decodingKeepsOffsetsHonest() throws {
        // BOM stripped, CRLF kept, NBSP is a thousands separator.
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Title\r\n\r\nabout\u{00A0}300 troops and 11\u{00A0}000 more".utf8)
        let decoded = TextDecoding.decode(bytes)
        #expect(decoded.warning == nil)
        #expect(!decoded.text.hasPrefix("\u{FEFF}"))
        let f = quantities(decoded.text)
        #expect(f.map(\.value) == [300, 11000])
        #expect(f.first?.start == 9)
    }

    @Test func invalidUTF8IsReplacedAndReported() {
        let decoded = TextDecoding.decode([0x31, 0x32, 0xFF, 0xC3, 0x28, 0x20, 0x33])
        #expect(decoded.text == "12\u{FFFD}\u{FFFD}( 3")
        #expect(decoded.warning?.contains("invalid UTF-8") == true)
    }

    @Test func utf16WithBOM() {
        let units = Array("5 troops".utf16)
        let bytes: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(TextDecoding.decode(bytes).text == "5 troops")
    }

    @Test func problemsAreOneClearError() throws {
        let dir = try temporaryFolder()
        #expect(throws: CorpusError.self) { try CorpusLoader().load([dir.path]) }
        #expect(throws: CorpusError.self) { try CorpusLoader().load([dir.appendingPathComponent("missing.txt").path]) }
        do {
            _ = try CorpusLoader().load([dir.path])
        } catch let e as CorpusError {
            #expect(e.description.contains("no articles"))
        }
    }

    @Test func standardInput() throws {
        let loader = CorpusLoader(readStandardInput: { Array("about 300 killed".utf8) })
        let (articles, _) = try loader.load(["-"])
        #expect(articles.map(\.id) == ["-"])
        #expect(quantities(articles[0].text).first?.low == 300)
    }
}
