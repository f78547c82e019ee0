import Foundation
import Testing
@testable import NKCore

/// Numbers other languages write in words: an article or a bare "thousand" for one, a number of
/// hundreds or thousands in one word, teens and tens; each with the language's scale words.
struct LanguageNumberWordsTests {
    func quantities(_ text: String, _ language: String) -> [(text: String, value: Double?, currency: String?)] {
        FigureExtractor().figures(in: text, language: language).filter { $0.kind.isQuantity }.map { ($0.text, $0.value ?? $0.low, $0.currency) }
    }

    func values(_ text: String, _ language: String) -> [Double?] { quantities(text, language).map(\.value) }

    @Test func anArticleCountsAsOneBeforeAScale() {
        #expect(values("le gouvernement a promis un milliard de dollars", "fr") == [1e9])
        #expect(quantities("le gouvernement a promis un milliard de dollars", "fr").first?.currency == "USD")
        #expect(values("Un million d'euros pour la ville", "fr") == [1e6])
        #expect(values("el gobierno anunció un millón de dólares", "es") == [1e6])
        #expect(values("il governo ha stanziato un miliardo di euro", "it") == [1e9])
        #expect(values("o governo liberou um milhão de reais", "pt") == [1e6])
        #expect(values("Die Regierung hat eine Milliarde Euro zugesagt", "de") == [1e9])
        #expect(values("von einer Million Euro", "de") == [1e6])
        // The article alone is no number: "une aide", "un aiuto", "eine Hilfe".
        #expect(values("une aide de la ville et un soutien de l'État", "fr").isEmpty)
        #expect(values("un aiuto e una promessa", "it").isEmpty)
        #expect(values("eine Hilfe und ein Versprechen", "de").isEmpty)
    }

    @Test func aBareThousandIsOneThousandWhereTheLanguageWritesItSo() {
        #expect(values("mil personas fueron evacuadas", "es") == [1000])
        #expect(values("más de mil millones de dólares", "es") == [1e9])
        #expect(values("mille personnes ont été évacuées", "fr") == [1000])
        #expect(values("mille persone sono state evacuate", "it") == [1000])
        #expect(values("mil pessoas foram retiradas", "pt") == [1000])
        #expect(values("tausend Menschen wurden evakuiert", "de") == [1000])
        #expect(values("тысяча человек была эвакуирована", "ru") == [1000])
        #expect(quantities("выделило миллион рублей", "ru").map(\.value) == [1e6])
        #expect(quantities("выделило миллион рублей", "ru").first?.currency == "RUB")
        // English keeps its rule: a bare "thousand" is not read as 1000.
        #expect(FigureExtractor().figures(in: "thousand people", language: "en").filter { $0.kind.isQuantity }.isEmpty)
    }

    @Test func hundredsAndThousandsInOneWord() {
        #expect(values("trescientas casas fueron destruidas", "es") == [300])
        #expect(values("quinientos cincuenta soldados", "es") == [550])
        #expect(values("trezentas casas foram destruídas", "pt") == [300])
        #expect(values("двести человек погибли", "ru") == [200])
        #expect(values("триста тысяч рублей", "ru") == [300_000])
        #expect(values("zweihundert Menschen", "de") == [200])
        #expect(values("zweitausend Soldaten", "de") == [2000])
        #expect(values("duemila soldati", "it") == [2000])
        #expect(values("sesenta heridos", "es") == [60])
        #expect(values("neunzig Verletzte", "de") == [90])
    }

    @Test func currenciesAfterScaleAbbreviations() {
        #expect(quantities("Die Kosten: 1,8 Mrd. Euro.", "de").map(\.currency) == ["EUR"])
        #expect(values("Die Kosten: 1,8 Mrd. Euro.", "de") == [1.8e9])
        #expect(quantities("rund 300 Mio. US-Dollar", "de").first?.currency == "USD")
        #expect(quantities("ущерб 2,5 млн. долл.", "ru").first?.currency == "USD")
        // A sentence that ends after the scale: the next sentence is no currency.
        #expect(quantities("Die Kosten betragen 1,8 Mrd. Die Regierung zahlt.", "de").map(\.currency) == [nil])
        #expect(quantities("Die Kosten betragen 1,8 Milliarden. Euro-Länder zahlen.", "de").map(\.currency) == [nil])
        #expect(FigureExtractor().figures(in: "The fund reached 5 million. Dollars flowed in.").first?.currency == nil)
        #expect(quantities("un apoyo de 300 mdd", "es").map(\.value) == [3e8])
        #expect(quantities("un apoyo de 300 mdd", "es").first?.currency == "USD")
        #expect(quantities("지원금은 5천억 원이다.", "ko").first?.currency == "KRW")
    }

    @Test func russianDoAfterAChangeIsNoUpperBound() throws {
        // "выросло до 4 335": "rose to", not "up to"; "вплоть до" is "up to".
        let rose = try #require(FigureExtractor().figures(in: "число погибших выросло до 4 335", language: "ru").first)
        #expect(rose.value == 4335 && rose.low == 4335 && rose.high == 4335)
        let upTo = try #require(FigureExtractor().figures(in: "вплоть до 500 человек", language: "ru").first)
        #expect(upTo.low == nil && upTo.high == 500)
    }
}
