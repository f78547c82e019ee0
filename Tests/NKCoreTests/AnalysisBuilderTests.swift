import Testing
@testable import NKCore

/// An analysis built a batch at a time is the analysis of the whole: the story is read once,
/// across every batch.
struct AnalysisBuilderTests {
    @Test func batchesGiveTheWholeAnalysis() throws {
        let (articles, _) = try CorpusLoader().load([repositoryRoot.appendingPathComponent("seeds").path])
        let whole = Analysis(articles: articles)
        var builder = AnalysisBuilder()
        builder.add(Array(articles[..<2]))
        builder.add([])
        builder.add(Array(articles[2...]))
        let built = builder.finished()
        #expect(builder.articleCount == articles.count)
        #expect(built.articles == whole.articles)
        #expect(built.figures == whole.figures)
        #expect(built.claims == whole.claims)
        #expect(!built.claims.isEmpty)
    }

    /// The claims command keeps only claims between batches; it must read the story as the
    /// reader does, or the two would disagree about the same folder.
    @Test func claimsBuiltInBatchesAreTheReadersClaims() throws {
        let (articles, _) = try CorpusLoader().load([repositoryRoot.appendingPathComponent("seeds").path])
        var builder = ClaimsBuilder()
        for article in articles { builder.add([article]) }
        #expect(builder.finished() == Analysis(articles: articles).claims)
    }

    /// Reading the story again settles nothing more: it was read to the end.
    @Test func readingTheStoryTwiceChangesNothing() throws {
        let placed = article("a", "Floods\n\nThe Red Crescent said 11,300 people had been killed in Riverton.", date: "2023-09-14")
        let listed = article("b", "Floods\n\nWithin days, figures of 10,000 and then 11,300 dead were circulating.", date: "2023-10-11")
        let (seeds, _) = try CorpusLoader().load([repositoryRoot.appendingPathComponent("seeds").path])
        let once = Analysis(articles: seeds + [placed, listed]).claims
        #expect(StoryReading.resolve(once) == once)
    }
}
