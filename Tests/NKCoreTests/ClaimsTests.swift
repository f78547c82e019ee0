import Testing
@testable import NKCore

func article(_ id: String, _ text: String, date: String? = nil) -> Article {
    Article(id: id, path: id + ".txt", text: text, metadata: ArticleMetadata(date: date))
}

func claims(_ articles: [Article]) -> [Claim] { Analysis(articles: articles).claims }

/// The claim written `figure` in one article of `text` under a title line.
func claimOf(_ figure: String, in text: String, title: String = "Crisis", date: String) -> Claim? {
    claims([article("a", title + "\n\n" + text, date: date)]).first { $0.figure.text == figure }
}

/// The measure of the first claim written `figure` among `all`.
func measure(_ all: [Claim], _ figure: String) -> String? {
    all.first { $0.figure.text == figure }?.measure
}

func claim(_ text: String, _ figure: String) throws -> Claim {
    try #require(claims([article("a", text)]).first { $0.figure.text == figure })
}

/// Measures and sources on articles written for these tests, in shapes the seeds do not have.
struct MeasureTests {
    @Test(arguments: [
        ("Officials said 200 civilians were killed in the strike.", "200", "civilians killed"),
        ("The attack killed 40 people and wounded 120.", "40", "people killed"),
        ("The attack killed 40 people and wounded 120.", "120", "people injured"),
        ("Of the 5,000 soldiers deployed, around 300 have been killed.", "around 300", "troops killed"),
        ("Moscow will send 2,000 more troops.", "2,000", "additional troops"),
        ("Moscow will send an additional 2,000 troops.", "2,000", "additional troops"),
        ("Each soldier is paid $2,000 per month.", "$2,000", "troops paid monthly"),
        ("Each group of 30 troops has an interpreter.", "30", "troops per group"),
        ("The rally drew 40 last week.", "40", "people took part"),
        ("The officials drew 40 last week.", "40", "(unmeasured)"),
        ("Rebels seized 12 tanks near the river.", "12", "tanks"),
        ("The factory produced 4,000 widgets last year.", "4,000", "widgets"),
        // What befell buildings is its own event, not the people's in the clause before.
        ("It said 6,000 people were evacuated, and that 1,600 homes were flooded.", "1,600", "homes flooded"),
        ("The storm destroyed 300 homes and damaged 1,200 more.", "300", "homes destroyed"),
        ("The storm destroyed 300 homes and damaged 1,200 more.", "1,200", "additional homes damaged"),
        // An outbreak's counts: what befell people, and cases that are no part of a toll.
        ("The WHO said 85,000 people had been vaccinated.", "85,000", "people vaccinated"),
        ("The ministry's latest count was 52 deaths and 1,610 cases.", "1,610", "cases"),
        ("Deaths rose to 52, the ministry said, with 1,610 cases recorded.", "1,610", "cases"),
        // "died or gone missing" joins two events; survivors are those who survived.
        ("So far this year, 1,150 people have died or gone missing at sea.", "1,150", "people killed or missing"),
        ("Rescuers pulled 78 survivors from the water.", "78", "people survived"),
        // A target is a plan, not a count.
        ("The WHO said 85,000 people were vaccinated, against a target of 300,000.", "300,000", "projected people vaccinated"),
        // How many live in a place is its population, held by the place named with it.
        ("Riverton, home to around 125,000 people, lies on the coast.", "around 125,000", "population in Riverton"),
        ("Reuters puts Riverton's population at 125,000.", "125,000", "population in Riverton"),
        ("The town has a population of 9,000.", "9,000", "population"),
        ("In Riverton, home to 125,000 people, 40 people were killed.", "40", "people killed in Riverton"),
    ])
    func measureFromTheWordsAround(text: String, figure: String, measure: String) throws {
        // What is read, whether or not it says enough to compare.
        #expect(try claim(text, figure).frame.description == measure)
    }

    @Test func subsetIsAPartNotTheWhole() throws {
        let c = try claim("Russia has 10,000 soldiers there; among them, about 3,000 are engineers.", "about 3,000")
        #expect(c.frame.description.hasPrefix("part of"))
    }
}

struct SourceTests {
    @Test(arguments: [
        // A body described in plain words speaks; a word for an event can name its kind.
        ("Floods\n\nThe insurance association put the damage at $200 million.", "$200 million", "insurance association"),
        ("Floods\n\nOfficials said 1,500 homes were flooded, and the fire brigade said 40 people were injured.", "40", "fire brigade"),
        // "It" stands for a body the sentence before described in plain words.
        ("Floods\n\nThe interior ministry said 21 people were killed. It said 6,000 people were evacuated.", "6,000", "interior ministry"),
        ("The ministry said 300 soldiers were killed.", "300", "ministry"),
        ("According to the UN, 300 civilians were killed.", "300", "UN"),
        ("According to a recent report by the Kyiv Independent, 300 civilians died.", "300", "Kyiv Independent"),
        ("Local media, citing police sources, reported that 12 people died.", "12", "media"),
        ("General Kim told NBC News that 4,000 troops had arrived.", "4,000", "General Kim"),
        ("Sergei Shoigu, the security chief, announced that 1,000 engineers would go.", "1,000", "Sergei Shoigu"),
        ("12,000 troops arrived this week.", "12,000", nil),
        ("His reveal on Sunday suggests two new developments.", "two", nil),
    ] as [(String, String, String?)])
    func whoSaysIt(text: String, figure: String, source: String?) throws {
        #expect(try claim(text, figure).source == source)
    }

