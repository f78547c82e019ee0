import NKCore

/// Whether the reader knows the contradictions yet. On a large corpus the first articles are
/// shown at once and the rest are analysed in the background.
public enum AnalysisStatus: Equatable, Sendable {
    /// The first articles are shown with their figures lit; the contradictions are not known.
    case running(percent: Int)
    case complete
    /// Reading the rest stopped (a file vanished while being read): the first articles stay.
    case failed(String)
}

/// What the background analysis tells the reader: the only way its results reach the state.
public enum AnalysisMessage: Sendable {
    /// How much is done, from 0 to 1.
    case progress(Double)
    /// Every article, analysed: it replaces the preliminary corpus.
    case finished(ReaderCorpus)
    case failed(String)
}

extension ReaderState {
    /// Takes a message from the background analysis.
    public mutating func receive(_ message: AnalysisMessage) {
        switch message {
        case .progress(let fraction):
            guard case .running = analysis else { return }
            // 100 % is kept for the moment the contradictions are in.
            analysis = .running(percent: max(0, min(99, Int(fraction * 100))))
        case .finished(let whole):
            replaceCorpus(with: whole)
            analysis = .complete
        case .failed(let why):
            analysis = .failed(why)
            self.message = "Analysis stopped: \(why)"
        }
    }

    /// The preliminary corpus's articles come first in the whole one, in the same order, so the
    /// panes keep their articles and places; what was derived from the corpus is made afresh.
    private mutating func replaceCorpus(with whole: ReaderCorpus) {
        let shown = panes.map { corpus.articles.indices.contains($0.article) ? corpus.articles[$0.article].id : nil }
        // The corrections given meanwhile, saved or not, apply to every article now known.
        let whole = review.corrections.isEmpty ? whole : whole.applying(review.corrections)
        corpus = whole
        for p in panes.indices {
            panes[p].article = shown[p].flatMap { whole.articleIndex($0) } ?? min(panes[p].article, max(0, whole.articles.count - 1))
        }
        if case .articles(let selected) = mode { mode = .articles(selected: min(selected, max(0, whole.articles.count - 1))) }
        review = review.over(pairs: whole.stops, titles: whole.titles)
        wrapped = [:]
        if let query = search?.query { search = SearchResults(query: query, articles: whole.articles) }
        prepareLayout()
        reviewChanged()
    }

    /// What a key that needs the contradictions says while they are not known yet; nil once they are.
    var contradictionsUnknown: String? {
        switch analysis {
        case .complete: return nil
        case .running(let percent): return "still analysing \(percent) % — the contradictions are known when it is done"
        case .failed(let why): return "No contradictions: the analysis stopped (\(why))"
        }
    }

    /// The status line while the contradictions are not known.
    var analysisStatusText: String? {
        switch analysis {
        case .complete: return nil
        case .running(let percent): return "analysing \(percent) % — figures are lit; contradictions come when every article is read"
        case .failed: return "analysis stopped — only the first articles are shown"
        }
    }
}
