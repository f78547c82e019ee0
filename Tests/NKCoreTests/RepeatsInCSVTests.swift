import Foundation
import Testing
@testable import NKCore

/// A figure said again in its article is one side: the CSV outputs list where, as the JSON does.
struct RepeatsInCSVTests {
    let articles: [Article]
    let result: ConflictFinder.Result

    init() throws {
        articles = try CorpusLoader().load([repositoryRoot.appendingPathComponent("seeds").path]).articles
        result = ConflictFinder().find(Analysis(articles: articles).claims)
    }

    /// Every conflict's rows in the CSV are its JSON `claims`, in order, each repeat pointing at
    /// the same side as its `repeatOf`; the seeds' Kyiv 25,000-30,000 is one of them.
    @Test func conflictsCSVListsRepeatsAsTheJSONDoes() throws {
        let publications = Publications(articles)
        let rows = csvRows(ConflictsReport.csv(result, publications: publications))
        #expect(rows.first?.suffix(4) == ["outlet", "title", "claim", "repeat_of"])
        #expect(rows.allSatisfy { $0.count == 16 })
        let records = csvRecords(ConflictsReport.csv(result, publications: publications))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(ConflictsReport.json(result, publications: publications).utf8)) as? [String: Any])
        let conflicts = try #require(object["conflicts"] as? [[String: Any]])
        // A group's rows start at claim 0.
        var groups: [[[String: String]]] = []
        for r in records where r["group"] == "conflict" {
            if r["claim"] == "0" { groups.append([]) }
            groups[groups.count - 1].append(r)
        }
        #expect(groups.count == conflicts.count)
        for (group, conflict) in zip(groups, conflicts) {
            let claims = try #require(conflict["claims"] as? [[String: Any]])
            #expect(group.map { $0["text"] } == claims.map { $0["text"] as? String })
            #expect(group.map { $0["repeat_of"] ?? "?" } == claims.map { ($0["repeatOf"] as? Int).map(String.init) ?? "" })
            #expect(group.map { $0["claim"] } == claims.indices.map(String.init))
        }
        let kyiv = try #require(records.first { $0["text"] == "25,000-30,000" && $0["source"] == "Kyiv" })
        #expect(kyiv["group"] == "conflict" && kyiv["measure"] == "additional troops" && kyiv["repeat_of"] == "1")
        let side = try #require(records.first { $0["measure"] == "additional troops" && $0["claim"] == "1" })
        #expect(side["text"] == "25-30,000" && side["source"] == "Ukraine" && side["repeat_of"] == "")
        #expect(side["outlet"] == kyiv["outlet"] && kyiv["outlet"]?.isEmpty == false)
    }

    /// An agreement's repeats (the JSON's `repeats`, parallel to its claims) are rows too.
    @Test func agreementRepeatsAreRowsPointingAtTheirSide() throws {
        let folder = try ArticleFolder([
            "a.txt": "Deployment Report\n\nOfficials said 12,000 troops were deployed to the front. Later, officials said again that 12,000 troops were deployed to the front.\n",
            "b.txt": "Ministry Report\n\nThe ministry said 12,000 troops were deployed to the front.\n",
        ])
        defer { folder.remove() }
        let articles = try CorpusLoader().load([folder.path]).articles
        let result = ConflictFinder().find(Analysis(articles: articles).claims)
        let agreement = try #require(result.agreements.first)
        let repeated = try #require(agreement.claims.indices.first { !agreement.repeats(of: $0).isEmpty })
        let records = csvRecords(ConflictsReport.csv(result)).filter { $0["group"] == "agreement" }
        #expect(records.count == agreement.claims.count + agreement.repeats.joined().count)
        let again = try #require(records.first { $0["repeat_of"] == String(repeated) })
        #expect(again["claim"] == String(agreement.claims.count))
        #expect(again["article"] == agreement.claims[repeated].article && again["text"] == "12,000")
    }

    /// The report's CSV says where each side is said again, as its JSON's `again` and its
    /// Markdown's "Said again" do, in two columns after the others.
    @Test func reportCSVHasEachSidesRepeats() throws {
        let pairs = ContradictionPair.all(in: result)
        let session = ReviewSession(pairs: pairs, titles: [:])
        let report = ReviewReport(pairs: pairs, resolution: session.resolution, articles: articles)
        let rows = csvRows(report.csv())
        #expect(rows.first?.suffix(2) == ["a_again", "b_again"])
        #expect(rows.allSatisfy { $0.count == rows[0].count })
        let item = try #require(csvRecords(report.csv()).first { $0["measure"] == "additional troops" })
        #expect(item["b_figure"] == "25-30,000" && item["a_again"] == "")
        let again = try #require(item["b_again"])
        #expect(again.hasPrefix("25,000-30,000 — Kyiv — ") && again.hasSuffix("003_d2edff3eb320cc46.txt:15"))
    }

    /// A verdict whose claims were not found is a row of the report's CSV, as it is a section of
    /// every other format: never dropped.
    @Test func reportCSVKeepsVerdictsWhoseClaimsAreGone() throws {
        let folder = try ArticleFolder(["a.txt": articleA, "b.txt": articleB])
        defer { folder.remove() }
        var (_, pairs, titles) = try folder.open()
        var session = ReviewSession(pairs: pairs, titles: titles)
        session.set(.followUp, pair: 0, now: reviewTime)
        session.setNote("ask the ministry", pair: 0, now: reviewTime)
        try folder.store.save(Array(session.unsaved.values))
        // The figure is gone from the article.
        try folder.write("b.txt", "Ministry Figures Article B\n\nThe ministry gave no figure for the troops.\n")
        let (articles, after, afterTitles) = try folder.open()
        (pairs, titles) = (after, afterTitles)
        let resolution = ReviewResolution(try folder.store.load(), pairs: pairs, titles: titles)
        let report = ReviewReport(pairs: pairs, resolution: resolution, articles: articles)
        #expect(report.unmatched.count == 1)
        let records = csvRecords(report.csv())
        let lost = try #require(records.first { $0["section"] == "not found" })
        #expect(lost["verdict"] == "follow up" && lost["note"] == "ask the ministry")
        #expect(Set([lost["a_figure"], lost["b_figure"]]) == ["as many as 10,000", "12,000"])
        #expect(Set([lost["a_location"], lost["b_location"]]) == ["a", "b"])
    }
}
