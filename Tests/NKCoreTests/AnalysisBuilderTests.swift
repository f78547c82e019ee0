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
}
