import CNcurses
import NKReader

/// The ncurses attributes and colour pair of each role's `Look` on this terminal.
struct Palette {
    private var attributes: [Role: (attrs: Int32, pair: Int16)]

    func attributes(_ role: Role) -> (attrs: Int32, pair: Int16) { attributes[role] ?? (0, 0) }

    /// `noColor`: the NO_COLOR variable, which turns colour off when set and not empty.
    static func start(noColor: String?) -> Palette {
        // start_color only where there are colours to start, and only when they will be used.
        let hasColours = has_colors() && (noColor ?? "").isEmpty && start_color() == OK
        let depth = ColourDepth.choose(noColor: noColor, hasColours: hasColours, colours: Int(nk_colors()))
        if depth != .monochrome { use_default_colors() }
        var pairs: [Look.Colour: Int16] = [:]
        var table: [Role: (Int32, Int16)] = [:]
        for role in Role.allCases {
            let look = role.look(depth)
            var pair: Int16 = 0
            if let colour = look.colour {
                if pairs[colour] == nil {
                    pairs[colour] = Int16(pairs.count + 1)
                    init_pair(pairs[colour]!, depth == .rich ? colour.xterm256 : colour.ansi8, -1)
                }
                pair = pairs[colour]!
            }
            table[role] = (ncursesAttributes(look), pair)
        }
        return Palette(attributes: table)
    }

    private static func ncursesAttributes(_ look: Look) -> Int32 {
        var a: UInt32 = 0
        if look.bold { a |= nk_a_bold() }
        if look.underline { a |= nk_a_underline() }
        if look.reverse { a |= nk_a_reverse() }
        if look.dim { a |= nk_a_dim() }
        return Int32(bitPattern: a)
    }
}
