import Foundation
import Testing
@testable import NKCore

/// Metadata read from page layouts written for these tests: page chrome, banners, bylines,
/// datelines, date lines and footers as news sites print them.
struct MetadataInferenceTests {
    /// A body paragraph long enough to end the header.
    let body = String(repeating: "Officials gave new numbers for the damage in the valley on Wednesday. ", count: 4)

    func infer(_ lines: [String], fileName: String? = nil) -> ArticleMetadata {
        MetadataInference.infer(from: lines.joined(separator: "\n"), fileName: fileName)
    }

    // MARK: Dates named by the file

    @Test func theFileNamesDateSettlesANumericDatesOrder() {
        let lines = ["Last four miners hauled out alive", "", "By Kev Marlow", "Published 05/03/2026, 09:12", "", body]
        #expect(infer(lines, fileName: "03-daily-lamp-2026-03-05").date == "2026-03-05")
        // Without a file name, the text's own order stands.
        #expect(infer(lines).date == "2026-05-03")
    }

    @Test func theFileNamesDateChoosesAmongTheHeadersDates() {
        let lines = ["Ministry closes rescue file", "", "Posted: 09.03.2026 18:05 | Updated: 10.03.2026 10:40", "", body]
        #expect(infer(lines, fileName: "06-ostrel-today-2026-03-10").date == "2026-03-10")
        #expect(infer(lines).date == "2026-03-09")
        // A file named for another day leaves the header's choice alone.
        #expect(infer(lines, fileName: "notes-2026-04-01").date == "2026-03-09")
    }

    // MARK: Banners below the headline

    // MARK: A publisher's name above its headline

    @Test func aPublishersNameAboveTheHeadlineIsTheOutlet() {
        let paper = ["Centre for Public Transport Policy", "Briefing Paper No. 14 | April 2025", "",
                     "Counting the cost: what the transit strikes cost, and whose numbers held up", "",
                     "Dr Ewa Nowicka and Liam Carty", "Published 23 April 2025", "", body]
        let m = infer(paper)
        #expect(m.title == "Counting the cost: what the transit strikes cost, and whose numbers held up")
        #expect(m.source == "Centre for Public Transport Policy")
        // A release's label, its issuer, then a date line before the headline.
        let release = ["MEDIA RELEASE", "Northmere Rural Fire Authority", "Tuesday 18 February 2025 – for immediate release", "",
                       "Tallow Creek fire contained: final impact figures released", "", body]
        let r = infer(release)
        #expect(r.title == "Tallow Creek fire contained: final impact figures released")
        #expect(r.source == "Northmere Rural Fire Authority")
        #expect(r.date == "2025-02-18")
        // One name-like line and nothing after it is the title after all.
        #expect(infer(["Storm Ada Batters The Coast", "", body]).title == "Storm Ada Batters The Coast")
        // A short Title Case headline over its deck names no body; nor does a kicker or a person.
        let deck = infer(["Wildfire Forces Thousands To Flee", "Crews battle flames across three counties as winds pick up", "By Jane Roe", "", body])
        #expect(deck.title == "Wildfire Forces Thousands To Flee")
        #expect(deck.source == nil)
        #expect(infer(["Ukraine War", "Why the front line has barely moved this winter", "", body]).source == nil)
        #expect(infer(["Jane Roe", "Why the fire count keeps changing", "", body]).source == nil)
        #expect(infer(["Census Day: 21 March 2021", "", body]).title == "Census Day: 21 March 2021")
    }

    @Test func aPublishersAbbreviationOrBrandNamesIt() {
        let headline = "Cholera deaths far higher than official figures"
        #expect(infer(["PRESS RELEASE", "Medics Without Walls (MWW)", "For immediate release", "", headline, "", body]).source == "Medics Without Walls")
        let union = infer(["TAWU – Transport and Allied Workers' Union", "PRESS RELEASE – FOR IMMEDIATE RELEASE", "11 March 2025", "",
                           "WORKERS REJECT 'INSULTING' €165 OFFER – 24-HOUR STRIKE ON MONDAY 17 MARCH", "", body])
        #expect(union.source == "TAWU")
        #expect(union.title == "WORKERS REJECT 'INSULTING' €165 OFFER – 24-HOUR STRIKE ON MONDAY 17 MARCH")
        #expect(infer(["FactPoint", "Fact checks › Transport strike", "", "Strike numbers, checked: who is right about fares?", "", body]).source == "FactPoint")
        // Any capitalised line above a section's label is the publisher.
        #expect(infer(["Clean Air Coast", "Reports | Industrial accidents", "", "Under the cloud: what the official figures leave out", "", body]).source == "Clean Air Coast")
        // A surname written as one word with two capitals is no brand.
        #expect(infer(["McCarthy", "Why the fire count keeps changing", "", body]).source == nil)
        // A tagline that does not spell the abbreviation out is no name of it.
        #expect(infer(["TAWU – News and views from the depots of the city", "", headline, "", body]).source == nil)
    }

