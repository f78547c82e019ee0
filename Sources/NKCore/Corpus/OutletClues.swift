import Foundation

/// The places a news page names its outlet besides the masthead: a wire dateline
/// ("SEOUL, Oct 23 (PWS) - …"), a copyright line, a byline ("By Jane Roe, Example News"),
/// a newsletter invitation at the foot ("Get the Example Times's briefing").
enum OutletClues {
    /// A dateline is read from this many characters at the start of a paragraph.
    static let datelineWindow = 120

    /// "GAZIANTEP, Turkey, Feb 7 (LWS) - …" → agency "LWS", place and date "GAZIANTEP, Turkey, Feb 7".
    static func dateline(in line: Substring) -> (agency: String, opening: String)? {
        if opensWithLowerCaseWord(line) { return nil }
        let head = line.prefix(datelineWindow)
        guard let open = head.firstIndex(of: "("), let close = head[open...].firstIndex(of: ")") else { return nil }
        let opening = head[..<open]
        // Datelines open with a place in capitals: "SEOUL", "HONG KONG".
        let place = opening.prefix { $0 != "," && $0 != "(" }.trimmed
        guard place.count >= 2, place.contains(where: \.isLetter), !place.contains(where: \.isLowercase) else { return nil }
        let agency = head[head.index(after: open)..<close].trimmed
        guard (2...30).contains(agency.count), agency.first?.isUppercase == true,
              agency.allSatisfy({ $0.isLetter || $0 == " " || $0 == "." || $0 == "&" || $0 == "-" }) else { return nil }
        // The agency is followed by the dash that starts the story.
        guard let dash = head[head.index(after: close)...].first(where: { $0 != " " }), "-–—".contains(dash) else { return nil }
        return (agency, opening.trimmed)
    }

