/// Reads CSV as RFC 4180 writes it (quoted fields, doubled quotes, CRLF or LF rows), so that
/// tests look at columns by name rather than at substrings of a row.
func csvRows(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text.unicodeScalars)[...]
    while let c = chars.popFirst() {
        if quoted {
            if c == "\"" {
                if chars.first == "\"" { field.unicodeScalars.append(c); chars.removeFirst() } else { quoted = false }
            } else {
                field.unicodeScalars.append(c)
            }
            continue
        }
        switch c {
        case "\"": quoted = true
        case ",": row.append(field); field = ""
        case "\r": break
        case "\n": row.append(field); rows.append(row); row = []; field = ""
        default: field.unicodeScalars.append(c)
        }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
}

/// The rows after the header, each as column name → value.
func csvRecords(_ text: String) -> [[String: String]] {
    let rows = csvRows(text)
    guard let header = rows.first else { return [] }
    return rows.dropFirst().map { Dictionary(zip(header, $0), uniquingKeysWith: { a, _ in a }) }
}
