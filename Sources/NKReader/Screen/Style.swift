/// What a cell shows, by meaning; the terminal backend decides how (colour, bold, reverse).
public enum Role: UInt8, Sendable, CaseIterable {
    case text, title, meta, divider, status, hint
    /// A quantity figure, one in agreement, one in a contradiction, and the current claim.
    case figure, agreement, conflict, current
    case searchMatch, placeholder, overlay, overlayTitle, selection, warning
}
