import Foundation
import Testing
@testable import NKCore

/// Articles in other languages: the language told from the text or stated, and numbers read with
/// its separators, scale words and currency names.
struct LanguageTests {
    static let french = """
    Le gouvernement a annoncé mardi une aide de 1,8 milliard de dollars pour la reconstruction de la ville. \
    Selon les autorités locales, plus de 4 335 personnes sont mortes et près de 10 000 sont toujours portées \
    disparues. Le maire a déclaré que les dégâts dépassent 2,5 millions d'euros dans le seul port, et que \
    1.200 maisons ont été détruites depuis le 3 mars 2024.
    """
    static let german = """
    Die Regierung hat am Dienstag ein Hilfspaket von 2,5 Millionen Euro beschlossen. Nach Angaben der Behörden \
    sind mehr als 1.200 Teilnehmern bei der Kundgebung am 3. März 2024 gezählt worden, und die Polizei sprach \
    von rund 3.500 Menschen. Die Kosten für den Wiederaufbau werden auf 1,8 Milliarden Euro geschätzt, das \
    sind 12,5 Prozent des Haushalts der Stadt, die auch von der Bundesregierung unterstützt wird.
    """
    static let spanish = """
    El gobierno anunció el martes una ayuda de 1.800 millones de dólares para la reconstrucción de la ciudad. \
    Según las autoridades, más de 4.335 personas murieron y cerca de 10.000 siguen desaparecidas, mientras que \
    los daños en el puerto superan los 2,5 millones de euros, según el alcalde de la ciudad y también la policía.
    """
    static let italian = """
    Il governo ha annunciato martedì un aiuto di 1,8 miliardi di euro per la ricostruzione della città. Secondo \
    le autorità, più di 4.335 persone sono morte e circa 10 mila sono ancora disperse, mentre i danni nel porto \
    superano i 2,5 milioni di euro, come ha detto il sindaco della città che non è stato contattato.
    """
    static let portuguese = """
    O governo anunciou na terça-feira uma ajuda de 1,8 bilhão de dólares para a reconstrução da cidade. Segundo \
    as autoridades, mais de 4.335 pessoas morreram e cerca de 10 mil continuam desaparecidas, enquanto os danos \
    no porto superam 2,5 milhões de reais, disse o prefeito da cidade, que também foi ouvido pela polícia.
    """
    static let russian = """
    Правительство во вторник объявило о выделении 1,8 млрд рублей на восстановление города. По данным властей, \
    более 4 335 человек погибли, и около 10 тысяч до сих пор считаются пропавшими без вести.
    """
    static let korean = "정부는 화요일 재건을 위해 1억 2천만 원을 지원한다고 발표했다. 당국에 따르면 55만 명이 대피했으며, 약 3천 명이 실종됐다."
    static let chinese = "政府周二宣布撥款55萬元用於重建，當局表示約有1200人失蹤，損失估計達3億5千萬美元。"

    func figures(_ text: String, _ language: String?) -> [Figure] {
        FigureExtractor().figures(in: text, language: language).filter { $0.kind.isQuantity }
    }

    @Test func theLanguageIsToldFromTheText() {
        let d = LanguageDetector()
        #expect(d.detect(Self.french) == "fr")
        #expect(d.detect(Self.german) == "de")
        #expect(d.detect(Self.spanish) == "es")
        #expect(d.detect(Self.italian) == "it")
        #expect(d.detect(Self.portuguese) == "pt")
        #expect(d.detect(Self.russian) == "ru")
        #expect(d.detect(Self.korean) == "ko")
        #expect(d.detect(Self.chinese) == "zh")
        // A short dispatch is enough when nothing in it is English.
        #expect(d.detect("Selon le ministère, plus de 4 335 personnes sont mortes et le coût est estimé à 1,8 milliard de dollars. Environ 1.200 secouristes sont sur place.") == "fr")
    }

