import Foundation

/// `nkreader conflicts`: conflicts grouped by measure, then agreements, as JSON, CSV, Markdown or
/// a table that fits 80 columns. Articles are named by outlet and title (`publications`); the
/// file id is kept where the contract has it (JSON, CSV) for programs that join on it.
public enum ConflictsReport {
    public static func json(_ r: ConflictFinder.Result, publications: Publications = Publications(),
                            sink: ((String) -> Void)? = nil) -> String {
        var w = JSONWriter(sink: sink)
        w.beginObject()
        w.beginArray("conflicts")
        for c in r.conflicts {
            w.beginObject()
            w.string("measure", c.measure)
            w.number("severity", (c.severity * 100).rounded() / 100)
            w.string("kind", c.kind.rawValue)
            // The sides first; then, for programs that count claim pairs, each place a side is
            // said again (`repeatOf` names the side), paired as its side is.
            let again = RepeatedPlaces(c)
            w.beginArray("claims")
            for claim in c.claims { ClaimsReport.write(&w, claim, measure: false, publications: publications) }
            for (claim, side) in again.places {
                ClaimsReport.write(&w, claim, measure: false, publications: publications, repeatOf: side)
            }
            w.endArray()
            writeRepeats(&w, c.claims.indices.map(c.repeats(of:)), publications)
            w.beginArray("pairs")
            for p in again.pairs(c.pairs) {
                w.beginObject()
                w.int("a", p.a)
                w.int("b", p.b)
                w.number("severity", (p.severity * 100).rounded() / 100)
                w.string("kind", p.kind.rawValue)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.beginArray("agreements")
        for a in r.agreements {
            w.beginObject()
            w.string("measure", a.measure)
            w.beginArray("claims")
            for claim in a.claims { ClaimsReport.write(&w, claim, measure: false, publications: publications) }
            w.endArray()
            writeRepeats(&w, a.claims.indices.map(a.repeats(of:)), publications)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.output + "\n"
    }

    /// `repeats`, parallel to `claims`: where each claim's article says it again (most: none).
    private static func writeRepeats(_ w: inout JSONWriter, _ repeats: [[Claim]], _ publications: Publications) {
        w.beginArray("repeats")
        for again in repeats {
            w.beginArray()
            for claim in again { ClaimsReport.write(&w, claim, measure: false, publications: publications) }
            w.endArray()
        }
        w.endArray()
    }

    /// " (again: 25,000-30,000, Kyiv)": where the article says a claim again.
    static func again(_ repeats: [Claim]) -> String {
        repeats.isEmpty ? "" : " (again: " + places(repeats) + ")"
    }

    /// "25,000-30,000, Kyiv; 25,000, Ukraine": each repeat's figure and who says it.
    static func places(_ repeats: [Claim]) -> String {
        repeats.map { r in r.figure.text + (r.source.map { ", " + $0 } ?? "") }.joined(separator: "; ")
    }

    /// One row per claim; fields quoted as RFC 4180 says. Outlet and title come last, so that
    /// the columns before them stay where they were; then, as in the JSON, each place a side is
    /// said again is a row of its own: `claim` numbers a group's rows as the JSON's `claims`
    /// array does (0 starts a group), and `repeat_of` is the number of the side it says again
    /// (empty for a side).
    public static func csv(_ r: ConflictFinder.Result, publications: Publications = Publications()) -> String {
        var out = "group,measure,kind,severity,text,low,high,currency,source,article,date,sentence,outlet,title,claim,repeat_of\n"
        func row(_ fields: [String]) { out += fields.map(quote).joined(separator: ",") + "\n" }
        func n(_ v: Double?) -> String { v.map(JSONWriter.format) ?? "" }
        func claimFields(_ claim: Claim) -> [String] {
            let p = publications[claim.article]
            return [claim.figure.text, n(claim.figure.low), n(claim.figure.high), claim.figure.currency ?? "", claim.source ?? "",
                    claim.article, claim.date ?? "", claim.sentence, p?.outlet ?? "", p?.title ?? ""]
        }
        // The sides, numbered from 0, then every repeat after them, numbered on.
        func rows(_ lead: [String], sides: [Claim], repeats: (Int) -> [Claim]) {
            for (i, claim) in sides.enumerated() { row(lead + claimFields(claim) + [String(i), ""]) }
            var number = sides.count
            for side in sides.indices {
                for claim in repeats(side) {
                    row(lead + claimFields(claim) + [String(number), String(side)])
                    number += 1
                }
            }
        }
        for c in r.conflicts {
            rows(["conflict", c.measure, c.kind.rawValue, String(format: "%.2f", c.severity)], sides: c.claims, repeats: c.repeats(of:))
        }
        for a in r.agreements {
            rows(["agreement", a.measure, "", ""], sides: a.claims, repeats: a.repeats(of:))
        }
        return out
    }

    static func quote(_ s: String) -> String {
        let safe = Sanitizer.oneLine(s)
        guard safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func markdown(_ r: ConflictFinder.Result, publications: Publications = Publications()) -> String {
        var out = "# Conflicts\n\n"
        if r.conflicts.isEmpty { out += "No conflicting claims.\n\n" }
        func cell(_ s: String) -> String { Sanitizer.oneLine(s).replacingOccurrences(of: "|", with: "\\|") }
        let header = "| Figure | Value | Source | Outlet | Title | Date |\n|---|---|---|---|---|---|\n"
        func row(_ claim: Claim, _ repeats: [Claim] = []) -> String {
            let p = publications[claim.article]
            // An article with neither outlet nor title is known by its file id.
            let outlet = p?.outlet ?? (p?.title == nil ? claim.article : "—")
            return "| \(cell(claim.figure.text + again(repeats))) | \(cell(Bounds.describe(claim.figure))) | \(cell(claim.source ?? "—")) | \(cell(outlet)) | \(cell(p?.title ?? "—")) | \(cell(claim.date ?? "—")) |\n"
        }
        for c in r.conflicts {
            out += "## \(cell(c.measure)) — \(c.kind.rawValue), severity \(String(format: "%.2f", c.severity))\n\n" + header
            for (i, claim) in c.claims.enumerated() { out += row(claim, c.repeats(of: i)) }
            out += "\n"
        }
        out += "# Agreements\n\n"
        if r.agreements.isEmpty { out += "None.\n" }
        for a in r.agreements {
            out += "## \(cell(a.measure))\n\n" + header
            for (i, claim) in a.claims.enumerated() { out += row(claim, a.repeats(of: i)) }
            out += "\n"
        }
        return out
    }

    /// A table that fits an 80-column terminal: value, source, outlet, date; then the title of
    /// every article cited, under its outlet.
    public static func text(_ r: ConflictFinder.Result, publications: Publications = Publications(), width: Int = 80) -> String {
        var out = ""
        let cited = uniqued((r.conflicts.flatMap(\.claims) + r.agreements.flatMap(\.claims)).map(\.article))
        func line(_ claim: Claim) -> String {
            let value = fit(Bounds.describe(claim.figure), 22)
            let source = fit(claim.source ?? "—", 22)
            let outlet = fit(publications.columnName(claim.article, among: cited), 20)
            return "  " + value + " " + source + " " + outlet + " " + fit(claim.date.map(DateLabel.short) ?? "—", 11).trimmed
        }
        // Under its claim, where the article says it again: one claim, not two.
        func repeated(_ repeats: [Claim]) -> String {
            repeats.isEmpty ? "" : "    " + Sanitizer.oneLine(fit("said again: " + places(repeats), width - 4).trimmed) + "\n"
        }
        if r.conflicts.isEmpty { out += "No conflicting claims.\n" }
        for (n, c) in r.conflicts.enumerated() {
            let head = "\(n + 1). \(c.measure) — \(c.kind.rawValue), severity \(String(format: "%.2f", c.severity))"
            out += (n == 0 ? "" : "\n") + fit(head, width).trimmed + "\n"
            for (i, claim) in c.claims.enumerated() { out += line(claim) + "\n" + repeated(c.repeats(of: i)) }
        }
        if !r.agreements.isEmpty {
            out += "\nAgreements\n"
            for a in r.agreements {
                out += "\n" + fit(a.measure, width).trimmed + "\n"
                for (i, claim) in a.claims.enumerated() { out += line(claim) + "\n" + repeated(a.repeats(of: i)) }
            }
        }
        let titled = cited.compactMap { id in publications[id].flatMap { $0.title == nil ? nil : (id, $0) } }
        if !titled.isEmpty {
            out += "\nArticles\n"
            // The title is said once here rather than on every row, where it would not fit; the
            // path whole, to open the file.
            for (_, p) in titled {
                out += Sanitizer.oneLine("  " + [p.outlet, p.path].compactMap { $0 }.joined(separator: "  ")) + "\n"
                out += Sanitizer.oneLine("    " + (p.title ?? "")) + "\n"
            }
        }
        return out
    }

    /// The ids in first-seen order, once each.
    static func uniqued(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }

    /// Pads or cuts to `width` display columns, with an ellipsis when cut.
    public static func padded(_ s: String, _ width: Int) -> String { fit(s, width) }

    /// Pads or cuts to `width` display columns, with an ellipsis when cut.
    static func fit(_ s: String, _ width: Int) -> String {
        let clean = Sanitizer.oneLine(s)
        let total = clean.reduce(0) { $0 + DisplayWidth.of($1) }
        if total <= width { return clean + String(repeating: " ", count: width - total) }
        var out = ""
        var used = 0
        for ch in clean {
            let w = DisplayWidth.of(ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…" + String(repeating: " ", count: max(0, width - used - 1))
    }
}
