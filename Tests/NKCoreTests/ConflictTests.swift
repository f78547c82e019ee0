import Testing
@testable import NKCore

func conflicts(_ articles: [Article]) -> ConflictFinder.Result { ConflictFinder().find(claims(articles)) }

struct ConflictRuleTests {
    @Test func upperBoundContradictsLargerFigures() throws {
        let r = conflicts([
            article("a", "Officials said as many as 10,000 troops were deployed.", date: "2024-10"),
            article("b", "The ministry said 12,000 troops were deployed.", date: "2024-10"),
            article("c", "Analysts said 10,000-15,000 troops were deployed.", date: "2024-10"),
        ])
        let c = try #require(r.conflicts.first)
        #expect(r.conflicts.count == 1)
        #expect(c.measure == "troops deployed")
        #expect(c.kind == .contradiction)
        // The range fits both: it is not part of the conflict.
        #expect(Set(c.claims.map(\.figure.text)) == ["as many as 10,000", "12,000"])
        #expect(abs(c.severity - 2000.0 / 12000) < 0.01)
        #expect(r.agreements.contains { Set($0.claims.map(\.article)) == ["b", "c"] || Set($0.claims.map(\.article)) == ["a", "c"] })
    }

    @Test func approximateFiguresHaveTolerance() {
        let r = conflicts([
            article("a", "Officials said about 1,000 troops were deployed."),
            article("b", "The ministry said 1,050 troops were deployed."),
        ])
        #expect(r.conflicts.isEmpty)
        #expect(r.agreements.count == 1)
    }

    @Test func monthsApartIsAPossibleUpdate() throws {
        let r = conflicts([
            article("a", "The ministry said 5,000 troops were deployed.", date: "2024-01"),
            article("b", "The ministry said 8,000 troops were deployed.", date: "2024-09-15"),
        ])
        #expect(try #require(r.conflicts.first).kind == .possibleUpdate)
    }

    @Test func aTollPutHigherDaysLaterIsAPossibleUpdate() throws {
        let saturday = article("a", "Police said 12 people were killed in the flooding.", date: "2024-09-14")
        let monday = article("b", "The ministry said 21 people were killed in the flooding.", date: "2024-09-16")
        #expect(try #require(conflicts([saturday, monday]).conflicts.first).kind == .possibleUpdate)
        // A toll cannot fall: lower on the later day, it contradicts.
        let lower = article("c", "The ministry said 8 people were killed in the flooding.", date: "2024-09-16")
        #expect(try #require(conflicts([saturday, lower]).conflicts.first).kind == .contradiction)
        // Two counts of one day contradict, whichever is higher.
        let same = article("d", "Doctors said 30 people were killed in the flooding.", date: "2024-09-14")
        #expect(try #require(conflicts([saturday, same]).conflicts.first).kind == .contradiction)
        // Evacuations are no running count: a higher one later still contradicts.
        let a = article("e", "Police said 4,200 people were evacuated.", date: "2024-09-14")
        let b = article("f", "The ministry said 6,000 people were evacuated.", date: "2024-09-16")
        #expect(try #require(conflicts([a, b]).conflicts.first).kind == .contradiction)
    }

    @Test func conflictsInsideOneArticleCount() {
        let r = conflicts([article("a", "Russia says 6,000 more soldiers will come. Kyiv says an additional 25,000 troops will come.")])
        #expect(r.conflicts.map(\.measure) == ["additional troops"])
    }

    /// The same figure said twice in one article, even written otherwise and by another voice,
    /// is one side: one contradiction with the other article, not two, and no agreement.
    @Test func aFigureRepeatedInItsArticleIsOneSide() throws {
        let r = conflicts([
            article("a", "Russia says 6,000 more soldiers will come.", date: "2025-06"),
            article("b", "Ukraine says 25-30,000 more soldiers will come. Later, Kyiv says an additional 25,000-30,000 troops will come.", date: "2025-06"),
        ])
        let c = try #require(r.conflicts.first)
        #expect(c.pairs.count == 1)
        #expect(c.claims.map(\.figure.text) == ["6,000", "25-30,000"])
        #expect(c.repeats(of: 1).map(\.figure.text) == ["25,000-30,000"])
        #expect(r.agreements.isEmpty)
        // The reports say where it is said again, under the claim it repeats.
        #expect(ConflictsReport.text(r).contains("  25,000–30,000          Ukraine                b                    Jun 2025\n    said again: 25,000-30,000, Kyiv\n"))
        #expect(ConflictsReport.markdown(r).contains("| 25-30,000 (again: 25,000-30,000, Kyiv) |"))
        #expect(ConflictsReport.json(r).contains("\"repeats\""))
        // The same figure in two articles is two voices: both sides, and an agreement.
        let two = conflicts([
            article("a", "Russia says 6,000 more soldiers will come.", date: "2025-06"),
            article("b", "Ukraine says 25,000 more soldiers will come.", date: "2025-06"),
            article("c", "Kyiv says 25,000 more soldiers will come.", date: "2025-06"),
        ])
        #expect(two.conflicts.first?.pairs.count == 2)
        #expect(two.agreements.count == 1)
    }

    @Test(arguments: [
        // Different measures.
        "The attack killed 300 people and wounded 2,700.",
        // Part versus whole: engineers and builders within a deployment.
        "Moscow will send 6,000 more troops. Shoigu said 1,000 engineers and 5,000 builders are coming.",
        // Per unit versus total.
        "Each soldier is paid $2,000 per month. The payments total $20 million.",
        // Additional versus already sent.
        "Russia has 10,000 troops deployed and will send 5,000 more troops.",
        // The same amount in two currencies.
        "The deal is worth $1 billion (1.3 trillion won).",
        // Orders of magnitude are not figures to contradict.
        "Thousands of soldiers were deployed. Officials said 12,000 soldiers were deployed.",
    ])
    func lookAlikesAreNotConflicts(text: String) {
        #expect(conflicts([article("a", text)]).conflicts.isEmpty)
    }

