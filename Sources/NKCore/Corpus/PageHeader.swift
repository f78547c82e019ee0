import Foundation

/// How the top of a news page is laid out: banners and navigation bars cut into fields
/// ("THE HARBOUR CHRONICLE | World"), and the names of outlets inside them.
/// Every test here looks at one short line, so reading a header costs no more than its length.
extension PageLayout {
    /// "News | World | Video" → ["News", "World", "Video"]; runs of spaces also separate links
    /// ("Subscribe   Log in"), because pages flattened to text keep them apart that way.
    func fields(of line: Substring) -> [String] {
        if let fields = scalarFields(of: line) { return fields }
        // One pass: a separator, a tab or a run of three spaces ends a field.
        var out: [String] = []
        var field = ""
        var spaces = 0
        func flush() {
            let t = field.trimmed
            if !t.isEmpty { out.append(t) }
            field = ""
        }
        for ch in line {
            if separatorCharacters.contains(ch) || ch == "\t" { flush(); spaces = 0; continue }
            if ch == " " { spaces += 1; field.append(ch); continue }
            if spaces >= 3 { flush() }
            spaces = 0
            field.append(ch)
        }
        flush()
        return out
    }

    /// `fields(of:)` for a line whose every scalar is a character of its own (ASCII, Latin
    /// letters, common punctuation: nearly every header line): the same cuts made on scalars,
    /// without breaking graphemes or hashing characters. Nil for any other line.
    private func scalarFields(of line: Substring) -> [String]? {
        var line = line   // shares storage; `withUTF8` copies only a non-contiguous string
        return line.withUTF8(scalarFields)
    }

