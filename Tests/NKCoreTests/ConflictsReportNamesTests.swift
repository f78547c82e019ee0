import Foundation
import Testing
@testable import NKCore

/// `conflicts` names articles by outlet and title, as `report` does, in every format.
struct ConflictsReportNamesTests {
    /// Two outlets, one of them with two articles, and one article with no metadata at all.
    func analysed() throws -> (ConflictFinder.Result, Publications, ArticleFolder) {
        func page(_ outlet: String, _ title: String, _ body: String) -> String {
            "---\nsource: \(outlet)\ntitle: \(title)\n---\n\n\(body)\n"
        }
        let folder = try ArticleFolder([
            "wire-1.md": page("Wire Service", "Troops Sent East", "Officials said as many as 10,000 troops were deployed to the front."),
            "wire-2.md": page("Wire Service", "Ministry Counts Troops", "The ministry said 12,000 troops were deployed to the front."),
            "daily.md": page("Daily | Post", "Twenty Thousand", "Analysts said 20,000 troops were deployed to the front."),
            "bare.txt": "Observers said 30,000 troops were deployed to the front.\n",
        ])
        let articles = try CorpusLoader().load([folder.path]).articles
        let result = ConflictFinder().find(Analysis(articles: articles).claims)
        return (result, Publications(articles), folder)
    }

    @Test func textNamesOutletsAndListsTitlesOnce() throws {
        let (result, publications, folder) = try analysed()
        defer { folder.remove() }
        #expect(!result.conflicts.isEmpty)
        let text = ConflictsReport.text(result, publications: publications)
        let rows = text.split(separator: "\n").map(String.init)
        // One outlet with two articles is told apart by title; the bare file keeps its id.
        #expect(rows.contains { $0.contains("Officials") && $0.contains("Wire Service: Troop…") })
        #expect(rows.contains { $0.contains("Daily | Post") && !$0.contains("Twenty Thousand") })
        #expect(rows.contains { $0.contains("Observers") && $0.contains("bare") })
        #expect(!text.contains("wire-1 ") && !text.contains("daily "))
        // The titles are listed under "Articles", each under its outlet and path.
        let articles = try #require(rows.firstIndex(of: "Articles"))
        let daily = try #require(rows[articles...].firstIndex { $0.hasPrefix("  Daily | Post  ") && $0.hasSuffix("/daily.md") })
        #expect(rows[daily + 1] == "    Twenty Thousand")
        for row in rows[..<articles] { #expect(DisplayWidth.of(row) <= 80, "the table fits 80 columns: \(row)") }
    }

    @Test func csvAddsOutletAndTitleAfterTheColumnsItHad() throws {
        let (result, publications, folder) = try analysed()
        defer { folder.remove() }
        let csv = ConflictsReport.csv(result, publications: publications)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines[0] == "group,measure,kind,severity,text,low,high,currency,source,article,date,sentence,outlet,title,claim,repeat_of")
        let records = csvRecords(csv)
        #expect(records.contains { $0["article"] == "daily" && $0["outlet"] == "Daily | Post" && $0["title"] == "Twenty Thousand" })
        // No metadata: empty outlet and title, the id still in its column.
        #expect(records.contains { $0["article"] == "bare" && $0["outlet"] == "" && $0["title"] == "" })
    }

    @Test func markdownHasOutletAndTitleColumnsNotIds() throws {
        let (result, publications, folder) = try analysed()
        defer { folder.remove() }
        let md = ConflictsReport.markdown(result, publications: publications)
        #expect(md.contains("| Figure | Value | Source | Outlet | Title | Date |"))
        #expect(md.contains("| Daily \\| Post | Twenty Thousand |"))
        #expect(md.contains("| Wire Service | Ministry Counts Troops |"))
        #expect(!md.contains("wire-2"))
        // An article known by nothing else is named by its id.
        #expect(md.contains("| bare | — |"))
    }

    @Test func jsonKeepsTheContractAndAddsOutletAndTitle() throws {
        let (result, publications, folder) = try analysed()
        defer { folder.remove() }
        let data = Data(ConflictsReport.json(result, publications: publications).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let conflicts = try #require(object["conflicts"] as? [[String: Any]])
        let claims = conflicts.flatMap { ($0["claims"] as? [[String: Any]]) ?? [] }
        #expect(!claims.isEmpty)
        for claim in claims {
            for field in ["article", "text", "start", "end", "low", "high", "source", "date", "sentence", "outlet", "title"] {
                #expect(claim.keys.contains(field), "\(field) in \(claim)")
            }
        }
        let daily = try #require(claims.first { $0["article"] as? String == "daily" })
        #expect(daily["outlet"] as? String == "Daily | Post" && daily["title"] as? String == "Twenty Thousand")
        let bare = try #require(claims.first { $0["article"] as? String == "bare" })
        #expect(bare["outlet"] is NSNull && bare["title"] is NSNull)
    }

    @Test func timelineNamesTheOutlet() throws {
        let (result, publications, folder) = try analysed()
        defer { folder.remove() }
        let measure = try #require(result.conflicts.first?.measure)
        let claims = result.conflicts.flatMap(\.claims)
        let text = TimelineReport.text(claims, measure: measure, publications: publications)
        #expect(text.contains("Daily | Post") && text.contains("Wire Service: Ministry Counts Troops"))
    }
}