    @Test func largeGroupsStayNearLinearAndStillFindTheOutlier() {
        var articles = (0..<500).map { article("a\($0)", "Officials said about 1,000 troops were deployed.") }
        articles.append(article("z", "The ministry said 9,000 troops were deployed."))
        let r = conflicts(articles)
        #expect(r.conflicts.count == 1)
        #expect(r.conflicts[0].claims.contains { $0.article == "z" })
        #expect(r.conflicts[0].pairs.count <= 2 * 501)
    }
}

/// The real contradictions of the five bundled articles, and their look-alikes.
struct SeedConflictTests {
    let result: ConflictFinder.Result
    let claims: [Claim]

    init() throws {
        let (articles, _) = try CorpusLoader().load([repositoryRoot.appendingPathComponent("seeds").path])
        claims = Analysis(articles: articles).claims
        result = ConflictFinder().find(claims)
    }

    @Test func additionalTroops() throws {
        let c = try #require(result.conflicts.first { $0.measure == "additional troops" })
        #expect(c.kind == .contradiction)
        // Kyiv's "25,000-30,000" further down the same article repeats Ukraine's "25-30,000":
        // one side, one contradiction.
        #expect(c.claims.map { "\($0.figure.text)|\($0.source ?? "-")" } == ["6,000|Russia", "25-30,000|Ukraine"])
        #expect(c.pairs.count == 1)
        #expect(c.repeats(of: 1).map { "\($0.figure.text)|\($0.source ?? "-")" } == ["25,000-30,000|Kyiv"])
        #expect(c.repeats(of: 0).isEmpty)
    }

    @Test func deploymentSize() throws {
        let c = try #require(result.conflicts.first { $0.measure == "troops deployed" })
        #expect(Set(c.claims.map(\.figure.text)) == ["11,000", "as many as 10,000", "12,000"])
        #expect(c.kind == .contradiction)
        let sameMonth = try #require(c.pairs.first { p in Set([c.claims[p.a].figure.text, c.claims[p.b].figure.text]) == ["as many as 10,000", "12,000"] })
        #expect(sameMonth.kind == .contradiction)
        let later = try #require(c.pairs.first { p in Set([c.claims[p.a].figure.text, c.claims[p.b].figure.text]) == ["11,000", "12,000"] })
        #expect(later.kind == .possibleUpdate)
        #expect(c.claims.first { $0.figure.text == "12,000" }?.source == "South Korea’s Defense Ministry")
        #expect(c.claims.first { $0.figure.text == "as many as 10,000" }?.source == "Ukrainian media")
    }

    @Test func noOtherConflicts() {
        // 300 killed vs 2,700 injured, engineers and builders vs 6,000 more, dollars vs won,
        // the 3,000 subsets: all look-alikes.
        #expect(Set(result.conflicts.map(\.measure)) == ["additional troops", "troops deployed"])
    }

    @Test func agreementsFromIndependentSources() {
        // An article repeating its own figure does not agree with itself.
        #expect(!result.agreements.contains { Set($0.claims.map(\.source)) == ["Ukraine", "Kyiv"] })
        #expect(result.agreements.allSatisfy { Set($0.claims.map(\.article)).count > 1 })
        #expect(result.agreements.contains { $0.measure == "troops deployed" })
    }

    @Test func deploymentTimeline() {
        let t = Timeline.claims(claims, measure: "troops deployed")
        #expect(t.map { "\($0.figure.text)|\($0.date ?? "-")" } == [
            // "Among them, about 3,000 are undergoing training": part of those sent.
            "as many as 10,000|2024-10", "about 3,000|2024-10", "12,000|2024-10", "an estimated 3,000|2024-10",
            "11,000|2025-02-11", "about 10,000-15,000|2025-06",
        ])
    }

    /// The timeline lists Kyiv's 25,000-30,000 but says it repeats the article's 25-30,000;
    /// words in several measures are said to be, rather than in none.
    @Test func theTimelineMarksARepeatAndNamesAnAmbiguousMeasure() throws {
        let text = TimelineReport.text(Timeline.claims(claims, measure: "additional troops"), measure: "additional troops")
        let rows = text.split(separator: "\n")
        #expect(rows.contains { $0.contains("Kyiv") && $0.hasSuffix("(again)") })
        #expect(rows.contains { $0.contains("Ukraine") && !$0.contains("(again)") })
        guard case .failure(let e) = Timeline.resolve("troops", in: claims) else { Issue.record("'troops' resolved"); return }
        #expect(e.ambiguous && e.candidates.contains("troops deployed"))
        guard case .failure(let none) = Timeline.resolve("balloons", in: claims) else { Issue.record("'balloons' resolved"); return }
        #expect(!none.ambiguous)
    }

    @Test func claimsCarryMeasureSourceAndSentence() throws {
        let killed = try #require(claims.first { $0.figure.text == "around 300" })
        #expect(killed.measure == "troops killed")
        #expect(killed.source?.hasPrefix("South Korean National Intelligence Service") == true)
        #expect(killed.sentence.hasPrefix("The South Korean National Intelligence Service (NIS) estimates"))
        #expect(try #require(claims.first { $0.figure.text == "approximately 2,700" }).measure == "troops injured")
        let krw = try #require(claims.first { $0.figure.currency == "KRW" })
        let usd = try #require(claims.first { $0.figure.currency == "USD" && $0.article == "001_390d43d41a65c7c3" })
        #expect(krw.measure == usd.measure)
        #expect(krw.key != usd.key)
    }
}
