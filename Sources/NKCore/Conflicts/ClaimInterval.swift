/// The values a claim allows: its bounds, widened by the tolerance when it is approximate.
struct ClaimInterval {
    let low: Double
    let high: Double
    /// The bounds as stated, for measuring how far apart two claims are.
    let statedLow: Double
    let statedHigh: Double

    init(_ f: Figure, tolerance: Double) {
        statedLow = f.low ?? -.infinity
        statedHigh = f.high ?? .infinity
        let slack = f.approx ? tolerance : 0
        // Only finite bounds widen: an open end stays open (and ∞ × 0 would be NaN).
        low = statedLow.isFinite ? statedLow - abs(statedLow) * slack : statedLow
        high = statedHigh.isFinite ? statedHigh + abs(statedHigh) * slack : statedHigh
    }

    func contradicts(_ other: ClaimInterval) -> Bool { high < other.low || other.high < low }

    /// How far apart two claims are, relative to the larger: 0 (touching) to 1.
    func severity(against other: ClaimInterval) -> Double {
        let gap = max(other.statedLow - statedHigh, statedLow - other.statedHigh, 0)
        let scale = [statedLow, statedHigh, other.statedLow, other.statedHigh].filter(\.isFinite).map(abs).max() ?? 0
        guard scale > 0, gap.isFinite else { return 0 }
        return min(1, gap / scale)
    }
}

/// Days since year zero for an ISO date as precise as known ("2025", "2025-02", "2025-02-11").
func approximateDay(_ iso: String?) -> Double? {
    guard let iso else { return nil }
    let parts = iso.split(separator: "-").compactMap { Int($0) }
    guard let y = parts.first else { return nil }
    let m = parts.count > 1 ? parts[1] : 1
    let d = parts.count > 2 ? parts[2] : 1
    return Double(y) * 365.25 + Double(m - 1) * 30.44 + Double(d - 1)
}
