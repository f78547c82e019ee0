/// Turns an article's quantity figures into claims. Figures on page furniture and in front
/// matter make no claims.
public struct ClaimExtractor: Sendable {
    public let vocabulary: MeasureVocabulary
    public let layout: PageLayout

    public init(vocabulary: MeasureVocabulary = .standard, layout: PageLayout = .standard) {
        self.vocabulary = vocabulary
        self.layout = layout
    }

    public func claims(in article: Article, figures: [Figure]) -> [Claim] {
        let quantities = figures.filter { $0.kind.isQuantity }
        guard !quantities.isEmpty else { return [] }
        let index = SentenceIndex(article.text)
        let bodyStart = MetadataFiles.frontMatter(article.text)?.bodyStart ?? 0
        let measures = MeasureFinder(vocab: vocabulary)
        let attribution = AttributionFinder(vocab: vocabulary)
        var cache: (range: Range<Int>, words: [Word], next: [Word])?
        var out: [Claim] = []
        var furnitureLines: [Int: Bool] = [:]
        for f in quantities where f.start >= bodyStart {
            // Only the lines that hold figures need the furniture check.
            let line = index.line(around: f.start)
            if furnitureLines[line.lowerBound] == nil {
                furnitureLines[line.lowerBound] = line.count <= PageLayout.longestFurniture && layout.isFurniture(Substring(index.text(line)))
            }
            if furnitureLines[line.lowerBound] == true { continue }
            let range = index.sentence(around: f.start)
            if cache?.range != range {
                let nextRange = index.sentence(around: range.upperBound + 1)
                let next = nextRange.lowerBound > range.lowerBound && nextRange.lowerBound - range.upperBound <= 2
                    ? index.words(in: nextRange) : []
                cache = (range, index.words(in: range), next)
            }
            guard let (_, words, next) = cache else { continue }
            let first = words.firstIndex { $0.end > f.start } ?? words.count
            let after = words.firstIndex { $0.start >= f.end } ?? words.count
            let m = measures.measure(words: words, first: first, after: after)
            out.append(Claim(
                article: article.id, figure: f, measure: m.measure,
                source: attribution.source(words: words, first: first, next: next),
                date: article.metadata.date,
                sentence: Sanitizer.oneLine(index.text(range)).trimmed,
                isVague: f.isVague,
                isUnmeasured: m.unmeasured))
        }
        return out
    }
}

import Foundation
