import Testing
@testable import NKCore

/// A count over a stated stretch of time ("in the past three days", "in 24 hours") is that
/// stretch's count: never set against the whole toll.
struct CountedWindowTests {
    private func frame(_ text: String, _ figure: String) -> MeasureFrame? {
        claims([article("a", "Flood\n\n" + text, date: "2023-09-17")]).first { $0.figure.text == figure }?.frame
    }

    @Test func aStretchOfSeveralDaysIsTheCountsWindow() {
        let f = frame("The official said more than 450 bodies had been recovered from the seashore in the past three days.", "more than 450")
        #expect(f?.rate == "in the past three days")
        #expect(f?.time == "09-17")
        #expect(f?.event == "killed")
    }

    @Test func hoursInDigitsAreAWindowToo() {
        #expect(frame("Bayda recorded 414 mm of rain in 24 hours.", "414")?.rate == "in 24 hours")
    }

    @Test func recentDaysAreNoStretchOfCountedUnits() {
        #expect(frame("More than 450 bodies had been recovered in recent days.", "More than 450")?.rate == nil)
    }

    @Test func theWindowKeepsTheCountFromTheToll() {
        let a = article("a", "Flood\n\nMore than 450 people have died in the past three days, the minister said.", date: "2023-09-17")
        let b = article("b", "Flood\n\nThe minister said 3,800 people have died.", date: "2023-09-17")
        #expect(conflicts([a, b]).conflicts.isEmpty)
    }
}

/// A count over "the past 24 hours" is that day's; destroyed homes only grow.
struct DayWindowAndGrowthTests {
    @Test func theLastDaysCountsOfTwoDaysAreNoRivals() {
        let a = article("a", "Fire\n\nThe fire burned 7,000 acres in the past 24 hours, Ortiz said.", date: "2025-08-21")
        let b = article("b", "Fire\n\nThe fire burned 5,500 acres in the past 24 hours, officials said.", date: "2025-08-22")
        #expect(conflicts([a, b]).conflicts.isEmpty)
    }

    @Test func moreHomesDestroyedLaterIsAPossibleUpdate() {
        let a = article("a", "Fire\n\nThe fire has destroyed 40 homes, the county said.", date: "2025-08-21")
        let b = article("b", "Fire\n\nThe fire has destroyed 128 homes, CalFire said.", date: "2025-08-23")
        let found = conflicts([a, b]).conflicts
        #expect(found.count == 1)
        #expect(found.first?.kind == .possibleUpdate)
    }
}
