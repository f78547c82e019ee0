import Foundation

/// Reads title, author, source and date from the way news pages are laid out: page chrome and
/// navigation at the top, then a headline, a banner naming the outlet, a byline and a date line;
/// a wire dateline opening the story; a copyright line or newsletter invitation at the foot.
/// Only the first and last few lines are read, so the cost does not grow with the article.
public enum MetadataInference {
    static let headerLines = 15
    static let footerLines = 10
    /// Paragraphs after the header in which a wire dateline may open the story.
    static let datelineParagraphs = 3
    /// The header ends where the body starts: the first paragraph-length line.
    static let longestHeaderLine = 200
    static let longestFooterLine = 500

    typealias Line = EdgeLines.Line

    public static func infer(from text: String, fileName: String? = nil, extractor: FigureExtractor = FigureExtractor(),
                             layout: PageLayout = .standard) -> ArticleMetadata {
        // The header and the paragraphs a dateline may open, and the footer: nothing in between is read.
        let lines = EdgeLines.leading(text)
        // Each header line is cleaned, cut into fields and tested once, for every reader below.
        let header = lines.prefix(headerLines).prefix { $0.scalarCount <= longestHeaderLine }.map { HeaderLine($0, layout: layout) }
        let footer = EdgeLines.trailing(text, count: footerLines)
        // Bylines and newsletter invitations are short lines; a long last paragraph is body text.
        let shortFooter = footer.filter { $0.scalarCount <= longestFooterLine }
        let copyright = copyrightNotice(footer: footer, header: header.map(\.line), layout: layout)

        var m = ArticleMetadata()
        let titleIndex = self.titleIndex(in: header, layout: layout)
        m.title = titleIndex.map { header[$0].cleaned }
        // A short first paragraph can fall inside the header, so the dateline is looked for from the title on.
        let opening = lines.prefix(header.count + datelineParagraphs).dropFirst((titleIndex ?? -1) + 1).lazy
            .compactMap { OutletClues.dateline(in: $0.text) }.first
        let mastheadIndex = self.masthead(in: header, skipping: titleIndex, layout: layout)
        m.source = mastheadIndex?.name ?? opening?.agency ?? nonEmpty(copyright?.source)
            ?? header.lazy.compactMap { OutletClues.bylineOutlet(in: $0.cleaned, layout: layout) }.first
            ?? shortFooter.reversed().lazy.compactMap { OutletClues.signUpOutlet(in: clean($0.text), layout: layout) }.first
        m.author = author(header: header, footer: shortFooter, titleIndex: titleIndex, mastheadIndex: mastheadIndex?.index,
                          extractor: extractor, layout: layout)
        m.date = publicationDate(header: header, skipping: titleIndex, dateline: opening?.opening, copyrightYear: copyright?.year,
                                 fileName: fileName, extractor: extractor, layout: layout)
        return m
    }

    // MARK: Title

    /// The first headline-like line: not furniture, navigation, a banner with fields, a byline,
    /// and not the site banner that sits directly above a navigation bar. A short name above a
    /// later headline ("Centre for Public Transport Policy", "Medics Without Walls (MWW)") is the
    /// publisher's, not the headline.
    static func titleIndex(in header: [HeaderLine], layout: PageLayout) -> Int? {
        guard let first = headlineIndex(in: header, from: 0, layout: layout) else { return nil }
        var n = first
        // "TAWU – Transport and Allied Workers' Union", then "PRESS RELEASE – FOR IMMEDIATE RELEASE".
        let publisher = { (n: Int) in isName(header[n].cleaned, layout: layout) || isOutletOverBanner(header, at: n, layout: layout) }
        while publisher(n), let later = headlineIndex(in: header, from: n + 1, layout: layout) { n = later }
        return publisher(n) ? first : n
    }

