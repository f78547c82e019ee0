/// Human-readable statements of a figure's value: "= 11,000", "≤ 10,000", "10,000–15,000", "≈ $2,000".
public enum Bounds {
    public static func describe(_ f: Figure) -> String {
        // A year is a name, not an amount: "1979", never "1,979".
        if f.kind == .year, let v = f.value, v.isFinite, abs(v) < 1e6 { return String(Int(v)) }
        guard f.kind.isQuantity else { return f.value.map { number($0) } ?? "" }
        let fmt = { (v: Double) in amount(v, f) }
        let approx = f.approx ? "≈ " : ""
        switch (f.low, f.high) {
        case let (l?, h?) where l == h: return approx + fmt(l)
        case let (l?, h?): return approx + fmt(l) + "–" + fmt(h)
        case let (l?, nil): return "≥ " + fmt(l)
        case let (nil, h?): return "≤ " + fmt(h)
        default: return ""
        }
    }

    /// A value with its unit: "$2,000", "1.5 trillion KRW", "50%".
    public static func amount(_ v: Double, _ f: Figure) -> String {
        switch f.kind {
        case .percent: return number(v) + (f.unit == "percentage points" ? " pp" : "%")
        case .money:
            if let unit = f.unit { return number(v) + " " + unit }
            if f.currency == "USD" { return (v < 0 ? "-$" : "$") + number(abs(v)) }
            return number(v) + (f.currency.map { " " + $0 } ?? "")
        default: return number(v)
        }
    }

    /// Grouped digits, scale words for large round amounts: "11,000", "1.1 billion", "0.5".
    public static func number(_ v: Double) -> String {
        guard v.isFinite else { return v > 0 ? "∞" : "-∞" }
        let a = abs(v)
        for (scale, name) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] where a >= scale {
            let m = v / scale
            if (m * 1000).rounded() == m * 1000 { return trimmed(m) + " " + name }
        }
        if v == v.rounded() && a < 1e15 {
            let digits = String(Int64(a))
            var out = ""
            for (i, c) in digits.enumerated() {
                if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
                out.append(c)
            }
            return (v < 0 ? "-" : "") + out
        }
        return trimmed(v)
    }

    private static func trimmed(_ v: Double) -> String {
        var s = String(format: "%.4f", v)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}

import Foundation
