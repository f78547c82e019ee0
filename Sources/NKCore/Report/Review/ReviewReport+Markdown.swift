/// Markdown that reads well pasted into a document: a heading per contradiction, each side a
/// bullet with its sentence as a quote.
extension ReviewReport {
    public func markdown() -> String {
        var out = "# Contradictions\n\n" + ReviewReport.md(summary) + "\n"
        func section(_ title: String, _ items: [Item], start: Int) {
            guard !items.isEmpty else { return }
            out += "\n## \(title)\n"
            for (n, item) in items.enumerated() {
                let verdict = item.state == .unreviewed ? "" : " — **\(item.state.rawValue)**"
                out += "\n### \(start + n). \(ReviewReport.md(item.measure))\n\n"
                out += "*\(item.kind.rawValue), severity \(ReviewReport.severity(item.severity))*\(verdict)\n\n"
                if !item.note.isEmpty { out += "**Note:** \(ReviewReport.md(item.note))\n\n" }
                for s in [item.a, item.b] {
                    let title = s.title.map { " — *\(ReviewReport.md($0))*" } ?? ""
                    let link = s.url.map { " ([link](<\($0.replacingOccurrences(of: ">", with: "%3E"))>))" } ?? ""
                    let value = s.value == s.figure || s.value.isEmpty ? "" : " (\(ReviewReport.md(s.value)))"
                    out += "- **\(ReviewReport.md(s.figure))**\(value) — \(ReviewReport.md(ReviewReport.attribution(s)))\(title)\(link), `\(ReviewReport.code(s.location))`\n"
                    out += "  > \(ReviewReport.md(s.sentence))\n"
                    for r in s.again {
                        out += "\n  Said again: **\(ReviewReport.md(r.figure))** — \(ReviewReport.md(r.source ?? "no source named")), `\(ReviewReport.code(r.location))`\n"
                    }
                }
            }
        }
        section("Reviewed", reviewed, start: 1)
        section("Unreviewed", unreviewed, start: reviewed.count + 1)
        if !unmatched.isEmpty {
            out += "\n## Verdicts whose claims were not found\n\n"
            out += "Kept in the review file; the articles may have changed, or are not part of this report.\n\n"
            for e in unmatched {
                let note = e.note.isEmpty ? "" : " — \(ReviewReport.md(e.note))"
                out += "- **\(e.state.rawValue)**: \(ReviewReport.md(e.measure)): \(ReviewReport.md(e.a.figure)) (\(ReviewReport.md(e.a.article))) vs \(ReviewReport.md(e.b.figure)) (\(ReviewReport.md(e.b.article)))\(note)\n"
            }
        }
        return out
    }

    /// Untrusted text on one line with Markdown's special characters escaped.
    static func md(_ s: String) -> String {
        var out = ""
        for ch in Sanitizer.oneLine(s) {
            // Only what can start formatting inside a line: the line itself starts with our own text.
            if "\\`*_[]<>|~".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    /// Text inside a code span: backticks would end it.
    static func code(_ s: String) -> String { Sanitizer.oneLine(s).replacingOccurrences(of: "`", with: "'") }

    static func severity(_ v: Double) -> String {
        let hundredths = Int((v * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