    @Test func closestAttributionWins() throws {
        let text = "Russia says it will send 6,000 workers, but Ukraine believes that 25,000 workers will go."
        #expect(try claim(text, "6,000").source == "Russia")
        #expect(try claim(text, "25,000").source == "Ukraine")
    }

    @Test func sourceNamedInTheNextSentence() throws {
        let text = "The army is sending 12,000 troops. The Defense Ministry, which provided the estimate to reporters, condemned it."
        #expect(try claim(text, "12,000").source == "Defense Ministry")
    }
}

struct PageTests {
    @Test func furnitureMakesNoClaims() {
        let text = "top of page\n\nShare this Article\n00:00\n5,000 troops arrived, officials said.\n© 2025 Example News\nbottom of page"
        let found = claims([article("a", text)])
        #expect(found.map(\.figure.text) == ["5,000"])
    }

    @Test func metadataFromTheText() {
        let text = "top of page\n\nTroops Arrive at the Border in Large Numbers\n\nMar 3\n\nBy Jane Roe\n\nBody text with 5 facts.\n\n© 2024 Example News. All rights reserved."
        let m = MetadataInference.infer(from: text)
        #expect(m.title == "Troops Arrive at the Border in Large Numbers")
        #expect(m.author == "Jane Roe")
        #expect(m.source == "Example News")
        #expect(m.date == "2024-03-03")
    }

    @Test func frontMatterOverridesTheText() throws {
        let dir = try temporaryFolder()
        let text = "---\ntitle: \"Stated title\"\ndate: 2024-05\nsource: Wire\n---\nSome Other Heading For This Piece\n\n300 troops, officials said."
        try text.write(to: dir.appendingPathComponent("x.txt"), atomically: true, encoding: .utf8)
        let (articles, _) = try CorpusLoader().load([dir.path])
        var stated = ArticleMetadata(title: "Stated title", source: "Wire", author: nil, date: "2024-05")
        stated.language = "en"
        #expect(articles[0].metadata == stated)
        // Front matter is never a source of claims.
        #expect(claims(articles).map(\.figure.text) == ["300"])
    }

    @Test func metadataJSONBesideTheArticles() throws {
        let dir = try temporaryFolder()
        try "A Headline With Enough Words Here\n\n300 troops.".write(to: dir.appendingPathComponent("one.txt"), atomically: true, encoding: .utf8)
        try #"{"one": {"source": "Stated Source", "date": "2023-01-02"}}"#.write(to: dir.appendingPathComponent("metadata.json"), atomically: true, encoding: .utf8)
        let (articles, warnings) = try CorpusLoader().load([dir.path])
        #expect(articles[0].metadata.source == "Stated Source")
        #expect(articles[0].metadata.date == "2023-01-02")
        #expect(articles[0].metadata.title == "A Headline With Enough Words Here")
        #expect(warnings.isEmpty)
    }

    @Test func brokenMetadataJSONIsAWarning() throws {
        let dir = try temporaryFolder()
        try "300 troops.".write(to: dir.appendingPathComponent("one.txt"), atomically: true, encoding: .utf8)
        try "{not json".write(to: dir.appendingPathComponent("metadata.json"), atomically: true, encoding: .utf8)
        let (_, warnings) = try CorpusLoader().load([dir.path])
        #expect(warnings.count == 1)
    }

    @Test func seedMetadata() throws {
        let (articles, _) = try CorpusLoader().load([repositoryRoot.appendingPathComponent("seeds").path])
        let m = Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0.metadata) })
        var first = ArticleMetadata(title: "Deploying NK Troops to Russia: A Catalyst for Regime Collapse?",
                                    source: "NVNK", author: "B.J. Choi", date: "2025-02-11")
        first.language = "en"
        #expect(m["000_1d8e4aedfe15d0c4"] == first)
        #expect(articles.allSatisfy { $0.metadata.language == "en" })
        #expect(m["002_7dff7329b4c065b9"]?.date == "2025-12-04")
        #expect(m["004_6214744c4b91ee6c"]?.author == "Carl Samson")
        #expect(m["001_390d43d41a65c7c3"]?.date == "2024-10")
    }
}

/// A page's own counters are furniture, never claims.
struct PageCounterTests {
    @Test func countersInABannerAreNotClaims() {
        let text = "Troops\n\nPosted on 28 March 2025 by Ines Halvorsen | 7 comments\nReading time: 4 min\n\nOfficials said 3,000 troops were deployed.\n\n12 comments | Share"
        #expect(claims([article("a", text)]).map(\.figure.text) == ["3,000"])
        // Still figures, for the reader to show, but of no quantity.
        let figures = FigureExtractor().articleFigures(in: text)
        #expect(figures.filter(\.kind.isQuantity).map(\.text) == ["3,000"])
        #expect(figures.contains { $0.text == "7" && $0.kind == .other })
        // In a sentence, a count of comments is a count.
        #expect(FigureExtractor().articleFigures(in: "Readers left 7 comments on the post.").first?.kind == .number)
    }
}