    @Test func aBreadcrumbWithArrowsIsNoTitle() {
        let lines = ["THE DAILY CLARION", "News | Politics | Sport", "Home > News > Africa", "",
                     "'THEY'RE HIDING THE BODIES': Cholera fear grips flood camps", "", "By Kevin Mbaru", body]
        #expect(infer(lines).title == "'THEY'RE HIDING THE BODIES': Cholera fear grips flood camps")
    }

    @Test func aSectionsLabelBeforeTheOutletsNameIsSkipped() {
        let m = infer(["Why nobody agrees on the count", "", "ANALYSIS | The Sentinel | Jonas Retter, Europe correspondent | 15.05.2026", "", body])
        #expect(m.source == "The Sentinel")
        #expect(m.date == "2026-05-15")
        // A navigation bar's sections are no outlet, whatever follows them.
        let nav = infer(["Skip to content", "News | World | Ukraine War | Video | Puzzles", "", "CAUGHT ALIVE: two soldiers taken in the forest", "", body])
        #expect(nav.source == nil)
        // A section's label before a person's name makes no outlet of the person.
        #expect(infer(["Why the count matters so much", "", "OPINION | Jane Roe", "", body]).source == nil)
    }

    @Test func aMastheadWithASectionAndADateAfterADash() {
        let m = infer(["Mayor: 'We have taken in 30,000 people'", "", "KOSTREL HERALD — Local News — Tuesday, May 12, 2026", "By Marta Vukan", "", body])
        #expect(m.source == "Kostrel Herald")
    }

    @Test func anOutletsNameOnALineOfItsOwnBelowTheHeadline() {
        let shouted = infer(["Ostrel buries its first miners", "", "DREVNO VALLEY HERALD", "Friday, 6 March 2026 | Local News | by Milena Kostadin", "", body])
        #expect(shouted.source == "Drevno Valley Herald")
        let named = infer(["Counting the men of the pit: why nobody agrees", "", "The gaps between the lists say a lot about who works underground.", "",
                           "The Continental Review", "By Arvid Halloran", "9 March 2026", "", body])
        #expect(named.source == "The Continental Review")
    }

    @Test func aSectionsLabelBeforeTheHeadlineKeepsTheHeadline() {
        let m = infer(["ANALYSIS | Counting the men of Lipnik Deep: why nobody agrees", "", "The Continental Review", "By Arvid Halloran", "", body])
        #expect(m.title == "ANALYSIS | Counting the men of Lipnik Deep: why nobody agrees")
        #expect(m.source == "The Continental Review")
    }

    // MARK: Titles

    @Test func titleComesAfterSkipLinkBannerAndNavigation() {
        let m = infer(["Skip to main content", "Valley Ledger - notes from the river towns", "Home | Archive | About | Subscribe", "",
                       "Bridge repairs: 40, 60 or 90 days? Reading the county's estimates", "", body])
        #expect(m.title == "Bridge repairs: 40, 60 or 90 days? Reading the county's estimates")
        #expect(m.source == "Valley Ledger")
    }

    @Test func aTableRowIsNoBanner() {
        // A Word briefing's table, as the .docx reader writes its rows.
        let m = infer(["Briefing: harbour flood", "The ministry counted 4,250 dead and 9,800 missing.", "District | Dead | Missing",
                       "North | 476 | 900", "Repairs will cost $1.1 billion.", "", body])
        #expect(m.source == nil)
        // A banner with a year or a date is still one.
        #expect(infer(["The Harbour Ledger | 2024", "", "Flood toll rises to 4,300 in the port city", "", body]).source == "The Harbour Ledger")
        #expect(infer(["Flood toll rises to 4,300 in the port city", "", "L'Écho du Port – World | 11.10.2023", "", body]).source == "L'Écho du Port")
    }