    /// "La Gaceta del Sur" over "ENGLISH EDITION · International · 08/05/2025", "THE SARNOVIA
    /// DAILY COURIER" over "Home > National > Justice": a newspaper's name led by an article over
    /// a banner, a navigation line or a date line is the outlet's.
    static func isOutletOverBanner(_ header: [HeaderLine], at n: Int, layout: PageLayout) -> Bool {
        let s = header[n].cleaned
        // A word newspapers are named with ("Gaceta", "Herald"): "The Night Korvany Burned" over
        // "World · 3 March 2026" is a headline.
        guard startsWithArticle(s, layout: layout), isCapitalised(s, layout: layout),
              s.split(separator: " ").contains(where: { layout.file.outletWords.contains($0.lowercased()) }),
              let next = header.dropFirst(n + 1).first(where: { !$0.isFurniture }) else { return false }
        return next.fields.count > 1 || next.isNavigationBar || isDateLine(next.cleaned, layout: layout)
            || layout.file.breadcrumbSeparators.contains(where: { next.cleaned.contains($0) })
    }

    /// "Tuesday 18 February 2025 – for immediate release": a date, whatever follows its dash.
    static func isDateLine(_ s: String, layout: PageLayout) -> Bool {
        var lead = Substring(layout.splitTagline(s)?.0 ?? s)
        // "Korvany, 21 April 2025": a place before the date.
        if let comma = lead.firstIndex(of: ","), case let place = lead[..<comma].split(separator: " "),
           (1...2).contains(place.count), place.allSatisfy({ $0.first?.isUppercase == true && !$0.contains(where: \.isNumber) }),
           !layout.weekdays.contains(place[0].lowercased()),
           // "By Staff, 3 March 2026" is a byline.
           !layout.file.authorPrefixes.contains(where: { lead.lowercased().hasPrefix($0) }) {
            lead = lead[lead.index(after: comma)...].drop { $0 == " " }
        }
        let words = lead.split(separator: " ")
        // The date opens the line ("Census Day: 21 March 2021" is a headline).
        guard words.count <= dateLineWords, let opening = words.first,
              opening.first?.isNumber == true || layout.weekdays.contains(opening.lowercased().filter(\.isLetter))
                || DateNormalizer.parts(of: String(opening)).month != nil else { return false }
        let d = DateNormalizer.parts(of: String(lead))
        return d.year != nil && d.month != nil && d.day != nil
    }
    /// Words of a dateline's date: "Tuesday, 18 February 2025".
    static let dateLineWords = 5

    /// "Press release No. 2025/118", "PRESS RELEASE 14/2025": a label and its reference number.
    static func isNumberedLabel(_ s: String, layout: PageLayout) -> Bool {
        let words = s.split(separator: " ")
        guard words.count <= numberedLabelWords, words.contains(where: { $0.contains(where: \.isNumber) }) else { return false }
        let isReference = { (w: Substring) in w.contains(where: \.isNumber) || ["no.", "no", "nr.", "#"].contains(w.lowercased()) }
        let label = words.prefix { !isReference($0) }
        // "Breaking: 12 killed in mine blast" is a headline: after the label, a number only.
        return !label.isEmpty && words.dropFirst(label.count).allSatisfy(isReference) && layout.isSectionName(label.joined(separator: " "))
    }
    static let numberedLabelWords = 6