    @Test func englishAndThinEvidenceStayEnglish() throws {
        let d = LanguageDetector()
        #expect(d.detect("1,8 milliard") == "en")
        #expect(d.detect("") == "en")
        #expect(d.detect("Le Monde reported 3,000 dead.") == "en")
        // An English article quoting a French official at length is still English.
        let seeds = repositoryRoot.appendingPathComponent("seeds")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted().first { $0.hasSuffix(".txt") })
        let seed = try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
        #expect(d.detect(seed + "\n« Le gouvernement a dit que la situation est grave », a-t-il dit.") == "en")
        // North Korea stories carry Korean names in Hangul now and then: still English.
        #expect(d.detect(seed + " (김정은, 조선중앙통신)") == "en")
    }

    @Test func numbersWithTheLanguagesSeparatorsAndScales() {
        func values(_ text: String, _ lang: String) -> [Double?] { figures(text, lang).map { $0.value ?? $0.low } }
        #expect(values("une aide de 1,8 milliard de dollars", "fr") == [1_800_000_000])
        #expect(figures("une aide de 1,8 milliard de dollars", "fr").first?.currency == "USD")
        #expect(values("2,5 Millionen Euro", "de") == [2_500_000])
        #expect(figures("2,5 Millionen Euro", "de").first?.currency == "EUR")
        #expect(values("mit 1.200 Teilnehmern", "de") == [1200])
        #expect(values("plus de 4 335 morts", "fr") == [4335])
        #expect(values("1.800 millones de dólares", "es") == [1_800_000_000])
        #expect(values("3 mil millones", "es") == [3_000_000_000])
        #expect(values("1,8 миллиарда рублей", "ru") == [1_800_000_000])
        #expect(values("1,8 bilhão de dólares", "pt") == [1_800_000_000])
        #expect(values("1,8 miliardi di euro", "it") == [1_800_000_000])
        #expect(values("12,5 Prozent", "de") == [12.5])
        #expect(figures("12,5 Prozent", "de").first?.kind == .percent)
        #expect(values("1.200.000,50 Euro", "de") == [1_200_000.5])
        // The French billion is a million million.
        #expect(values("1 billion d'euros", "fr") == [1e12])
    }

    @Test func myriadUnitsInKoreanAndChinese() {
        #expect(figures("1억 2천만 원을 지원", "ko").first?.value == 120_000_000)
        #expect(figures("1억 2천만 원을 지원", "ko").first?.currency == "KRW")
        #expect(figures("3조5000억 원", "ko").first?.value == 3_500_000_000_000)
        #expect(figures("55만 명이 대피", "ko").first?.value == 550_000)
        #expect(figures("撥款55萬元", "zh").first?.value == 550_000)
        #expect(figures("撥款55萬元", "zh").first?.currency == "CNY")
        #expect(figures("約有1200人失蹤", "zh").first?.value == 1200)
    }

    @Test func everyShippedLanguageBuildsItsLexicon() {
        let packs = LanguagePacks.standard
        for code in packs.packs.keys where code != "en" {
            #expect(packs.lexicon(for: code) != nil, "\(code)")
        }
        #expect(packs.lexicon(for: "en") == nil && packs.lexicon(for: "xx") == nil)
        #expect(LanguageDetector().detect("東京都は3億5千万円の予算を組み、約1200人が参加したと発表した。これは昨年の2倍です。") == "ja")
        #expect(figures("3億5千万円の予算", "ja").first?.value == 350_000_000)
        #expect(figures("3億5千万円の予算", "ja").first?.currency == "JPY")
        #expect(LanguageCode.normalized("fr-FR") == "fr" && LanguageCode.normalized("Deutsch") == "de" && LanguageCode.normalized("12") == nil)
    }

    @Test func hedgesAndDatesInTheLanguage() {
        let fr = FigureExtractor().figures(in: "près de 10 000 disparus depuis le 3 mars 2024", language: "fr")
        #expect(fr.first?.approx == true && fr.first?.value == 10_000)
        #expect(fr.contains { $0.kind == .date && $0.text == "3 mars 2024" })
        let de = FigureExtractor().figures(in: "mehr als 1.200 Menschen am 3. März 2024", language: "de")
        #expect(de.first?.low == 1200 && de.first?.high == nil)
        #expect(de.contains { $0.kind == .date && $0.text.hasPrefix("3. März") })
        #expect(!de.contains { $0.kind.isQuantity && $0.value == 3 })
    }

    @Test func englishReadingIsUnchanged() {
        let e = FigureExtractor()
        for text in ["1,800 troops", "1.5 million", "3,000 and 4,335", "$1.8 billion", "55만 명"] {
            #expect(e.figures(in: text, language: "en") == e.figures(in: text))
            #expect(e.figures(in: text, language: nil) == e.figures(in: text))
            #expect(e.figures(in: text, language: "xx") == e.figures(in: text))   // no pack: English
        }
        #expect(e.figures(in: "1,8 milliard").map(\.value) != figures("1,8 milliard", "fr").map(\.value))
    }

    @Test func aStatedLanguageWinsOverTheTextsAndIsNormalised() throws {
        let dir = try temporaryFolder()
        try Data("<html lang=\"fr-FR\"><body><article><p>\(Self.german)</p></article></body></html>".utf8).write(to: dir.appendingPathComponent("page.html"))
        try Data("---\ntitle: Note\nlanguage: German\n---\n\(Self.french)\n".utf8).write(to: dir.appendingPathComponent("note.md"))
        try Data(Self.french.utf8).write(to: dir.appendingPathComponent("plain.txt"))
        try Data(Self.french.utf8).write(to: dir.appendingPathComponent("stated.txt"))
        try Data(#"{"stated": {"lang": "it"}}"#.utf8).write(to: dir.appendingPathComponent("metadata.json"))
        let articles = try CorpusLoader().load([dir.path]).articles
        let byID = Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0.metadata.language) })
        #expect(byID["page"] == "fr")
        #expect(byID["note"] == "de")
        #expect(byID["plain"] == "fr")
        #expect(byID["stated"] == "it")
    }

    @Test func jsonAndTheTextListingMarkTheLanguage() throws {
        let dir = try temporaryFolder()
        try Data(Self.french.utf8).write(to: dir.appendingPathComponent("fr.txt"))
        let articles = try CorpusLoader().load([dir.path]).articles
        let figures = articles.map { FigureExtractor().figures(in: $0.text, language: $0.metadata.language) }
        let json = FiguresReport.json(articles, figures: figures)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let first = (object?["articles"] as? [[String: Any]])?.first
        #expect(first?["language"] as? String == "fr")
        #expect(FiguresReport.text(articles, figures: figures).contains("[fr]"))
    }
}