    @Test func titleSkipsMenusAndBreadcrumbs() {
        let m = infer(["Skip to content", "The Evening Lamp", "Menu | Search | Sign in", "News › World › Europe", "",
                       "'A WALL OF WATER': Villagers flee as river bursts its banks overnight", "", "By Ann Ford, Europe Reporter", "", body])
        #expect(m.title == "'A WALL OF WATER': Villagers flee as river bursts its banks overnight")
        #expect(m.source == "The Evening Lamp")
        #expect(m.author == "Ann Ford")
    }

    @Test func institutesBannerAboveTheTitleIsNotTheTitle() {
        let m = infer(["Lakeside Policy Centre | Working Paper 2021/07", "",
                       "Water prices after the drought: subsidies, tariffs and a long recovery", "", "Published 2021-06-30", "", body])
        #expect(m.title == "Water prices after the drought: subsidies, tariffs and a long recovery")
        #expect(m.source == "Lakeside Policy Centre")
        #expect(m.date == "2021-06-30")
    }

    @Test func liveLabelStaysInTheTitle() {
        let m = infer(["LIVE: Storm makes landfall as 20,000 leave the coast", "", "Coastline Herald | Live coverage | 14 September 2023",
                       "Updated 14:05 GMT", "", body])
        #expect(m.title == "LIVE: Storm makes landfall as 20,000 leave the coast")
        #expect(m.source == "Coastline Herald")
        #expect(m.date == "2023-09-14")
    }

    @Test func bannerLedByTheOutletDoesNotHideTheTitleAboveIt() {
        let m = infer(["Farmers count the cost of a wet spring in the north", "Granary Post | Rural | Weather", "", body])
        #expect(m.title == "Farmers count the cost of a wet spring in the north")
        #expect(m.source == "Granary Post")
    }

    // MARK: Outlets

    @Test func shoutedMastheadIsWrittenAsAName() {
        let m = infer(["Skip to content", "THE HARBOUR CHRONICLE | World", "", "Ferry strike strands thousands on the islands", "", body])
        #expect(m.source == "The Harbour Chronicle")
        #expect(m.title == "Ferry strike strands thousands on the islands")
    }

    @Test func lowerCaseSectionAfterTheMastheadIsDropped() {
        let m = infer(["Ferry strike: unions say 5,000 walked out", "", "Harbour Daily live | Friday, Mar 3, 2023", "", body])
        #expect(m.source == "Harbour Daily")
        #expect(m.date == "2023-03-03")
    }

    @Test func mastheadBeforeADotAndADate() {
        let m = infer(["Why the census and the ministry disagree", "", "By Ruth Kemp, Data Editor", "The Lantern · Tuesday 15 July 2025", "", body])
        #expect(m.source == "The Lantern")
        #expect(m.author == "Ruth Kemp")
        #expect(m.date == "2025-07-15")
    }

    @Test func mastheadWithATagline() {
        let m = infer(["After the fire: insurance, rebuilding and who pays", "", "Northwood Research Institute – Briefing Note", "May 2, 2022", "", body])
        #expect(m.source == "Northwood Research Institute")
        #expect(m.date == "2022-05-02")
    }

    @Test func keyPointsAreNeitherTitlesNorMastheads() {
        let m = infer(["- Red Crescent – 11,300 dead", "- Rescue teams from Malta and Greece arrive", "",
                       "Rescuers reach the coast as the toll climbs", "Key points", "• Red Crescent – 4 regions", "", body])
        #expect(m.title == "Rescuers reach the coast as the toll climbs")
        #expect(m.source == nil)
    }

    @Test func wireDatelineNamesTheAgency() {
        let m = infer(["Quake toll rises past 3,000 as rescuers dig through the night", "", "By Omar Celik",
                       "", "GAZIANTEP, Turkey, Feb 7 (LWS) - " + body, "", "© 2023 Levant Wire Service"])
        #expect(m.source == "LWS")
        #expect(m.date == "2023-02-07")
    }

    @Test func shortFirstParagraphStillOpensWithADateline() {
        let m = infer(["Survivors pulled from rubble after five days", "", "SEOUL (Reuters) - Rescuers found two people alive on Sunday."])
        #expect(m.source == "Reuters")
    }

    @Test func nameWithAnArticleAboveTheTitleIsTheOutlet() {
        let m = infer(["The Valley Times", "", "Survivors pulled from rubble after five days", "", "Jane Roe", "March 3, 2024", "", body])
        #expect(m.source == "The Valley Times")
        #expect(m.author != "The Valley Times")
    }

