/// One self-contained HTML file: styles inline, no scripts, no outside resources, every piece of
/// article text escaped.
extension ReviewReport {
    public func html() -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Contradictions — nkreader report</title>
        <style>
        body{font:16px/1.5 system-ui,sans-serif;max-width:52em;margin:2em auto;padding:0 1em;color:#222}
        h3{margin-bottom:.2em} .meta{color:#555} .note{background:#fff8dc;padding:.4em .6em;border-left:3px solid #e0b000}
        .verdict{font-weight:bold} .checked{color:#0a6} .false-alarm{color:#888} .follow-up{color:#c60}
        blockquote{margin:.3em 0 .8em 1em;padding-left:.8em;border-left:3px solid #ccc;color:#333}
        code{font-size:.9em;color:#555}
        </style>
        </head>
        <body>
        <h1>Contradictions</h1>

        """
        out += "<p>\(ReviewReport.escape(summary))</p>\n"
        func section(_ title: String, _ items: [Item], start: Int) {
            guard !items.isEmpty else { return }
            out += "<h2>\(title)</h2>\n"
            for (n, item) in items.enumerated() {
                out += "<section>\n<h3>\(start + n). \(ReviewReport.escape(item.measure))</h3>\n"
                out += "<p class=\"meta\">\(item.kind.rawValue), severity \(ReviewReport.severity(item.severity))"
                if item.state != .unreviewed {
                    let css = item.state.rawValue.replacingOccurrences(of: " ", with: "-")
                    out += " — <span class=\"verdict \(css)\">\(item.state.rawValue)</span>"
                }
                out += "</p>\n"
                if !item.note.isEmpty { out += "<p class=\"note\"><strong>Note:</strong> \(ReviewReport.escape(item.note))</p>\n" }
                out += "<ul>\n"
                for s in [item.a, item.b] {
                    out += "<li><strong>\(ReviewReport.escape(s.figure))</strong> (\(ReviewReport.escape(s.value))) — \(ReviewReport.escape(ReviewReport.attribution(s)))"
                    if let t = s.title { out += " — <em>\(ReviewReport.escape(t))</em>" }
                    if let u = s.url, u.lowercased().hasPrefix("http://") || u.lowercased().hasPrefix("https://") {
                        out += " (<a href=\"\(ReviewReport.escape(u))\">link</a>)"
                    }
                    out += ", <code>\(ReviewReport.escape(s.location))</code>\n"
                    out += "<blockquote>\(ReviewReport.escape(s.sentence))</blockquote>"
                    for r in s.again {
                        out += "<p class=\"again\">Said again: <b>\(ReviewReport.escape(r.figure))</b> — \(ReviewReport.escape(r.source ?? "no source named")), <code>\(ReviewReport.escape(r.location))</code></p>"
                    }
                    out += "</li>\n"
                }
                out += "</ul>\n</section>\n"
            }
        }
        section("Reviewed", reviewed, start: 1)
        section("Unreviewed", unreviewed, start: reviewed.count + 1)
        if !unmatched.isEmpty {
            out += "<h2>Verdicts whose claims were not found</h2>\n<ul>\n"
            for e in unmatched {
                out += "<li><strong>\(e.state.rawValue)</strong>: \(ReviewReport.escape(e.measure)): \(ReviewReport.escape(e.a.figure)) vs \(ReviewReport.escape(e.b.figure))"
                if !e.note.isEmpty { out += " — \(ReviewReport.escape(e.note))" }
                out += "</li>\n"
            }
            out += "</ul>\n"
        }
        return out + "</body>\n</html>\n"
    }

    /// Text safe in HTML content and attribute values.
    static func escape(_ s: String) -> String {
        var out = ""
        for ch in Sanitizer.oneLine(s) {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}
