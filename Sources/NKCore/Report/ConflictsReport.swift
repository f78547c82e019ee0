import Foundation

/// `nkreader conflicts`: conflicts grouped by measure, then agreements, as JSON, CSV, Markdown or
/// a table that fits 80 columns.
public enum ConflictsReport {
    public static func json(_ r: ConflictFinder.Result, sink: ((String) -> Void)? = nil) -> String {
        var w = JSONWriter(sink: sink)
        w.beginObject()
        w.beginArray("conflicts")
        for c in r.conflicts {
            w.beginObject()
            w.string("measure", c.measure)
            w.number("severity", (c.severity * 100).rounded() / 100)
            w.string("kind", c.kind.rawValue)
            w.beginArray("claims")
            for claim in c.claims { ClaimsReport.write(&w, claim, measure: false) }
            w.endArray()
            w.beginArray("pairs")
            for p in c.pairs {
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
            for claim in a.claims { ClaimsReport.write(&w, claim, measure: false) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.output + "\n"
    }

    /// One row per claim; fields quoted as RFC 4180 says.
    public static func csv(_ r: ConflictFinder.Result) -> String {
        var out = "group,measure,kind,severity,text,low,high,currency,source,article,date,sentence\n"
        func row(_ fields: [String]) { out += fields.map(quote).joined(separator: ",") + "\n" }
        func n(_ v: Double?) -> String { v.map(JSONWriter.format) ?? "" }
        for c in r.conflicts {
            for claim in c.claims {
                row(["conflict", c.measure, c.kind.rawValue, String(format: "%.2f", c.severity), claim.figure.text,
                     n(claim.figure.low), n(claim.figure.high), claim.figure.currency ?? "", claim.source ?? "",
                     claim.article, claim.date ?? "", claim.sentence])
            }
        }
        for a in r.agreements {
            for claim in a.claims {
                row(["agreement", a.measure, "", "", claim.figure.text, n(claim.figure.low), n(claim.figure.high),
                     claim.figure.currency ?? "", claim.source ?? "", claim.article, claim.date ?? "", claim.sentence])
            }
        }
        return out
    }

    static func quote(_ s: String) -> String {
        let safe = Sanitizer.oneLine(s)
        guard safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func markdown(_ r: ConflictFinder.Result) -> String {
        var out = "# Conflicts\n\n"
        if r.conflicts.isEmpty { out += "No conflicting claims.\n\n" }
        func cell(_ s: String) -> String { Sanitizer.oneLine(s).replacingOccurrences(of: "|", with: "\\|") }
        for c in r.conflicts {
            out += "## \(cell(c.measure)) — \(c.kind.rawValue), severity \(String(format: "%.2f", c.severity))\n\n"
            out += "| Figure | Value | Source | Article | Date |\n|---|---|---|---|---|\n"
            for claim in c.claims {
                out += "| \(cell(claim.figure.text)) | \(cell(Bounds.describe(claim.figure))) | \(cell(claim.source ?? "—")) | \(cell(claim.article)) | \(claim.date ?? "—") |\n"
            }
            out += "\n"
        }
        out += "# Agreements\n\n"
        if r.agreements.isEmpty { out += "None.\n" }
        for a in r.agreements {
            out += "## \(cell(a.measure))\n\n| Figure | Value | Source | Article | Date |\n|---|---|---|---|---|\n"
            for claim in a.claims {
                out += "| \(cell(claim.figure.text)) | \(cell(Bounds.describe(claim.figure))) | \(cell(claim.source ?? "—")) | \(cell(claim.article)) | \(claim.date ?? "—") |\n"
            }
            out += "\n"
        }
        return out
    }

    /// A table that fits an 80-column terminal: value, source, article, date.
    public static func text(_ r: ConflictFinder.Result, width: Int = 80) -> String {
        var out = ""
        func line(_ claim: Claim) -> String {
            let value = fit(Bounds.describe(claim.figure), 24)
            let source = fit(claim.source ?? "—", 24)
            let article = fit(claim.article, 17)
            return "  " + value + " " + source + " " + article + " " + fit(claim.date ?? "—", 10).trimmed
        }
        if r.conflicts.isEmpty { out += "No conflicting claims.\n" }
        for (n, c) in r.conflicts.enumerated() {
            let head = "\(n + 1). \(c.measure) — \(c.kind.rawValue), severity \(String(format: "%.2f", c.severity))"
            out += (n == 0 ? "" : "\n") + fit(head, width).trimmed + "\n"
            for claim in c.claims { out += line(claim) + "\n" }
        }
        if !r.agreements.isEmpty {
            out += "\nAgreements\n"
            for a in r.agreements {
                out += "\n" + fit(a.measure, width).trimmed + "\n"
                for claim in a.claims { out += line(claim) + "\n" }
            }
        }
        return out
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