    /// "Northmere Rural Fire Authority", "Medics Without Walls (MWW)", "TAWU – Transport and
    /// Allied Workers' Union": a few words, each capitalised or joining a name, no figure and no
    /// sentence's stop, that name a body ("Authority", "Centre") or spell out an abbreviation. A
    /// short Title Case headline ("Wildfire Forces Thousands To Flee") names none.
    static func isName(_ s: String, layout: PageLayout) -> Bool {
        guard isCapitalised(s, layout: layout) else { return false }
        let words = s.split(separator: " ").filter { $0.contains(where: \.isLetter) }
        // Longer than a headline's short name, only a letterhead's: spelling out its abbreviation
        // ("National Authority for Disaster and Emergency Management (NADEM)"), or opening on what
        // the body is, or closing on it in capitals ("MINISTRY OF INTERNAL AFFAIRS OF THE REPUBLIC
        // OF LESTRIA"); not "The Ministry of Health and the Virus".
        if words.count > nameWords {
            return PageLayout.withoutBracketedAbbreviation(s) != nil
                || words.first.map { layout.organisationWords.contains($0.lowercased().filter(\.isLetter)) } ?? false
                || isShouted(s) && opensOrClosesOnBody(s, layout: layout)
        }
        if words.contains(where: { layout.organisationWords.contains($0.lowercased().filter(\.isLetter)) }) { return true }
        // "Medics Without Walls (MWW)", "TAWU – Transport and Allied Workers' Union".
        if PageLayout.withoutBracketedAbbreviation(s) != nil { return true }
        if let (head, tagline) = layout.splitTagline(s), PageLayout.abbreviates(head, tagline) { return true }
        return false
    }
    /// "MINISTRY OF …", "… DISASTER MANAGEMENT AGENCY": the first or last word says what kind of
    /// body it is.
    static func opensOrClosesOnBody(_ s: String, layout: PageLayout) -> Bool {
        let words = s.split(separator: " ").filter { $0.contains(where: \.isLetter) }
        return [words.first, words.last].contains { w in w.map { layout.organisationWords.contains($0.lowercased().filter(\.isLetter)) } ?? false }
    }

    /// A few words, each capitalised or joining a name, with no figure and no sentence's stop:
    /// "Clean Air Coast", and "Wildfire Forces Thousands To Flee" too.
    static func isCapitalised(_ s: String, layout: PageLayout) -> Bool {
        let words = s.split(separator: " ").filter { $0.contains(where: \.isLetter) }
        // "MINISTRY OF INTERNAL AFFAIRS OF THE REPUBLIC OF LESTRIA": the joining words do not count.
        let named = words.filter { !layout.nameConnectors.contains($0.lowercased()) }
        return !named.isEmpty && named.count <= nameWords && words.count <= 2 * nameWords
            && !s.contains(where: \.isNumber) && !s.contains(where: { ":?!.,".contains($0) })
            && words.allSatisfy { w in w.first(where: \.isLetter)?.isUppercase == true || layout.nameConnectors.contains(w.lowercased()) }
    }

    /// Words in a publisher's name that stands above the headline.
    static let nameWords = 6

    private static func headlineIndex(in header: [HeaderLine], from start: Int, layout: PageLayout) -> Int? {
        for (n, line) in header.enumerated() where n >= start {
            if line.isFurniture || line.isListItem { continue }
            let s = line.cleaned
            if line.author != nil { continue }
            // "ANALYSIS | Counting the men of Lipnik Deep": a section's label before the headline.
            let labelled = line.fields.count == 2 && layout.isSectionName(line.fields[0])
            if line.fields.count > 1 && !labelled { continue }
            let words = (labelled ? line.fields[1] : s).split(separator: " ")
            guard words.count >= 4 && words.count <= 30 && !s.hasSuffix(".") && !isDateLine(s, layout: layout),
                  !layout.file.breadcrumbSeparators.contains(where: { s.contains($0) }) else { continue }
            // "PRESS RELEASE – FOR IMMEDIATE RELEASE": labels on both sides of the dash.
            if let (head, tagline) = layout.splitTagline(s), layout.isSectionName(head), layout.isSectionName(tagline) { continue }
            if isNumberedLabel(s, layout: layout) { continue }
            if let next = header.dropFirst(n + 1).first(where: { !$0.isFurniture }), next.isNavigationBar { continue }
            return n
        }
        return nil
    }

    // MARK: Source

