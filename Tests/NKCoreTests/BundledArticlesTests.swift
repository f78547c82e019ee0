import Testing
@testable import NKCore

/// The bundled articles are found from the binary's place, never from the working folder.
struct BundledArticlesTests {
    @Test func anInstalledBinaryReadsTheCopyBesideIt() throws {
        let paths: Set = ["/opt/nk/share/nkreader/seeds", "/opt/nk/Package.swift", "/opt/nk/seeds"]
        #expect(try BundledArticles.locate(executable: "/opt/nk/bin/nkreader", exists: paths.contains).get() == "/opt/nk/share/nkreader/seeds")
    }

    @Test func aBuildInTheSourceTreeReadsTheTreesSeeds() throws {
        let paths: Set = ["/work/repo/Package.swift", "/work/repo/seeds"]
        #expect(try BundledArticles.locate(executable: "/work/repo/.build/x86_64-unknown-linux-gnu/release/nkreader", exists: paths.contains).get()
                == "/work/repo/seeds")
        // A seeds folder without Package.swift is someone's folder, not the source tree.
        #expect((try? BundledArticles.locate(executable: "/home/ann/bin/nkreader", exists: ["/home/ann/seeds"].contains).get()) == nil)
    }

    @Test func noneFoundSaysWhereItLooked() {
        guard case .failure(let e) = BundledArticles.locate(executable: "/tmp/x/nkreader", exists: { _ in false }) else {
            Issue.record("found something"); return
        }
        #expect(e.description.contains("/tmp/share/nkreader/seeds") && e.description.contains("give a file or folder"))
        #expect((try? BundledArticles.locate(executable: nil, exists: { _ in true }).get()) == nil)
    }
}