    @Test func bylineNamesTheOutletButNotAJob() {
        let outlet = infer(["Mayor promises 500 new homes by spring", "", "By Jane Roe, Riverside Gazette", "", body])
        #expect(outlet.source == "Riverside Gazette")
        #expect(outlet.author == "Jane Roe")
        let job = infer(["Mayor promises 500 new homes by spring", "", "By Jane Roe, Foreign Correspondent", "", body])
        #expect(job.source == nil)
    }

    @Test func copyrightLineEndsAtItsFirstSentence() {
        let m = infer(["Council approves budget of 12 million for roads", "", body, "", "Copyright Midland Echo. Reproduction prohibited."])
        #expect(m.source == "Midland Echo")
    }

    @Test func newsletterInvitationNamesTheOutlet() {
        let possessive = infer(["Skip to content", "News | World | Video", "", "Divers recover the second engine from the lake bed", "", body,
                                "", "Get the Morning Beacon's daily briefing in your inbox. Sign up"])
        #expect(possessive.source == "Morning Beacon")
        let named = infer(["Divers recover the second engine from the lake bed", "", body, "", "Subscribe to Lake Notes"])
        #expect(named.source == "Lake Notes")
        let anonymous = infer(["Divers recover the second engine from the lake bed", "", body, "", "Sign up for our free morning newsletter"])
        #expect(anonymous.source == nil)
    }

    // MARK: Authors

    @Test func postedLineNamesTheAuthor() {
        let m = infer(["The second wave: smaller, later and harder to count", "", "Posted on 28 March 2025 by Ida Berg | 3 comments", "", body])
        #expect(m.author == "Ida Berg")
        #expect(m.date == "2025-03-28")
    }

    @Test func contributorLinesAfterTheTitle() {
        let pair = infer(["Rain, reservoirs and money after the dam failure", "", "Lena Ortiz and Tom Hale", "", body])
        #expect(pair.author == "Lena Ortiz and Tom Hale")
        let fellow = infer(["Rain, reservoirs and money after the dam failure", "", "Dr Lena Ortiz, Senior Fellow, Water Programme", "", body])
        #expect(fellow.author == "Dr Lena Ortiz")
        let reporter = infer(["Rain, reservoirs and money after the dam failure", "", "Reporter Park Min-jun", "", body])
        #expect(reporter.author == "Park Min-jun")
    }

    @Test func sentenceAfterTheBylineIsCutOff() {
        let m = infer(["Why the two counts of marchers never agree", "", "By Lo Ka-yan. Translated from the Chinese by Ben Wu.", "", body])
        #expect(m.author == "Lo Ka-yan")
    }

    // MARK: Dates

    @Test func dateFormatsOfDateLines() {
        func date(_ line: String) -> String? { infer(["Flood barriers hold as the river peaks in town", "", line, "", body]).date }
        #expect(date("Dec 11, 2019") == "2019-12-11")
        #expect(date("2019-12-20 · Reading time: 5 minutes") == "2019-12-20")
        #expect(date("14 September 2023") == "2023-09-14")
        #expect(date("Sunday 12 January 2025, 10:17 am") == "2025-01-12")
        #expect(date("Valley Times – World | 11.10.2023") == "2023-10-11")
        #expect(date("Updated 14:05 GMT") == nil)
    }

    @Test func publishedDateBeatsUpdatedDateAndBodyDates() {
        let m = infer(["Flood barriers hold as the river peaks in town", "", "Last updated: 25 Nov 2019, 13:25", "Published 24 Nov 2019",
                       "", "On 3 January 2018 the barriers were first tested. " + body])
        #expect(m.date == "2019-11-24")
    }

    @Test func yearInTheTitleIsNotTheDate() {
        let m = infer(["The 2019 floods in numbers: what five years changed", "", "Published June 3, 2024", "", body])
        #expect(m.date == "2024-06-03")
    }

    @Test func fileNameSuppliesTheYearTheTextLeavesOut() {
        let lines = ["Ferry sinks off the cape with 40 aboard", "", "CAPE TOWN, Oct 23 (SAW) - " + body]
        #expect(infer(lines).date == nil)
        #expect(infer(lines, fileName: "03-southern-wire-2024-10-23").date == "2024-10-23")
        // A file name that disagrees with the text's month and day is ignored.
        #expect(infer(lines, fileName: "notes-2024-05-01").date == nil)
        #expect(DateNormalizer.dateInFileName("2019-06-17-march") ?? (nil, nil, nil) == (2019, 6, 17))
        #expect(DateNormalizer.dateInFileName("article-12") == nil)
    }