    /// The outlet's name in the header: the first field of a banner ("The Northern Ledger | Analysis",
    /// "The Meridian · Monday 18 September 2023"), the line above a navigation bar ("Kursk Notebook -
    /// notes on the war"), or a short line with a tagline ("Maghreb Institute – Policy Brief").
    static func masthead(in header: [HeaderLine], skipping titleIndex: Int?, layout: PageLayout) -> (name: String, index: Int)? {
        let content = header.indices.filter { !header[$0].isFurniture }
        for (k, n) in content.enumerated() where n != titleIndex && !header[n].isListItem {
            let s = header[n].cleaned
            if header[n].author != nil { continue }
            let fields = header[n].fields
            // "North | 476 | 900" and the "District | Dead | Missing" above it: a table (a Word
            // document's, a page's), not a banner.
            if isTableRow(fields) { continue }
            if k + 1 < content.count, case let next = header[content[k + 1]].fields, next.count == fields.count, isTableRow(next) { continue }
            let aboveNavigation = k + 1 < content.count && header[content[k + 1]].isNavigationBar
            // "The Valley Times" above the headline; "The Continental Review", "DREVNO VALLEY
            // HERALD" on a line of their own below it.
            // Below it, the line must lead into the byline or the date ("KEY POINTS" does not).
            let next = k + 1 < content.count ? header[content[k + 1]] : nil
            let leadsToByline = next.map { $0.author != nil || $0.cleaned.contains(where: \.isNumber) } ?? false
            // "Centre for Public Transport Policy" over the headline of its own paper; not "PRESS RELEASE".
            // A single word only as a brand is written: "FactPoint", "ClaimCheck"; any other
            // capitalised line only above a label ("Clean Air Coast" over "Reports | Industrial accidents").
            let labelFollows = next.map { $0.fields.count > 1 || $0.isNavigationBar || isDateLine($0.cleaned, layout: layout) } ?? false
            let namesPublisher = titleIndex.map { n < $0 } == true && fields.count == 1 && !layout.isSectionName(s)
                && (isName(s, layout: layout) || (isCapitalised(s, layout: layout) || isBrand(s)) && labelFollows)
            let standsAlone = titleIndex.map { n < $0 } == true && startsWithArticle(s, layout: layout) || namesPublisher
                || titleIndex.map { n > $0 } == true && fields.count == 1 && leadsToByline && (startsWithArticle(s, layout: layout) || isShouted(s))
                // "MINISTRY OF TRANSPORT AND MARITIME AFFAIRS" below the headline of its release.
                || titleIndex.map { n > $0 } == true && fields.count == 1 && isShouted(s) && opensOrClosesOnBody(s, layout: layout)
                    && isName(s, layout: layout)
            // "ANALYSIS | The Sentinel | …": a section's name before the outlet's.
            guard let first = header[n].isNavigationBar ? fields.first : fields.first(where: { !layout.isSectionName($0) }),
                  // "OPINION | Jane Roe": past a section's label, a person's name is a byline.
                  first == fields.first || startsWithArticle(first, layout: layout) || personName(from: first) == nil,
                  fields.count > 1 || aboveNavigation || standsAlone || hasLabelTagline(first, layout: layout)
            else { continue }
            // "Jane Roe | Senior Reporter" is a byline, not a banner.
            // ("The Sentinel | Jonas Retter, Europe correspondent" is the outlet's banner.)
            if !startsWithArticle(first, layout: layout), fields.dropFirst().contains(where: { layout.containsRoleWord($0) }) { continue }
            if let name = layout.outletName(in: first, taglineMayBeLong: aboveNavigation) { return (name, n) }
        }
        return nil
    }

    /// "FactPoint", "VerifyNorth": one word with a capital inside, after a small letter (taken for
    /// an outlet only above a label, a date or a navigation line: "McCarthy" is a name).
    static func isBrand(_ s: String) -> Bool {
        zip(s, s.dropFirst()).contains { $0.isLowercase && $1.isUppercase } && !s.contains(" ")
    }

    /// "DREVNO VALLEY HERALD": letters all in capitals, two words or more.
    static func isShouted(_ s: String) -> Bool {
        s.split(separator: " ").count >= 2 && s.contains(where: \.isLetter) && !s.contains(where: \.isLowercase)
    }

