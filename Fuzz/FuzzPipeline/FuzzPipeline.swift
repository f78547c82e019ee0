import NKCore

/// Splits the input into at most this many articles: enough for claims from different
/// outlets and dates to meet in the conflict finder, few enough to stay fast.
let maxArticles = 4
/// Articles are separated by the ASCII record separator, a byte no real article contains,
/// so the fuzzer controls the split without stealing ordinary text.
let separator: UInt8 = 0x1E

/// libFuzzer target: the whole pipeline as `nkreader conflicts --json` runs it on several
/// articles — decoding, metadata, figures, claims, conflicts and both JSON reports.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let parts = bytes.split(separator: separator, maxSplits: maxArticles - 1, omittingEmptySubsequences: false)
    let articles = parts.enumerated().map { i, part in
        let text = TextDecoding.decode(Array(part)).text
        var article = Article(id: "a\(i)", path: "a\(i).txt", text: text)
        article.metadata = MetadataInference.infer(from: text, fileName: article.id)
        if let (front, _) = MetadataFiles.frontMatter(text) { article.metadata = article.metadata.overridden(by: front) }
        return article
    }
    let analysis = Analysis(articles: articles)
    let result = ConflictFinder().find(analysis.claims)
    _ = ClaimsReport.json(analysis.claims)
    _ = ConflictsReport.json(result)
    // The timeline view reads the same claims; any measure with claims exercises it.
    if let measure = analysis.claims.first?.measure { _ = TimelineReport.text(analysis.claims, measure: measure) }
    return 0
}
