import Foundation
import NKCore

/// The current contradiction on the status line, made to fit its width without losing the
/// second side: sources are shortened first (each keeps its first words and its date), then
/// the measure is left out; when even that does not fit, the second side goes to the row below.
struct StatusFit {
    /// What comes before the sides: "⚠ NOT SAVED — 1/4 [✓] checked · ✎ ".
    var lead: String
    /// "troops deployed (possible update)".
    var measure: String
    /// The measure alone, cut when room is short, and the kind in a word: " (update?)".
    var name: String
    var shortKind: String
    var a: Claim
    var b: Claim
    /// What comes after: " · filter: all · 1 verdict not found".
    var trail: String

    /// The status line in `room` columns and, when the two sides cannot share it, the row
    /// below's "vs …" in `belowRoom`; `fits` is false when even the shortest form does not.
    func fit(_ room: Int, below belowRoom: Int) -> (line: String, below: String?, fits: Bool) {
        func fits(_ s: String) -> Bool { DisplayWidth.of(s) <= room }
        // One row: sources cut shorter and shorter, then the measure, then it goes.
        for limit in [Int.max, 28, 20, 14, 10] {
            let body = ": " + sides(limit) + trail
            if fits(lead + measure + body) { return (lead + measure + body, nil, true) }
            let left = room - DisplayWidth.of(lead + body)
            if limit <= 10 && left >= 12 + DisplayWidth.of(shortKind) {
                return (lead + StatusFit.cut(name, left - DisplayWidth.of(shortKind)) + shortKind + body, nil, true)
            }
        }
        for limit in [14, 10, 6] where fits(lead + sides(limit) + trail) {
            return (lead + sides(limit) + trail, nil, true)
        }
        // Two rows: the first side on the status line, the second below it.
        for limit in [Int.max, 20, 10, 6, 3] {
            let second = "vs " + StatusFit.label(b, limit)
            guard DisplayWidth.of(second) <= belowRoom else { continue }
            let body = ": " + StatusFit.label(a, limit) + trail
            if fits(lead + measure + body) { return (lead + measure + body, second, true) }
            if fits(lead + StatusFit.label(a, limit) + trail) { return (lead + StatusFit.label(a, limit) + trail, second, true) }
        }
        return (lead + StatusFit.label(a, 6) + trail, "vs " + StatusFit.label(b, 6), false)
    }

    /// "a vs b" in `room` columns if the sources can be cut short enough; else as short as it gets.
    static func pair(_ a: Claim, _ b: Claim, room: Int, separator: String = " vs ") -> String {
        let forms = [Int.max, 28, 20, 14, 10, 6].map { label(a, $0) + separator + label(b, $0) }
        return forms.first { DisplayWidth.of($0) <= room } ?? forms[forms.count - 1]
    }

    private func sides(_ limit: Int) -> String {
        StatusFit.label(a, limit) + " vs " + StatusFit.label(b, limit)
    }

    /// A claim's label in `room` columns if its source can be cut short enough.
    static func label(_ c: Claim, room: Int) -> String {
        let forms = [Int.max, 28, 20, 14, 10, 6, 3].map { label(c, $0) }
        return forms.first { DisplayWidth.of($0) <= room } ?? forms[forms.count - 1]
    }

    /// "25-30,000 (Ukraine, Jun 2025)", the source cut to `limit` columns with "…".
    static func label(_ c: Claim, _ limit: Int) -> String {
        let who = Sanitizer.oneLine(c.source ?? "no source")
        let when = c.date.map(DateLabel.short).map { ", " + $0 } ?? ""
        return "\(Sanitizer.oneLine(c.figure.text)) (\(cut(who, limit))\(when))"
    }

    /// `s` in at most `limit` columns, "…" at the end when cut.
    static func cut(_ s: String, _ limit: Int) -> String {
        guard DisplayWidth.of(s) > limit else { return s }
        var out = ""
        var used = 0
        for ch in s {
            let w = DisplayWidth.of(ch)
            if used + w > limit - 1 { break }
            out.append(ch)
            used += w
        }
        return out.trimmingCharacters(in: .whitespaces) + "…"
    }
}
