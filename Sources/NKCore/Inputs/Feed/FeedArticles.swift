import Foundation

/// A feed's items as articles: "FEED#1", "FEED#2", … in the feed's order. Each item's text is its
/// title, a blank line and its body; its outlet is the channel's name; its URL its link.
enum FeedArticles {
    static func articles(_ feed: Feed, id: String, path: String, base: URL?) -> [Article] {
        let language = feed.language.flatMap(LanguageCode.normalized)
        return feed.items.enumerated().map { n, item in
            var text = item.body
            if let title = item.title.map(oneLine), !title.isEmpty, text.prefix(while: { $0 != "\n" }) != title {
                text = text.isEmpty ? title + "\n" : title + "\n\n" + text
            }
            var article = Article(id: "\(id)#\(n + 1)", path: path, text: PlainText.withoutControls(text))
            article.documentMetadata = metadata(item, feed: feed, base: base, language: language)
            return article
        }
    }

    static func metadata(_ item: Feed.Item, feed: Feed, base: URL?, language: String?) -> ArticleMetadata {
        var m = ArticleMetadata(title: item.title, source: feed.title, author: item.author,
                                date: item.date.flatMap(HTMLMetadata.isoDate))
        m.url = link(item, base: base)?.absoluteString
        m.language = language
        return HTMLMetadata.clean(m)
    }

    /// The item's link made absolute against the feed's URL; only web links count.
    static func link(_ item: Feed.Item, base: URL?) -> URL? {
        guard let s = item.link, let url = URL(string: s, relativeTo: base)?.absoluteURL, WebAddress.isWeb(url) else { return nil }
        return url
    }

    private static func oneLine(_ s: String) -> String {
        var w = WhitespaceText()
        w.append(s)
        return w.finish().trimmingCharacters(in: .newlines)
    }
}