    /// A label, then cells that are all amounts.
    static func isTableRow(_ fields: [String]) -> Bool {
        fields.count > 1 && fields.dropFirst().allSatisfy(isBareAmount)
    }

    /// "476", "12,5 %", "1.200": a table cell's number; not a year or a date ("11.10.2023"),
    /// which a banner may carry.
    static func isBareAmount(_ field: String) -> Bool {
        guard field.contains(where: \.isNumber), field.allSatisfy({ $0.isNumber || " ,.%'\u{A0}".contains($0) }) else { return false }
        if field.count == 4, let year = Int(field), (1900...2100).contains(year) { return false }
        let groups = field.split(separator: ".").map(\.count)
        if groups.count == 3 && ((groups[0] <= 2 && groups[1] <= 2 && groups[2] == 4) || (groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2)) {
            return false
        }
        return true
    }

    /// "The Valley Times", "Le Courrier": a name led by an article is an outlet's, never a person's.
    static func startsWithArticle(_ s: String, layout: PageLayout) -> Bool {
        guard let first = s.split(separator: " ").first else { return false }
        return layout.file.mastheadArticles.contains(first.lowercased())
    }

    /// "Maghreb Institute – Policy Brief": a short label after the dash, not "Red Crescent – 11,300 dead".
    static func hasLabelTagline(_ s: String, layout: PageLayout) -> Bool {
        guard let (_, tagline) = layout.splitTagline(s) else { return false }
        // "Kostrel Herald — Local News — May 12, 2026": the label comes first, a date may follow.
        let lead = layout.splitTagline(tagline)?.0 ?? tagline
        return !lead.contains(where: \.isNumber)
    }

    static func copyrightNotice(footer: [Line], header: [Line], layout: PageLayout) -> (source: String, year: Int?)? {
        let markers = layout.file.copyrightMarkers
        for line in footer.reversed() + header.reversed() where markers.contains(where: { line.text.containsLowercased($0) }) {
            if let notice = OutletClues.copyright(in: String(line.text), layout: layout) { return notice }
        }
        return nil
    }

    static func nonEmpty(_ s: String?) -> String? { s?.isEmpty == false ? s : nil }

    // MARK: Author

    static func author(header: [HeaderLine], footer: [Line], titleIndex: Int?, mastheadIndex: Int?,
                       extractor: FigureExtractor, layout: PageLayout) -> String? {
        let candidates = header.indices.filter { $0 != titleIndex && $0 != mastheadIndex && !header[$0].isFurniture }
        let cleaned = header.map(\.cleaned)
        // "By Jane Roe", "Reporter Kang Ji-won", "Posted on 28 March 2025 by Ines Halvorsen | 7 comments".
        for n in candidates {
            if let name = header[n].author ?? authorAfterBy(in: cleaned[n], layout: layout) {
                return name
            }
        }
        if let t = titleIndex {
            // A short line of capitalised words just before the title names the author.
            for n in candidates where n < t && !isBullet(header[n].text) && isShortName(cleaned[n])
                && !startsWithArticle(cleaned[n], layout: layout) {
                return cleaned[n]
            }
            // "Dr Jane Roe, Senior Fellow" or "Jane Roe and John Doe" after the title.
            for n in candidates where n > t {
                if let name = namedContributors(in: cleaned[n], fields: header[n].fields, layout: layout) { return name }
            }
            // A bullet just after the title: a user name, not a date or a reading time.
            for line in header.dropFirst(t + 1).prefix(3) where isBullet(line.text) {
                let s = line.cleaned
                if extractor.figures(in: s).allSatisfy({ $0.kind == .other }) { return s }
            }
        }
        for line in footer {
            if let name = author(in: clean(line.text), layout: layout) { return name }
        }
        return nil
    }

