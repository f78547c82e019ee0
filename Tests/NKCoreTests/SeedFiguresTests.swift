import Testing
@testable import NKCore

/// Every figure in the five bundled articles, read by hand and written down.
struct SeedFiguresTests {
    static let expected: [String: [String]] = [
        "000_1d8e4aedfe15d0c4": [
            "Feb 11|date|-|-",
            "4 min read|duration|-|-",
            "two|number|2|2",
            "11,000|number|11000|11000",
            "around 300|number|300|300|~",
            "approximately 2,700|number|2700|2700|~",
            "as many as 50%|percent|-|50",
            "2025|year|-|-",
        ],
        "001_390d43d41a65c7c3": [
            "as many as 10,000|number|-|10000",
            "about 3,000|number|3000|3000|~",
            "11th|ordinal|-|-",
            "first|ordinal|-|-",
            "8th|ordinal|-|-",
            "First|ordinal|-|-",
            "between $750 million and $1.1 billion|money|750000000|1100000000|USD",
            "approximately 1.0382 trillion to 1.5227 trillion KRW|money|1038200000000|1522700000000|KRW|~",
            "KN-23|other|-|-",
            "first|ordinal|-|-",
            "1990s|year|-|-",
            "2000s|year|-|-",
            "18|number|18|18",
        ],
        "002_7dff7329b4c065b9": [
            "davidgooo8|other|-|-",
            "2025년 12월 4일|date|-|-",
            "4분|duration|-|-",
            "roughly 20 percent|percent|20|20|~",
            "averaging around $2,000|money|2000|2000|USD|~",
            "more than 50 percent|percent|50|-",
            "2026|year|-|-",
            "1990s|year|-|-",
        ],
        "003_d2edff3eb320cc46": [
            "00:00|time|-|-",
            "00:00|time|-|-",
            "6,000|number|6000|6000",
            "25-30,000|number|25000|30000",
            "first|ordinal|-|-",
            "1,000|number|1000|1000",
            "5,000|number|5000|5000",
            "25,000-30,000|number|25000|30000",
            "about 10,000-15,000|number|10000|15000|~",
            "first|ordinal|-|-",
            "one|number|1|1",
            "June 18|date|-|-",
            "first|ordinal|-|-",
            "2000|year|-|-",
            "first|ordinal|-|-",
            "first|ordinal|-|-",
            "two|number|2|2",
            "first|ordinal|-|-",
            "second|ordinal|-|-",
            "2025|year|-|-",
        ],
        "004_6214744c4b91ee6c": [
            "thousands|number|2000|9999|~",
            "12,000|number|12000|12000",
            "an estimated 3,000|number|3000|3000|~",
            "one|number|1|1",
            "30|number|30|30",
            "three|number|3|3",
        ],
    ]

    @Test(arguments: Array(expected.keys).sorted())
    func pinsEveryFigure(id: String) throws {
        let text = try seedText(id)
        #expect(figures(text).map(summary) == SeedFiguresTests.expected[id])
    }

    @Test(arguments: Array(expected.keys).sorted())
    func spansSliceTheirText(id: String) throws {
        let text = try seedText(id)
        let scalars = Array(text.unicodeScalars)
        for f in figures(text) {
            #expect(String(String.UnicodeScalarView(scalars[f.start..<f.end])) == f.text)
        }
    }

    @Test func deploymentFiguresOfTheSeeds() throws {
        // The numbers the product exists for: who said how many troops.
        let nis = try quantities(seedText("000_1d8e4aedfe15d0c4"))
        #expect(nis.map(\.text) == ["two", "11,000", "around 300", "approximately 2,700", "as many as 50%"])
        let hook = try quantities(seedText("003_d2edff3eb320cc46"))
        #expect(hook.filter { $0.isRange }.map { [$0.low!, $0.high!] } == [[25000, 30000], [25000, 30000], [10000, 15000]])
    }
}