    /// Whether a lower-case ASCII letter comes before any "," or "(" — read on bytes, over ASCII
    /// only, where every byte is a character. Such a line opens with no place in capitals, so it is
    /// no dateline: this rules out nearly every paragraph without reading it by characters.
    static func opensWithLowerCaseWord(_ line: Substring) -> Bool {
        var bytes = line.utf8.makeIterator()
        while let b = bytes.next() {
            guard b < 0x80, b != 0x0A, b != 0x0D, b != UInt8(ascii: ","), b != UInt8(ascii: "(") else { return false }
            if b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") {
                // The letter is a character of its own only if no combining mark follows it.
                guard let next = bytes.next() else { return true }
                return next < 0x80
            }
        }
        return false
    }

    /// "© 2025 NVNK", "Copyright Hanbando Ilbo. Unauthorized reproduction prohibited." → source and year.
    static func copyright(in line: String, layout: PageLayout) -> (source: String, year: Int?)? {
        let lower = line.lowercased()
        // Searched in the line itself: indices of its lower-cased copy need not fit it ("İ").
        guard let marker = layout.file.copyrightMarkers.filter({ lower.containsLowercased($0) })
            .compactMap({ line.range(of: $0, options: .caseInsensitive) })
            .min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        var rest = String(line[marker.upperBound...])
        if rest.lowercased().hasPrefix(" ©") || rest.hasPrefix("©") { rest = String(rest.drop { $0 == " " || $0 == "©" }) }
        for phrase in layout.file.rightsPhrases {
            if rest.containsLowercased(phrase), let r = rest.range(of: phrase, options: .caseInsensitive) {
                rest = String(rest[..<r.lowerBound])
            }
        }
        rest = firstSentence(of: rest)
        if let paren = rest.firstIndex(of: "(") { rest = String(rest[..<paren]) }
        var year: Int?
        let words = rest.split(separator: " ").filter { w in
            let digits = w.trimmingCharacters(in: CharacterSet(charactersIn: ".,"))
            if digits.count == 4, let y = Int(digits), (1900...2100).contains(y) { year = y; return false }
            return true
        }
        var source = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " .,;:-"))
        if source.hasSuffix(" Ltd") || source.hasSuffix(" Inc") || source.hasSuffix(" Co") { source += "." }
        guard !source.isEmpty || year != nil else { return nil }
        return (source.isEmpty ? "" : Sanitizer.oneLine(source), year)
    }

    /// Text up to the first full stop that ends a word of four or more letters, so "Pvt. Ltd."
    /// and "B.J." stay whole but "Hanbando Ilbo. Unauthorized …" ends after "Ilbo".
    static func firstSentence(of s: String) -> String {
        // No full stop, no cut: the words would be joined back as they were.
        guard s.utf8.contains(UInt8(ascii: ".")) else { return s }
        let words = s.split(separator: " ", omittingEmptySubsequences: false)
        var kept: [Substring] = []
        for word in words {
            kept.append(word)
            let bare = word.dropLast()
            if word.hasSuffix("."), bare.count >= 4, !bare.contains(".") { kept[kept.count - 1] = bare; break }
        }
        return kept.joined(separator: " ")
    }

    /// "By Jane Roe, Example News" → "Example News"; nil when the second part is a job
    /// ("World News Reporter", "correspondent in Tunis") or more people.
    static func bylineOutlet(in line: String, layout: PageLayout) -> String? {
        let lower = line.lowercased()
        guard let prefix = layout.file.authorPrefixes.first(where: { lower.hasPrefix($0) }) else { return nil }
        let parts = line.dropFirst(prefix.count).split(separator: ",").map { $0.trimmed }
        guard parts.count == 2 else { return nil }
        let affiliation = parts[1]
        guard !layout.containsRoleWord(affiliation), !affiliation.split(separator: " ").contains("and") else { return nil }
        return layout.outletName(in: affiliation, taglineMayBeLong: false)
    }

    /// "Get the Daily Flare's war briefing", "Subscribe to Kursk Notebook" → the outlet.
    static func signUpOutlet(in line: String, layout: PageLayout) -> String? {
        // Most footer lines are no invitation: rule them out without a lower-cased copy. Lower-casing
        // changes ASCII only by A-Z, which the search folds itself, and turns no other scalar into
        // ASCII but "İ" and the Kelvin sign; without those, the markers (ASCII) match alike in both.
        if !line.unicodeScalars.contains(where: { $0 == "\u{130}" || $0 == "\u{212A}" }),
           !layout.file.signUpMarkers.contains(where: { line.containsLowercased($0) }) { return nil }
        let lower = line.lowercased()
        guard layout.file.signUpMarkers.contains(where: { lower.containsLowercased($0) }) else { return nil }
        let words = line.split(separator: " ").map(String.init)
        // A possessive names the owner of the newsletter.
        if let n = words.firstIndex(where: \.isPossessive) {
            var name = [words[n].withoutPossessive]
            var i = n - 1
            while i >= 0, words[i].first?.isUppercase == true { name.insert(words[i], at: 0); i -= 1 }
            if let outlet = layout.outletName(in: name.joined(separator: " "), taglineMayBeLong: false) { return outlet }
        }
        // Otherwise the name follows the invitation: "Subscribe to Kursk Notebook", "Sign up for the X briefing".
        for marker in layout.file.signUpMarkers {
            guard lower.containsLowercased(marker), let r = lower.range(of: marker) else { continue }
            let after = lower.distance(from: lower.startIndex, to: r.upperBound)
            let rest = line.dropFirst(after).split(separator: " ").drop(while: { $0.first?.isLowercase == true }).prefix { $0.first?.isUppercase == true }
            let skipped = line.dropFirst(after).split(separator: " ").prefix { $0.first?.isLowercase == true }.count
            guard skipped <= 2, !rest.isEmpty else { continue }
            if let outlet = layout.outletName(in: rest.joined(separator: " "), taglineMayBeLong: false) { return outlet }
        }
        return nil
    }
}
