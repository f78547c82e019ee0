import Foundation

/// A command-line argument that names a web page: `http://` or `https://` and a host.
public enum WebAddress {
    public static func url(_ argument: String) -> URL? {
        let lower = argument.prefix(8).lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        guard let url = URL(string: argument), let host = url.host, !host.isEmpty else { return nil }
        return url
    }

    /// True for the schemes nkreader fetches; a redirect anywhere else is refused.
    public static func isWeb(_ url: URL) -> Bool {
        guard let scheme = url.scheme?.lowercased() else { return false }
        return scheme == "http" || scheme == "https"
    }

    /// The name an article fetched from `url` gets before clashes are resolved: its last path
    /// component ("story.html" → "story"), or its host for a site's front page; and the
    /// host-and-path that stands for its folder when two names clash.
    static func names(_ url: URL) -> (stem: String, relative: String) {
        let host = url.host ?? "web"
        let parts = url.path.split(separator: "/").map(String.init)
        guard let last = parts.last else { return (host, host) }
        let stem = ArticleIDs.stem(last)
        return (stem.isEmpty ? host : stem, ([host] + parts).joined(separator: "/"))
    }
}
