import Foundation
@testable import NKCore

/// A temporary folder of articles for review tests, removed by `remove()`.
struct ArticleFolder {
    let path: String

    init(_ files: [String: String]) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("nkreader-review-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files { try write(name, text) }
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }

    /// What a run of nkreader sees: the articles, their contradictions and titles.
    func open() throws -> (articles: [Article], pairs: [ContradictionPair], titles: [String: String]) {
        let articles = try CorpusLoader().load([path]).articles
        let pairs = ContradictionPair.all(in: ConflictFinder().find(Analysis(articles: articles).claims))
        var titles: [String: String] = [:]
        for a in articles { if let t = a.metadata.title { titles[a.id] = t } }
        return (articles, pairs, titles)
    }

    var store: ReviewFileStore { ReviewFileStore(path: path + "/" + ReviewLocation.fileName) }
}

let articleA = "Troop Count Article A\n\nOfficials said as many as 10,000 troops were deployed to the front.\n"
let articleB = "Ministry Figures Article B\n\nThe ministry said 12,000 troops were deployed to the front.\n"

/// A fixed instant, so that files written in tests are the same every run.
let reviewTime = Date(timeIntervalSince1970: 1_780_000_000)
