import Foundation
import Testing
@testable import NKCore

/// The report: reviewed first, both sides in full, every format escaped for where it goes.
struct ReviewReportTests {
    /// Two contradictions on one measure: one reviewed with a note full of markup, one not.
    func report() throws -> (ReviewReport, ArticleFolder) {
        let hostile = "Third <script>alert(1)</script> Article, \"C\"\n\nAnalysts said 20,000 troops were deployed to the front | really.\n"
        let folder = try ArticleFolder(["a.txt": articleA, "b.txt": articleB, "c.txt": hostile])
        let (articles, pairs, titles) = try folder.open()
        var session = ReviewSession(pairs: pairs, titles: titles)
        let last = pairs.count - 1
        session.set(.checked, pair: last, now: reviewTime)
        session.setNote("Called the <b>ministry</b>, \"confirmed\", *twice*", pair: last, now: reviewTime)
        return (ReviewReport(pairs: pairs, resolution: session.resolution, articles: articles), folder)
    }

    @Test func reviewedComeFirstWithBothSidesInFull() throws {
        let (r, folder) = try report()
        defer { folder.remove() }
        #expect(r.reviewed.count == 1 && r.unreviewed.count >= 1)
        let md = r.markdown()
        let reviewed = try #require(md.range(of: "## Reviewed"))
        let unreviewed = try #require(md.range(of: "## Unreviewed"))
        #expect(reviewed.lowerBound < unreviewed.lowerBound)
        let item = r.reviewed[0]
        #expect(item.state == .checked && item.kind == .contradiction)
        for side in [item.a, item.b] {
            #expect(side.location.hasPrefix(folder.path + "/") && side.location.hasSuffix(".txt:3"))
            #expect(md.contains("> " + ReviewReport.md(side.sentence)))
            #expect(side.title != nil)
        }
        #expect(md.contains("**checked**"))
        #expect(md.contains("**Note:** Called the \\<b\\>ministry\\</b\\>, \"confirmed\", \\*twice\\*"))
        #expect(r.summary.hasPrefix("3 contradictions in 3 articles: 1 reviewed (1 checked), 2 unreviewed.") || r.summary.contains("1 reviewed (1 checked)"))
    }

    @Test func relativePathsCanBeGivenFromAFolder() throws {
        let article = Article(id: "a", path: "news/a.txt", text: articleA)
        let (_, pairs, _) = try { () throws -> ([Article], [ContradictionPair], [String: String]) in
            let folder = try ArticleFolder(["a.txt": articleA, "b.txt": articleB])
            defer { folder.remove() }
            return try folder.open()
        }()
        let resolution = ReviewResolution(ReviewFile(), pairs: pairs, titles: [:])
        let report = ReviewReport(pairs: pairs, resolution: resolution, articles: [article], relativeTo: "/home/ann")
        #expect(report.unreviewed.first?.a.location == "/home/ann/news/a.txt:3")
        let plain = ReviewReport(pairs: pairs, resolution: resolution, articles: [article])
        #expect(plain.unreviewed.first?.a.location == "news/a.txt:3")
    }

    @Test func htmlIsOneSelfContainedEscapedFile() throws {
        let (r, folder) = try report()
        defer { folder.remove() }
        let html = r.html()
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(!html.contains("<script>") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("Called the &lt;b&gt;ministry&lt;/b&gt;, &quot;confirmed&quot;"))
        // Nothing fetched from elsewhere.
        #expect(!html.contains("src=") && !html.contains("<link"))
    }

    @Test func csvQuotesWhatNeedsQuoting() throws {
        let (r, folder) = try report()
        defer { folder.remove() }
        let rows = r.csv().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 1 + r.reviewed.count + r.unreviewed.count)
        #expect(rows[0].hasPrefix("section,measure,kind,severity,verdict,note,updated,a_figure"))
        #expect(rows[1].hasPrefix("reviewed,troops deployed,contradiction,"))
        #expect(rows[1].contains(",checked,\"Called the <b>ministry</b>, \"\"confirmed\"\", *twice*\","))
        #expect(ReviewReport.csvField("as many as 10,000") == "\"as many as 10,000\"")
        #expect(ReviewReport.csvField("plain") == "plain")
    }

    @Test func jsonParses() throws {
        let (r, folder) = try report()
        defer { folder.remove() }
        let object = try JSONSerialization.jsonObject(with: Data(r.json().utf8)) as? [String: Any]
        let reviewed = try #require(object?["reviewed"] as? [[String: Any]])
        #expect(reviewed.first?["verdict"] as? String == "checked")
        #expect((reviewed.first?["a"] as? [String: Any])?["location"] is String)
    }
}

/// A false alarm is no longer a conflict.
struct FalseAlarmTests {
    @Test func aFalseAlarmLeavesTheConflictsAndItsLoneClaimsWithIt() throws {
        let folder = try ArticleFolder(["a.txt": articleA, "b.txt": articleB])
        defer { folder.remove() }
        let articles = try CorpusLoader().load([folder.path]).articles
        let result = ConflictFinder().find(Analysis(articles: articles).claims)
        let pairs = ContradictionPair.all(in: result)
        #expect(result.conflicts.count == 1 && pairs.count == 1)
        var session = ReviewSession(pairs: pairs, titles: [:])
        session.set(.falseAlarm, pair: 0, now: reviewTime)
        let (kept, hidden) = FalseAlarms.removing(from: result, session.resolution)
        #expect(hidden == 1)
        #expect(kept.conflicts.isEmpty)
        #expect(kept.agreements.count == result.agreements.count)
        #expect(session.dismissedClaims == [ClaimRef(pairs[0].a), ClaimRef(pairs[0].b)])
        // Checked instead: still a conflict.
        session.set(.checked, pair: 0, now: reviewTime)
        #expect(FalseAlarms.removing(from: result, session.resolution).result.conflicts.count == 1)
    }
}

extension ReviewReportTests {
    /// The seeds' Kyiv 25,000-30,000 repeats Ukraine's 25-30,000: one side, said again, with its line.
    @Test func aSideSaidAgainInItsArticleIsShownWithIt() throws {
        let (articles, _) = try CorpusLoader().load([repositoryRoot.appendingPathComponent("seeds").path])
        let pairs = ContradictionPair.all(in: ConflictFinder().find(Analysis(articles: articles).claims))
        let session = ReviewSession(pairs: pairs, titles: [:])
        let report = ReviewReport(pairs: pairs, resolution: session.resolution, articles: articles)
        let item = try #require(report.unreviewed.first { $0.measure == "additional troops" })
        #expect(item.b.figure == "25-30,000")
        let again = try #require(item.b.again.first)
        #expect(again.figure == "25,000-30,000" && again.source == "Kyiv" && again.location.hasSuffix("003_d2edff3eb320cc46.txt:15"))
        #expect(item.a.again.isEmpty)
        #expect(report.markdown().contains("  Said again: **25,000-30,000** — Kyiv, `"))
        #expect(report.html().contains("Said again: <b>25,000-30,000</b> — Kyiv"))
        #expect(report.json().contains("\"again\""))
    }
}
