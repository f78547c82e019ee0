import Foundation
import Testing
@testable import NKCore

/// The `figures` text listing: what each figure's last column says.
struct FiguresListingTests {
    @Test func aYearIsListedAsWrittenNotAsAnAmount() {
        let text = "Rainfall reached 414 millimetres, the heaviest since 1979, and 2,011 homes flooded.\n"
        let figures = FigureExtractor().figures(in: text)
        let year = try? #require(figures.first { $0.kind == .year })
        #expect(year.map(Bounds.describe) == "1979")
        // An amount keeps its grouping.
        #expect(figures.first { $0.text == "2,011" }.map(Bounds.describe) == "2,011")
        let listing = FiguresReport.text([Article(id: "a", path: "a.txt", text: text)], figures: [figures])
        #expect(listing.contains("year\t1979\n"))
        #expect(!listing.contains("1,979"))
    }
}
