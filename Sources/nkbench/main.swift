import Foundation
import NKCore

// `make bench`: throughput and ratios measured in one run. Machines are shared: compare ratios.
let extractor = FigureExtractor()
_ = extractor.figures(in: "warm up the lexicon: 3,000 troops")

print("nkreader benchmarks (release build, one core)\n")

// Figure extraction over a 20 MB corpus of varied seeds plus one 10 MB line with no newline.
let corpus = BenchCorpus.articles(totalBytes: 20_000_000)
let corpusBytes = corpus.reduce(0) { $0 + $1.utf8.count }
var figureCount = 0
let corpusTime = measure {
    figureCount = 0
    for a in corpus { figureCount += extractor.figures(in: a).count }
}
report("extract: \(corpus.count) articles, \(String(format: "%.1f", megabytes(corpusBytes))) MB",
       String(format: "%.1f MB/s  (%d figures)", megabytes(corpusBytes) / corpusTime, figureCount))

let line10 = BenchCorpus.oneLine(bytes: 10_000_000)
let line1 = String(line10.utf8.prefix(1_000_000))!
let t10 = measure { _ = extractor.figures(in: line10) }
let t1 = measure { _ = extractor.figures(in: line1) }
report("extract: one 10 MB line, no newline", String(format: "%.1f MB/s", megabytes(line10.utf8.count) / t10))
report("linearity: time(10 MB) / time(1 MB)", String(format: "%.2f  (10.0 is linear)", t10 / t1))
