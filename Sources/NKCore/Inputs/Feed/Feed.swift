/// An RSS or Atom feed as nkreader uses it: the channel's name and language, and its items.
struct Feed: Sendable, Equatable {
    var title: String?
    var language: String?
    var items: [Item] = []

    struct Item: Sendable, Equatable {
        var title: String?
        var link: String?
        var date: String?
        var author: String?
        /// The item's text: content:encoded, Atom content, or the description/summary, made plain.
        var body: String = ""
    }
}
