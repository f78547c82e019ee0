/// How a cell of a role is drawn: attributes always, a colour when the terminal has colours and
/// the user has not asked for none. Pure, so that tests can read what a terminal would show; the
/// ncurses backend only translates it.
public struct Look: Equatable, Hashable, Sendable {
    public var bold = false
    public var underline = false
    public var reverse = false
    public var dim = false
    public var colour: Colour?

    public init(bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false, colour: Colour? = nil) {
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
        self.colour = colour
    }

    /// The attributes alone, as a monochrome terminal draws the cell.
    public var attributes: Look { Look(bold: bold, underline: underline, reverse: reverse, dim: dim) }

    /// Foreground colours, with their number in the 256-colour and 8-colour palettes.
    public enum Colour: Equatable, Hashable, Sendable, CaseIterable {
        case cyan, green, red, yellow, magenta, orange, grey, white

        public var xterm256: Int16 {
            switch self {
            case .cyan: 75
            case .green: 78
            case .red: 203
            case .yellow: 220
            case .magenta: 170
            case .orange: 214
            case .grey: 245
            case .white: 255
            }
        }

        /// The ANSI colour number (COLOR_RED is 1, …).
        public var ansi8: Int16 {
            switch self {
            case .red: 1
            case .green: 2
            case .yellow, .orange: 3
            case .magenta: 5
            case .cyan: 6
            case .grey, .white: 7
            }
        }
    }
}

/// What the terminal can show: decided once at start from NO_COLOR and what ncurses reports.
public enum ColourDepth: Equatable, Sendable {
    /// Bold, underline, reverse and dim only: NO_COLOR, or a terminal without colours.
    case monochrome
    case eight
    case rich

    /// NO_COLOR set to anything but the empty string turns colour off (no-color.org).
    public static func choose(noColor: String?, hasColours: Bool, colours: Int) -> ColourDepth {
        if let noColor, !noColor.isEmpty { return .monochrome }
        guard hasColours, colours >= 8 else { return .monochrome }
        return colours >= 256 ? .rich : .eight
    }
}

extension Role {
    /// The look of this role. Contradiction, agreement, the current claim and a plain figure
    /// differ in their attributes alone, so that they stay apart without colour.
    public func look(_ depth: ColourDepth) -> Look {
        var look = attributes
        guard depth != .monochrome else { return look }
        switch self {
        case .figure: look.colour = .cyan
        case .agreement: look.colour = .green
        case .conflict: look.colour = .red
        case .searchMatch: look.colour = .yellow
        case .placeholder: look.colour = .magenta
        case .warning: look.colour = .orange
        case .title: look.colour = .white
        // Grey reads better than dim where there are 256 colours.
        case .meta where depth == .rich: look = Look(colour: .grey)
        default: break
        }
        return look
    }

    private var attributes: Look {
        switch self {
        case .text, .overlay: Look()
        case .title, .overlayTitle, .warning: Look(bold: true)
        case .meta, .divider, .hint: Look(dim: true)
        case .status, .selection: Look(reverse: true)
        case .figure: Look(bold: true)
        case .agreement: Look(underline: true)
        case .conflict: Look(bold: true, underline: true)
        case .current: Look(bold: true, reverse: true)
        case .searchMatch: Look(underline: true, reverse: true)
        case .placeholder: Look(underline: true, dim: true)
        }
    }
}

extension Screen {
    /// How the cell at (x, y) looks on a terminal of `depth`.
    public func look(x: Int, y: Int, depth: ColourDepth) -> Look { self[x, y].role.look(depth) }
}
