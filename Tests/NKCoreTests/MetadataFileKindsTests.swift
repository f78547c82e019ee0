import Foundation
import Testing
@testable import NKCore

/// A `metadata.json` the loader cannot use is named in a warning, never passed over in silence;
/// the articles beside it still load.
struct MetadataFileKindsTests {
    private func folder(withMetadata make: (URL) throws -> Void) throws -> URL {
        let dir = try temporaryFolder()
        try "300 troops.".write(to: dir.appendingPathComponent("one.txt"), atomically: true, encoding: .utf8)
        try make(dir.appendingPathComponent(MetadataFiles.fileName))
        return dir
    }

    @Test func aFolderNamedMetadataJSONIsAWarning() throws {
        let dir = try folder { try FileManager.default.createDirectory(at: $0, withIntermediateDirectories: false) }
        let (articles, warnings) = try CorpusLoader().load([dir.appendingPathComponent("one.txt").path])
        #expect(articles.count == 1)
        #expect(warnings == ["\(dir.path)/metadata.json: ignored, a folder rather than a file"])
    }

    @Test func aFIFONamedMetadataJSONIsAWarningAndNeverWaitedOn() throws {
        let dir = try folder { #expect(mkfifo($0.path, 0o600) == 0) }
        let (articles, warnings) = try CorpusLoader().load([dir.appendingPathComponent("one.txt").path])
        #expect(articles.count == 1)
        #expect(warnings == ["\(dir.path)/metadata.json: ignored, not a regular file"])
    }

    @Test func aBrokenLinkNamedMetadataJSONIsAWarning() throws {
        let dir = try folder { try FileManager.default.createSymbolicLink(atPath: $0.path, withDestinationPath: "gone.json") }
        let (_, warnings) = try CorpusLoader().load([dir.appendingPathComponent("one.txt").path])
        #expect(warnings == ["\(dir.path)/metadata.json: ignored, broken symbolic link (its target is missing)"])
    }

    @Test func noMetadataJSONSaysNothing() throws {
        let dir = try folder { _ in }
        let (_, warnings) = try CorpusLoader().load([dir.appendingPathComponent("one.txt").path])
        #expect(warnings.isEmpty)
    }
}
