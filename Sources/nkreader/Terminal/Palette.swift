import CNcurses
import NKReader

/// How each role looks on this terminal: colours where there are 256 or 8, attributes alone on a
/// monochrome terminal or under NO_COLOR.
struct Palette {
    /// ncurses attributes (colour pair included) per role.
    private var attributes: [Role: Int32]

    func attributes(_ role: Role) -> (attrs: Int32, pair: Int16) {
        let a = attributes[role] ?? 0
        return (a & ~Int32(bitPattern: nk_color_pair(255)), Int16((UInt32(bitPattern: a) & nk_color_pair(255)) >> 8))
    }

    static func start(noColor: Bool) -> Palette {
        let bold = Int32(bitPattern: nk_a_bold()), rev = Int32(bitPattern: nk_a_reverse())
        let under = Int32(bitPattern: nk_a_underline()), dim = Int32(bitPattern: nk_a_dim())
        // Monochrome: every distinction made with bold, underline, reverse and dim.
        var attrs: [Role: Int32] = [
            .title: bold, .meta: dim, .divider: dim, .status: rev, .hint: dim,
            .figure: bold, .agreement: bold | under, .conflict: bold | under | rev, .current: rev | bold,
            .searchMatch: rev | under, .placeholder: dim | under, .overlayTitle: bold, .selection: rev, .warning: bold,
        ]
        attrs[.conflict] = bold | under
        guard !noColor, has_colors(), start_color() == OK else { return Palette(attributes: attrs) }
        use_default_colors()
        let rich = nk_colors() >= 256
        // Foreground colours per role: (256-colour, 8-colour).
        let colours: [(Role, Int16, Int16)] = [
            (.figure, 75, Int16(COLOR_CYAN)), (.agreement, 78, Int16(COLOR_GREEN)), (.conflict, 203, Int16(COLOR_RED)),
            (.searchMatch, 220, Int16(COLOR_YELLOW)), (.placeholder, 170, Int16(COLOR_MAGENTA)), (.warning, 214, Int16(COLOR_YELLOW)),
            (.meta, 245, Int16(COLOR_WHITE)), (.title, 255, Int16(COLOR_WHITE)),
        ]
        for (n, (role, fg256, fg8)) in colours.enumerated() {
            let pair = Int16(n + 1)
            init_pair(pair, rich ? fg256 : fg8, -1)
            attrs[role] = (attrs[role] ?? 0) | Int32(bitPattern: nk_color_pair(Int32(pair)))
        }
        attrs[.conflict] = bold | Int32(bitPattern: nk_color_pair(3))
        attrs[.meta] = rich ? Int32(bitPattern: nk_color_pair(7)) : dim
        return Palette(attributes: attrs)
    }
}
