import Foundation
import NKCore

/// What `v` asks the front end to open: the original of the current claim's article. The model
/// only says what; the ncurses backend leaves the screen, runs the program and comes back.
public enum OpenRequest: Equatable, Sendable {
    /// A text file, at the line (1-based) of the claim in it: an editor or a pager shows it.
    case textFile(path: String, line: Int)
    /// A file no editor shows as text (a saved page, a PDF, a Word document): the system's opener.
    case document(path: String)
    /// An article read from the web, or a feed item's page.
    case webAddress(String)

    /// Extensions whose lines are the lines nkreader reads, so that a line number means something.
    static let textExtensions: Set<String> = ["", "txt", "text", "md", "markdown"]
    static let feedExtensions: Set<String> = ["rss", "atom", "xml"]

    /// The request for an article, at scalar `offset` in its text; nil for standard input.
    static func forArticle(_ article: Article, at offset: Int) -> OpenRequest? {
        let path = article.path
        if isWebAddress(path) { return .webAddress(path) }
        guard path != "-" else { return nil }
        let ext = (path as NSString).pathExtension.lowercased()
        // A feed item's original is its page, not the feed file holding many items.
        if feedExtensions.contains(ext), let url = article.metadata.url, isWebAddress(url) { return .webAddress(url) }
        guard textExtensions.contains(ext) else { return .document(path: path) }
        return .textFile(path: path, line: article.fileLine(ofScalar: offset, lines: LineIndex(article.text)))
    }

    /// Only http and https go to the opener: an article could name any scheme.
    static func isWebAddress(_ s: String) -> Bool {
        let lower = s.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// How the status line names it.
    public var label: String {
        switch self {
        case .textFile(let path, let line): "\(path):\(line)"
        case .document(let path): path
        case .webAddress(let url): url
        }
    }
}

extension ReaderState {
    /// `v`: the current claim's article at its line, else the focused pane's at its top line.
    mutating func requestOpen() {
        guard corpus.articles.indices.contains(panes[focus].article) else { return }
        let article = corpus.articles[panes[focus].article]
        let lines = text(focus).lines
        let offset = currentClaim()?.figure.start
            ?? (lines.indices.contains(panes[focus].top) ? lines[panes[focus].top].offset : 0)
        guard let request = OpenRequest.forArticle(article, at: offset) else {
            message = "This article was read from standard input: there is no file to open."
            return
        }
        openRequest = request
    }

    /// What `v` asked for since the last call; the front end opens it, then calls `show(_:)`.
    public mutating func takeOpenRequest() -> OpenRequest? {
        defer { openRequest = nil }
        return openRequest
    }
}