    /// The cuts made on the line's UTF-8 bytes, decoding each scalar in place: walking a
    /// substring's scalar view costs tens of instructions a scalar, and every header line is cut.
    private func scalarFields(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var i = 0
        while i < bytes.count {
            let (s, length) = ScalarText.scalar(bytes, at: i)
            guard PageLayout.standsAlone(s) else { return nil }
            i += length
        }
        let separators = separatorScalars
        var out: [String] = []
        var fieldStart = 0
        var spaces = 0
        func flush(upTo end: Int) {
            let t = String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<end]), as: UTF8.self).trimmed
            if !t.isEmpty { out.append(t) }
        }
        i = 0
        while i < bytes.count {
            let (s, length) = ScalarText.scalar(bytes, at: i)
            let next = i + length
            if separators.contains(s.value) || s == "\t" {
                flush(upTo: i)
                fieldStart = next
                spaces = 0
            } else if s == " " {
                spaces += 1
            } else {
                if spaces >= 3 { flush(upTo: i); fieldStart = i }
                spaces = 0
            }
            i = next
        }
        flush(upTo: bytes.count)
        return out
    }

    /// Scalars that always make a character on their own, whatever stands beside them (grapheme
    /// break property Other or Control, and never joined by a rule unless a combining mark,
    /// joiner or other special scalar — all outside these ranges — is present): ASCII but CR and
    /// LF, Latin-1 and the Latin extensions, and general punctuation but its joiners and controls.
    static func standsAlone(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0A, 0x0D: return false
        case 0x00...0x02FF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF: return true
        default: return false
        }
    }

    /// A navigation bar or breadcrumb: three or more short links with no numbers, led by a section
    /// and mostly sections ("Home | Archive | About", "News › World › Middle East"). A banner led by
    /// the outlet's name ("HK BUZZ DAILY | News | Politics") is a masthead instead.
    func isNavigationBar(_ fields: [String]) -> Bool {
        guard fields.count >= 3, let first = fields.first, isSectionName(first) else { return false }
        let short = fields.allSatisfy { f in f.split(separator: " ").count <= 3 && f.count <= 24 && !f.contains(where: \.isNumber) }
        return short && fields.filter(isSectionName).count * 2 >= fields.count
    }

    /// "Senior Reporter", "correspondent in Tunis": a job, which marks a byline.
    func containsRoleWord(_ s: String) -> Bool {
        s.lowercased().split(whereSeparator: { !$0.isLetter }).contains { roleWords.contains(String($0)) }
    }

    func isSectionName(_ s: String) -> Bool {
        sectionNames.contains(s.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " :.")))
    }

    /// The outlet named at the start of a banner field: "Kursk Notebook - notes on the war" →
    /// "Kursk Notebook", "Frontline Today live" → "Frontline Today", "HK BUZZ DAILY" → "HK Buzz Daily";
    /// nil for section names, dates and anything else that does not read as a name.
    /// `taglineMayBeLong` allows a long tagline after the dash (a banner line over the navigation).
    func outletName(in field: String, taglineMayBeLong: Bool) -> String? {
        var name = field
        var abbreviation = false
        if let (head, tagline) = splitTagline(field) {
            // "KOSTREL HERALD — Local News — Tuesday, May 12, 2026": the tagline's first part.
            let lead = splitTagline(tagline)?.0 ?? tagline
            let short = lead.split(separator: " ").count <= 3 || isSectionName(lead)
            abbreviation = PageLayout.abbreviates(head, lead)
            guard short || taglineMayBeLong || abbreviation else { return nil }
            name = head
        }
        // "Medics Without Walls (MWW)": the name without its abbreviation.
        if let unabbreviated = PageLayout.withoutBracketedAbbreviation(name) { name = unabbreviated }
        // A trailing lower-case section word is a label beside the name ("Frontline Today live").
        var words = name.split(separator: " ").map(String.init)
        while let last = words.last, words.count > 1, last.first?.isLowercase == true, isSectionName(last) { words.removeLast() }
        name = words.joined(separator: " ")
        guard looksLikeName(name), !isSectionName(name) else { return nil }
        // "TAWU – Transport and …": an abbreviation keeps its capitals.
        return abbreviation ? name : withoutShouting(name)
    }

    /// "Medics Without Walls" of "Medics Without Walls (MWW)"; nil when no abbreviation of the
    /// name ends it in brackets.
    static func withoutBracketedAbbreviation(_ s: String) -> String? {
        guard s.hasSuffix(")"), let open = s.lastIndex(of: "("), open > s.startIndex,
              abbreviates(String(s[s.index(after: open)...].dropLast()), String(s[..<open])) else { return nil }
        return String(s[..<open]).trimmed
    }

    /// "TAWU" of "Transport and Allied Workers' Union": capitals that are the initials of the
    /// name's capitalised words.
    static func abbreviates(_ short: String, _ name: String) -> Bool {
        guard short.count >= 2, short.count <= 8, short.allSatisfy(\.isUppercase) else { return false }
        let initials = name.split(separator: " ").compactMap { $0.first }.filter(\.isUppercase)
        return String(initials) == short
    }

    /// "Maghreb Institute – Policy Brief" → ("Maghreb Institute", "Policy Brief").
    func splitTagline(_ s: String) -> (String, String)? {
        // Foundation's search is slow on Linux: only lines that hold a separator are searched.
        for separator in file.taglineSeparators where s.containsLowercased(separator) {
            if let r = s.range(of: separator) {
                return (String(s[..<r.lowerBound]).trimmed, String(s[r.upperBound...]).trimmed)
            }
        }
        return nil
    }

    /// One to six capitalised words, with the connectors names use ("Institute for Security Studies",
    /// "L'Écho du Maghreb", "Ministry of Internal Affairs of the Republic of Lestria"); never a
    /// number, a weekday or a month.
    func looksLikeName(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        let named = words.filter { !nameConnectors.contains($0.lowercased()) }
        guard (1...6).contains(named.count), words.count <= 12, !s.contains(where: \.isNumber) else { return false }
        guard words.first?.first?.isUppercase == true else { return false }
        for word in words {
            let lower = word.lowercased()
            let isMonth = Lexicon.standard.words[Lexicon.key(lower)]?.month != nil
            if weekdays.contains(lower) || (isMonth && words.count == 1) { return false }
            if word.first?.isUppercase == true || nameConnectors.contains(lower) { continue }
            return false
        }
        return words.contains { !nameConnectors.contains($0.lowercased()) }
    }

    /// "THE HARBOUR CHRONICLE" → "The Harbour Chronicle"; short words stay as written ("HK"), and
    /// names already in mixed case are kept.
    func withoutShouting(_ name: String) -> String {
        guard name.contains(where: \.isLetter), !name.contains(where: \.isLowercase) else { return name }
        let words = name.split(separator: " ").enumerated().map { n, word -> String in
            let lower = word.lowercased()
            if n > 0 && nameConnectors.contains(lower) { return lower }
            if word.count <= 2 { return String(word) }   // an abbreviation: "HK"
            return word.prefix(1) + word.dropFirst().lowercased()
        }
        return words.joined(separator: " ")
    }
}
