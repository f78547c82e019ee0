/// A line of a page's header with what the title, masthead, author and date readers all ask of
/// it, worked out once: each reader goes over the same few lines in turn.
struct HeaderLine {
    let line: EdgeLines.Line
    /// Page chrome: "top of page", "Share this Article".
    let isFurniture: Bool
    /// "• …", "- …", "* …".
    let isListItem: Bool
    /// Trimmed, bullets dropped, on one line.
    let cleaned: String
    /// The author a byline prefix names ("By Jane Roe" → "Jane Roe").
    let author: String?
    /// The banner fields of the cleaned line.
    let fields: [String]
    /// The raw line is a navigation bar or breadcrumb.
    let isNavigationBar: Bool

    var text: Substring { line.text }

    init(_ line: EdgeLines.Line, layout: PageLayout) {
        self.line = line
        isFurniture = layout.isFurniture(line.text)
        isListItem = MetadataInference.isListItem(line.text)
        cleaned = MetadataInference.clean(line.text)
        author = MetadataInference.author(in: cleaned, layout: layout)
        fields = layout.fields(of: Substring(cleaned))
        isNavigationBar = layout.isNavigationBar(layout.fields(of: line.text))
    }
}
