/// The help overlay (`?`, every key and the legend) or the legend alone (`L`), scrolled to `top`.
public struct HelpPage: Equatable, Sendable {
    public enum Topic: Equatable, Sendable { case keys, legend }

    public var topic: Topic
    /// The first line of the text shown.
    public var top = 0

    public init(_ topic: Topic) { self.topic = topic }
}

extension ReaderState {
    /// Scroll keys move the text; ? q Esc Enter (and L on the legend) close it.
    mutating func helpKey(_ key: Key, page: HelpPage) {
        var page = page
        let visible = helpArea().height
        let total = helpLines(page.topic).count
        let step = max(1, visible - 1)
        switch key {
        case .escape, .enter, .character("q"), .character("?"), .character("h"): mode = .reading; return
        case .character("L") where page.topic == .legend: mode = .reading; return
        case .character("L"): page = HelpPage(.legend)
        case .character("j"), .down: page.top += 1
        case .character("k"), .up: page.top -= 1
        case .character(" "), .character("f"), .pageDown: page.top += step
        case .character("b"), .pageUp: page.top -= step
        case .character("d"): page.top += max(1, visible / 2)
        case .character("u"): page.top -= max(1, visible / 2)
        case .character("g"), .home: page.top = 0
        case .character("G"), .end: page.top = total
        default: return
        }
        page.top = max(0, min(page.top, total - visible))
        mode = .help(page)
    }
}
