import Foundation
import Testing
@testable import NKCore

/// Dates as other languages write them: in the text, in an article's header, and in what a page,
/// a feed, front matter or metadata.json states.
struct LanguageDatesTests {
    func dates(_ text: String, _ language: String) -> [String] {
        FigureExtractor().figures(in: text, language: language).filter { $0.kind == .date }.map(\.text)
    }

    @Test func datesWithTheLanguagesJoinersAndDots() {
        #expect(dates("el 12 de septiembre de 2023 llegaron", "es") == ["12 de septiembre de 2023"])
        #expect(dates("desde septiembre de 2023", "es") == ["septiembre de 2023"])
        #expect(dates("em 12 de setembro de 2023", "pt") == ["12 de setembro de 2023"])
        #expect(dates("12 settembre 2023", "it") == ["12 settembre 2023"])
        #expect(dates("12 сентября 2023 г.", "ru") == ["12 сентября 2023"])
        // A German day opening a line is a date, not item 12 of a numbered list.
        #expect(dates("Hafenzeitung\n12. September 2023\n", "de") == ["12. September 2023"])
        #expect(dates("Hafenzeitung\n3. März 2024\n", "de") == ["3. März 2024"])
        let list = FigureExtractor().figures(in: "Punkte:\n12. Die Stadt hat 300 Häuser verloren.\n", language: "de")
        #expect(list.first?.kind == .other && list.first?.text == "12.")
        // "de" is no date joiner in front of an amount.
        #expect(dates("septiembre de 2.000 personas", "es").isEmpty)
    }

    @Test func aHeaderDateIsReadInTheArticlesLanguage() throws {
        let body = [
            ("fr", "Inondations : le bilan s'alourdit\nLe Courrier du Port\n12 septembre 2023\n\nSelon les autorités, plus de 4 335 personnes sont mortes et environ 10 000 sont toujours portées disparues dans la ville, où la pluie est tombée pendant deux jours.\n"),
            ("de", "Flut: Zahl der Toten steigt\nHafenzeitung\n12. September 2023\n\nNach Angaben der Behörden sind mehr als 1.200 Menschen gestorben, rund 10.000 werden noch vermisst, und die Regierung hat die Hilfe für die Stadt erhöht.\n"),
            ("es", "Inundaciones: el balance sube\nEl Diario del Puerto\n12 de septiembre de 2023\n\nSegún las autoridades, más de 4.335 personas murieron y unas 10.000 siguen desaparecidas en la ciudad, donde la lluvia no ha parado desde el lunes.\n"),
            ("pt", "Enchentes: balanço sobe\nO Jornal do Porto\n12 de setembro de 2023\n\nSegundo as autoridades, mais de 4.335 pessoas morreram e cerca de 10.000 continuam desaparecidas na cidade, onde a chuva não parou desde segunda-feira.\n"),
            ("it", "Alluvione: il bilancio sale\nIl Giornale del Porto\n12 settembre 2023\n\nSecondo le autorità, più di 4.335 persone sono morte e circa 10.000 sono ancora disperse nella città, dove la pioggia non si è fermata da lunedì.\n"),
            ("ru", "Наводнение: число погибших растёт\nПортовая газета\n12 сентября 2023 г.\n\nПо данным властей, более 4 335 человек погибли, около 10 000 числятся пропавшими без вести, и дожди в городе не прекращаются с понедельника.\n"),
            ("ko", "홍수 사망자 늘어\n항구일보\n2023년 9월 12일\n\n당국에 따르면 4,335명 이상이 숨지고 약 1만 명이 실종됐다. 정부는 군인 2천 명을 파견했다.\n"),
        ]
        let dir = try temporaryFolder()
        for (code, text) in body { try Data(text.utf8).write(to: dir.appendingPathComponent("\(code).txt")) }
        let articles = try CorpusLoader().load([dir.path]).articles
        #expect(articles.count == body.count)
        for a in articles {
            #expect(a.metadata.language == a.id, "\(a.id)")
            #expect(a.metadata.date == "2023-09-12", "\(a.id): \(a.metadata.date ?? "no date")")
        }
    }

    @Test func statedDatesInOtherLanguagesAreISO() throws {
        #expect(HTMLMetadata.isoDate("12 septembre 2023") == "2023-09-12")
        #expect(HTMLMetadata.isoDate("12. März 2023") == "2023-03-12")
        #expect(HTMLMetadata.isoDate("12 de septiembre de 2023") == "2023-09-12")
        #expect(HTMLMetadata.isoDate("12 сентября 2023") == "2023-09-12")
        #expect(HTMLMetadata.isoDate("2023년 9월 12일") == "2023-09-12")
        #expect(HTMLMetadata.isoDate("2024-10") == "2024-10")
        #expect(HTMLMetadata.isoDate("2024-03-05T10:00:00Z") == "2024-03-05")
        let dir = try temporaryFolder()
        try Data("<html><head><meta property=\"article:published_time\" content=\"12 septembre 2023\"></head><body><article><p>Plus de 4 335 morts.</p></article></body></html>".utf8)
            .write(to: dir.appendingPathComponent("page.html"))
        try Data("---\ntitle: Notiz\ndate: 12. März 2023\n---\nMehr als 1.200 Menschen.\n".utf8).write(to: dir.appendingPathComponent("notiz.md"))
        try Data("---\ndate: 12 de septiembre de 2023\n---\nMás de 4.335 muertos.\n".utf8).write(to: dir.appendingPathComponent("nota.txt"))
        try Data("Более 4 335 погибших.\n".utf8).write(to: dir.appendingPathComponent("stated.txt"))
        try Data("---\ndate: 2024-10\n---\n3,000 troops.\n".utf8).write(to: dir.appendingPathComponent("month.md"))
        try Data(#"{"stated": {"date": "12 сентября 2023"}}"#.utf8).write(to: dir.appendingPathComponent("metadata.json"))
        let articles = try CorpusLoader().load([dir.path]).articles
        let byID = Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0.metadata.date) })
        #expect(byID["page"] == "2023-09-12")
        #expect(byID["notiz"] == "2023-03-12")
        #expect(byID["nota"] == "2023-09-12")
        #expect(byID["stated"] == "2023-09-12")
        #expect(byID["month"] == "2024-10")
    }

    @Test func everyPacksMonthsAreKnownToStatedDates() {
        let months = LanguagePacks.standard.monthNames
        #expect(months[Lexicon.key("septembre")] == 9 && months[Lexicon.key("märz")] == 3 && months[Lexicon.key("setembro")] == 9)
        #expect(months[Lexicon.key("сентября")] == 9 && months[Lexicon.key("settembre")] == 9)
    }
}