    @Test func dottedDatesPutTheDayFirst() {
        #expect(DateNormalizer.parts(of: "11.10.2023") == (2023, 10, 11))
        #expect(DateNormalizer.parts(of: "2024.12.19") == (2024, 12, 19))
        #expect(DateNormalizer.parts(of: "5/17/2018") == (2018, 5, 17))
    }

    // MARK: Cost

    @Test func oneHugeLineIsReadQuickly() {
        let text = "Headline words for a very long page\n" + String(repeating: "By the river (AP) - 3 | 4 · 5 ", count: 200_000)
        let m = MetadataInference.infer(from: text)
        #expect(m.title == "Headline words for a very long page")
    }

    // MARK: Official releases and foreign editions

    @Test func aMinistrysLongNameAboveItsNumberedReleaseIsTheSource() {
        let lines = ["MINISTRY OF INTERNAL AFFAIRS OF THE REPUBLIC OF LESTRIA", "Press Office", "",
                     "Press release No. 2025/118", "Korvany, 21 April 2025", "",
                     "STATEMENT ON PUBLIC ORDER DURING THE UNAUTHORISED GATHERINGS OF 12 AND 19 APRIL 2025", "", body]
        let m = infer(lines)
        #expect(m.title == "STATEMENT ON PUBLIC ORDER DURING THE UNAUTHORISED GATHERINGS OF 12 AND 19 APRIL 2025")
        #expect(m.source == "Ministry of Internal Affairs of the Republic of Lestria")
        #expect(m.date == "2025-04-21")
    }

    @Test func aShoutedBodysNameBelowTheHeadlineIsTheSource() {
        let lines = ["MV Marigold Star: update on search and recovery", "", "MINISTRY OF TRANSPORT AND MARITIME AFFAIRS",
                     "Republic of Corallia", "", "PRESS RELEASE No. 14/2025", "Halden, 25 April 2025", "", body]
        let m = infer(lines)
        #expect(m.title == "MV Marigold Star: update on search and recovery")
        #expect(m.source == "Ministry of Transport and Maritime Affairs")
        #expect(m.date == "2025-04-25")
    }

    @Test func aNameLedByAnArticleOverABannerIsTheOutlet() {
        let lines = ["La Gaceta del Sur", "ENGLISH EDITION · International · 08/05/2025 · 07:30", "",
                     "Corallia calls off the search for the ferry after 20 days", "", body]
        let m = infer(lines)
        #expect(m.title == "Corallia calls off the search for the ferry after 20 days")
        #expect(m.source == "La Gaceta del Sur")
        // A headline led by an article over a plain deck stays the headline.
        let headline = infer(["The Ferry That Never Came Home", "", "Survivors describe the last hours on board", "", body])
        #expect(headline.title == "The Ferry That Never Came Home")
    }

    @Test func headlinesStayHeadlinesBesideTheseLayouts() {
        // A headline led by "The" over a section's banner or a date line.
        #expect(infer(["The Night Korvany Burned", "World · 3 March 2026", "Survivors describe the last hours", "", body]).title
            == "The Night Korvany Burned")
        #expect(infer(["The Night Korvany Burned", "3 March 2026", "Survivors describe the last hours", "", body]).title
            == "The Night Korvany Burned")
        // A section's label before a headline with a figure.
        #expect(infer(["Breaking: 12 killed in mine blast", "By Staff, 3 March 2026", "", body]).title == "Breaking: 12 killed in mine blast")
        // A body named inside a longer headline.
        #expect(infer(["The Ministry of Health and the Virus", "How a pandemic broke a government", "By Staff, 3 March 2026", "", body]).title
            == "The Ministry of Health and the Virus")
        // A newspaper's name over its navigation is no headline.
        let courier = infer(["THE SARNOVIA DAILY COURIER", "Home > National > Justice", "",
                             "163 escaped, 58 caught: what we know about the breakout", "", body])
        #expect(courier.title == "163 escaped, 58 caught: what we know about the breakout")
        #expect(courier.source == "The Sarnovia Daily Courier")
    }
}

