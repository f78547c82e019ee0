/// Dates as people read them: "2024-10" → "Oct 2024", "2025-02-11" → "11 Feb 2025", "06-16" → "16 Jun".
public enum DateLabel {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    public static func short(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard let y = parts.first else { return iso }
        guard parts.count > 1, (1...12).contains(parts[1]) else { return String(y) }
        let m = months[parts[1] - 1]
        return parts.count > 2 ? "\(parts[2]) \(m) \(y)" : "\(m) \(y)"
    }

    /// A month and day without a year ("06-16"), as "16 Jun".
    public static func dayMonth(_ monthDay: String) -> String {
        let parts = monthDay.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, (1...12).contains(parts[0]) else { return monthDay }
        return "\(parts[1]) \(months[parts[0] - 1])"
    }
}
