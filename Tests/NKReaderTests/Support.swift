import Foundation
import NKCore
@testable import NKReader

let repositoryRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The bundled articles, analysed once for all tests.
let seedCorpus: ReaderCorpus = {
    let (articles, _) = try! CorpusLoader().load([repositoryRoot.appendingPathComponent("seeds").path])
    return ReaderCorpus(articles: articles)
}()

func reader(_ corpus: ReaderCorpus = seedCorpus, width: Int = 120, height: Int = 40,
            joining: ClusterJoining = .unicode) -> ReaderState {
    ReaderState(corpus: corpus, width: width, height: height, joining: joining)
}

func corpus(_ texts: [String]) -> ReaderCorpus {
    ReaderCorpus(articles: texts.enumerated().map { Article(id: "t\($0)", path: "t\($0).txt", text: $1) })
}

extension ReaderState {
    mutating func press(_ keys: Key...) { for k in keys { handle(k) } }
    mutating func type(_ s: String) { for c in s { handle(.character(c)) } }
}

/// Display width of a rendered row, measured from the text in it; -1 if a wide character is
/// split (a lead without its continuation, or a continuation without its lead).
func columns(_ screen: Screen, row: Int) -> Int {
    var total = 0
    for x in 0..<screen.width {
        let c = screen[x, row]
        if c.width == 2 && (x + 1 >= screen.width || screen[x + 1, row].width != 0) { return -1 }
        if c.width == 0 && (x == 0 || screen[x - 1, row].width != 2) { return -1 }
        total += DisplayWidth.of(c.text)
    }
    return total
}
