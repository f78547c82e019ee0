import Testing
@testable import NKCore

struct ReviewLocationTests {
    func facts(writable: Set<String> = ["/work/articles", "/work"], folders: Set<String> = ["/work/articles"],
               environment: [String: String] = ["HOME": "/home/ann"]) -> ReviewLocation.Facts {
        ReviewLocation.Facts(environment: environment, isFolder: { folders.contains($0) },
                             isWritableFolder: { writable.contains($0) }, currentFolder: "/work")
    }

    @Test func besideTheArticles() {
        #expect(ReviewLocation.resolve(explicit: nil, paths: ["/work/articles"], bundled: false, facts: facts())
                == "/work/articles/nkreader-review.json")
        #expect(ReviewLocation.resolve(explicit: nil, paths: ["articles/./"], bundled: false, facts: facts(folders: ["articles/./"]))
                == "/work/articles/nkreader-review.json")
        // A file: its folder.
        #expect(ReviewLocation.resolve(explicit: nil, paths: ["/work/articles/a.txt", "/elsewhere/b.txt"], bundled: false, facts: facts())
                == "/work/articles/nkreader-review.json")
        // Standard input: the current folder.
        #expect(ReviewLocation.resolve(explicit: nil, paths: ["-"], bundled: false, facts: facts()) == "/work/nkreader-review.json")
    }

    @Test func explicitFileWins() {
        #expect(ReviewLocation.resolve(explicit: "my.json", paths: [], bundled: true, facts: facts()) == "my.json")
    }

    @Test func bundledAndReadOnlyArticlesUseTheDataFolder() {
        #expect(ReviewLocation.resolve(explicit: nil, paths: [], bundled: true, facts: facts())
                == "/home/ann/.local/share/nkreader/seeds-review.json")
        #expect(ReviewLocation.resolve(explicit: nil, paths: [], bundled: true,
                                       facts: facts(environment: ["HOME": "/home/ann", "XDG_DATA_HOME": "/data/"]))
                == "/data/nkreader/seeds-review.json")
        // A relative XDG_DATA_HOME is ignored, as the XDG specification says.
        #expect(ReviewLocation.resolve(explicit: nil, paths: [], bundled: true,
                                       facts: facts(environment: ["HOME": "/home/ann", "XDG_DATA_HOME": "rel"]))
                == "/home/ann/.local/share/nkreader/seeds-review.json")
        #expect(ReviewLocation.resolve(explicit: nil, paths: ["/srv/news"], bundled: false, facts: facts(folders: ["/srv/news"]))
                == "/home/ann/.local/share/nkreader/reviews/srv%news.json")
    }
}