    static func isShortName(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        return (2...3).contains(words.count) && words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) })
            && s.contains(where: \.isLowercase)
    }

    /// "By Carl Samson", "Author: B.J. Choi, founder of NVNK, …" → the name.
    static func author(in s: String, layout: PageLayout) -> String? {
        // Cheap first: every prefix starts with a letter the line must start with too.
        guard let first = s.unicodeScalars.first, first.isASCII,
              layout.file.authorPrefixes.contains(where: { $0.utf8.first == UInt8(first.value) | 0x20 }) else { return nil }
        let lower = s.lowercased()
        guard let prefix = layout.file.authorPrefixes.first(where: { lower.hasPrefix($0) }) else { return nil }
        return personName(from: String(s.dropFirst(prefix.count)))
    }

    /// "Posted on 28 March 2025 by Ines Halvorsen | 7 comments" → "Ines Halvorsen". Only after a date
    /// or a "Posted" word, so "Hundreds were killed by Storm Daniel" names nobody.
    static func authorAfterBy(in s: String, layout: PageLayout) -> String? {
        // Most lines hold no " by " at all: a byte search says so before any word is counted.
        guard s.containsLowercased(" by "), s.split(separator: " ").count <= 16, let r = s.range(of: " by ") else { return nil }
        let lead = s[..<r.lowerBound]
        guard lead.contains(where: \.isNumber) || layout.file.publishedMarkers.contains(where: { lead.containsLowercased($0) }) else { return nil }
        guard let name = personName(from: String(s[r.upperBound...])), layout.looksLikeName(name) else { return nil }
        return name
    }

    /// The name at the start of a byline, cut where a role, an outlet or a sentence begins.
    static func personName(from text: String) -> String? {
        var name = text
        if let cut = bylineEnd(in: name) { name = String(name[..<cut]) }
        name = OutletClues.firstSentence(of: name).trimmed
        let words = name.split(separator: " ")
        guard (1...7).contains(words.count), words.first?.first?.isUppercase == true else { return nil }
        return name
    }

    /// Where a byline's name ends: the first ",", "|", "(", ";" or "·". Sought on scalars where
    /// each is a character of its own, which spares breaking the line into characters.
    static func bylineEnd(in text: String) -> String.Index? {
        let isEnd = { (s: Unicode.Scalar) in s == "," || s == "|" || s == "(" || s == ";" || s == "·" }
        if text.unicodeScalars.allSatisfy(PageLayout.standsAlone) { return text.unicodeScalars.firstIndex(where: isEnd) }
        return text.firstIndex(where: { $0 == "," || $0 == "|" || $0 == "(" || $0 == ";" || $0 == "·" })
    }

    /// "Dr Priya Natarajan, Senior Fellow, …" or "Samir Benali and Clara Voss" → the names.
    /// `fields` are the banner fields of `s`.
    static func namedContributors(in s: String, fields: [String], layout: PageLayout) -> String? {
        // The cheap tests first: most lines are not a name at all.
        guard let name = personName(from: s), name.contains(where: \.isLowercase), layout.looksLikeName(name),
              fields.count == 1, layout.splitTagline(s) == nil else { return nil }
        let words = name.split(separator: " ")
        let hasRole = layout.containsRoleWord(String(s.dropFirst(name.count)))
        let severalPeople = words.contains("and") && words.count >= 4
        guard words.count >= 2, hasRole || severalPeople, !layout.isSectionName(name) else { return nil }
        return name
    }

    // MARK: Date

    /// The publication date near the top: a date line in the header (marked "Published" before an
    /// unmarked one, before "Updated"), else the dateline opening the story. A missing year comes
    /// from the copyright line or from a date in the file name, as blogs name their posts.
    static func publicationDate(header: [HeaderLine], skipping titleIndex: Int?, dateline: String?, copyrightYear: Int?,
                                fileName: String?, extractor: FigureExtractor, layout: PageLayout) -> String? {
        let named = fileName.flatMap(DateNormalizer.dateInFileName)
        var best: (rank: (Int, Int), parts: (year: Int?, month: Int?, day: Int?))?
        for (n, headerLine) in header.enumerated() where n != titleIndex {
            let line = headerLine.line
            guard let parts = firstDate(in: line.text, extractor: extractor) else { continue }
            // The day the file is named for, when the header gives it ("Posted 09.03 | Updated
            // 10.03" in "…-2026-03-10.txt"), settles which date is meant and "05/03/2026"'s order.
            if let named {
                let dates = headerLine.fields.count > 1 ? headerLine.fields.compactMap { firstDate(in: Substring($0), extractor: extractor) } : [parts]
                if let settled = dates.lazy.compactMap({ agreeing($0, named) }).first {
                    return DateNormalizer.iso(year: settled.year, month: settled.month, day: settled.day)
                }
            }
            let rank = (parts.month == nil ? 1 : 0, marking(of: line.text, layout: layout))
            if best == nil || rank < best!.rank { best = (rank, parts) }
        }
        var parts = best?.parts
        if parts == nil || parts?.month == nil, let dateline, let p = firstDate(in: Substring(dateline), extractor: extractor), p.month != nil {
            parts = p
        }
        guard var p = parts else {
            if let named { return DateNormalizer.iso(year: named.year, month: named.month, day: named.day) }
            return copyrightYear.map(String.init)
        }
        // A file name that agrees with the text's year gives the month and day the text leaves out.
        if p.month == nil, let named, named.year == p.year { p = named }
        if p.year == nil {
            if let y = copyrightYear { p.year = y } else if let named, named.month == p.month, p.day == nil || named.day == p.day { p.year = named.year }
        }
        return DateNormalizer.iso(year: p.year, month: p.month, day: p.day)
    }

    /// The file name's date when a full date read either way round ("05/03/2026") is that day.
    static func agreeing(_ p: (year: Int?, month: Int?, day: Int?), _ named: (year: Int?, month: Int?, day: Int?))
        -> (year: Int?, month: Int?, day: Int?)? {
        guard let year = named.year, let month = named.month, let day = named.day,
              p.year == year, let m = p.month, let d = p.day else { return nil }
        return (m == month && d == day) || (d == month && m == day) ? named : nil
    }

    /// 0 for "Published …", 1 for a plain date line, 2 for "Updated …".
    static func marking(of line: Substring, layout: PageLayout) -> Int {
        if layout.file.publishedMarkers.contains(where: { line.containsLowercased($0) }) { return 0 }
        if layout.file.updatedMarkers.contains(where: { line.containsLowercased($0) }) { return 2 }
        return 1
    }

    /// Year, month and day of the first date in a line; a bare year ("2019") counts, a decade ("1990s") does not.
    static func firstDate(in line: Substring, extractor: FigureExtractor) -> (year: Int?, month: Int?, day: Int?)? {
        guard let date = extractor.figures(in: String(line)).first(where: { $0.kind == .date || ($0.kind == .year && !$0.text.hasSuffix("s")) })
        else { return nil }
        let p = DateNormalizer.parts(of: date.text, lexicon: extractor.lexicon)
        return p.year == nil && p.month == nil ? nil : p
    }

    // MARK: Lines

    static func clean(_ s: Substring) -> String {
        var t = s.trimmed
        while let f = t.unicodeScalars.first, f == "•" || f == "-" || f == "*" || f == "·" {
            t = String(t.unicodeScalars.dropFirst()).trimmed
        }
        return Sanitizer.oneLine(t)
    }

    /// Key points and summaries: "• …", "- …", "* …". Never a title or a masthead.
    static func isListItem(_ s: Substring) -> Bool {
        let t = s.trimmed
        return isBullet(s) || t.hasPrefix("- ") || t.hasPrefix("* ")
    }

    static func isBullet(_ s: Substring) -> Bool {
        let t = s.trimmed
        return t.hasPrefix("•") || t.hasPrefix("·")
    }
}
