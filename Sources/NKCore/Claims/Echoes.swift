/// A figure repeated to the digit is the same quantity: "none of them is 11,300" speaks of the
/// 11,300 dead another sentence measured. An unmeasured claim whose exact value is distinctive
/// (three significant digits or more: 11,300, 3,252, not 10,000), or that has the same day, and
/// which every claim of that value with an event puts under one measure takes that measure for
/// comparison (a capacity lends as an event does). A bare figure in an article's title takes the
/// measure its body gives that value.
enum Echoes {
    static func resolve(_ claims: [Claim]) -> [Claim] {
        // Two measures for one value: ambiguous, so no one inherits.
        var donors = Unanimous<ValueKey, Claim> { $0.key == $1.key }
        // Only a measure with an event says enough to lend ("came" in "where 11,300 came from" does
        // not), or a capacity ("held 22.5 million cubic metres").
        for c in claims where c.isComparable && (c.frame.event != nil || c.frame.group == MeasureFrame.capacity) {
            for key in keys(c) + (c.isHeadline ? [] : [titleKey(c)].compactMap { $0 }) { donors.record(c, under: key) }
        }
        let measured = donors.isEmpty ? claims : claims.map { c in
            guard !c.isVague else { return c }
            if c.isHeadline, let key = titleKey(c), let donor = donors[key], c.isUnmeasured || abbreviates(c.frame, donor.frame) {
                var echoed = c
                echoed.takeMeasure(of: donor)
                return echoed
            }
            guard c.isUnmeasured, let donor = keys(c).lazy.compactMap({ donors[$0] }).first else { return c }
            var echoed = c
            echoed.takeMeasure(of: donor)
            return echoed
        }
        return tabled(placed(attributed(measured)))
    }

    /// "Blinken's 10,000 was a subset …": a figure credited to a source who gave that same value
    /// earlier in the article repeats that source's claim, whatever its digits.
    private static func attributed(_ claims: [Claim]) -> [Claim] {
        var said = SourcedValues()
        for c in claims where c.isComparable && c.source != nil {
            guard let v = c.figure.value ?? c.figure.low ?? c.figure.high else { continue }
            said.record(c, under: SourcedValues.Value(article: c.article, value: v, kind: c.figure.kind))
        }
        guard !said.isEmpty else { return claims }
        return claims.map { c in
            guard c.isUnmeasured, !c.isVague, let source = c.source?.lowercased(),
                  let v = c.figure.value ?? c.figure.low ?? c.figure.high else { return c }
            // One measure among the claims of that source and value, or the repeat is ambiguous.
            guard let donor = said.donor(under: SourcedValues.Value(article: c.article, value: v, kind: c.figure.kind),
                                         source: source, currency: c.figure.currency),
                  // "more than 900 people" repeats no "900 rubber bullets": a thing named differs.
                  c.frame.thing == nil || c.frame.thingImplied || c.frame.thing == donor.frame.thing else { return c }
            var echoed = c
            echoed.takeMeasure(of: donor)
            return echoed
        }
    }

    /// "- June 16: 2 million / 338,000 … - July 21: 430,000 / 138,000": the rows of a dated table
    /// give one quantity day by day. When the rows that repeat a measured figure all name one
    /// thing and event, the table's other rows count the same, each on its own day.
    private static func tabled(_ claims: [Claim]) -> [Claim] {
        var measures = Unanimous<String, MeasureFrame>()
        for c in claims where c.isTableRow && c.isComparable && c.frame.event != nil {
            measures.record(MeasureFrame(thing: c.frame.thing, event: c.frame.event, place: c.frame.place, group: c.frame.group), under: c.article)
        }
        guard !measures.isEmpty else { return claims }
        return claims.map { c in
            guard c.isTableRow, c.isUnmeasured, !c.isVague, c.frame.thing == nil, c.frame.event == nil,
                  let kind = measures[c.article] else { return c }
            var row = c
            row.frame.thing = kind.thing
            row.frame.event = kind.event
            row.frame.place = row.frame.place ?? kind.place
            row.frame.group = kind.group
            row.isUnmeasured = false
            return row
        }
    }

    /// "11,300 people died", with no place, repeats the 11,300 another report puts in Derna: the
    /// same count, so it holds in the same place. Taken only when every report of that value
    /// and measure that names a place names the same one.
    private static func placed(_ claims: [Claim]) -> [Claim] {
        func measureKeys(_ c: Claim) -> [MeasuredValue] {
            keys(c).map { MeasuredValue(value: $0, thing: c.frame.thing, event: c.frame.event) }
        }
        var places = Unanimous<MeasuredValue, String>()
        for c in claims where c.isComparable && c.frame.event != nil {
            guard let place = c.frame.place else { continue }
            for key in measureKeys(c) { places.record(place, under: key) }
        }
        guard !places.isEmpty else { return claims }
        let placed = claims.map { c in
            guard c.isComparable, c.frame.event != nil, c.frame.place == nil,
                  let place = measureKeys(c).lazy.compactMap({ places[$0] }).first else { return c }
            var echoed = c
            echoed.frame.place = place
            return echoed
        }
        // A figure measured like its neighbour ("10 000 and then 11 300 dead") holds where it does.
        var placeAt: [Spot: String] = [:]
        for c in placed where c.frame.place != nil { placeAt[Spot(article: c.article, start: c.figure.start)] = c.frame.place }
        return placed.map { c in
            guard c.frame.place == nil, let mate = c.measuredLike, let place = placeAt[Spot(article: c.article, start: mate)] else { return c }
            var echoed = c
            echoed.frame.place = place
            return echoed
        }
    }

    /// "Nearly 16,000 rounds of tear gas?" over a body that counts them "since June 9": a title
    /// names what its body counts in fewer words, and leaves out when and where.
    private static func abbreviates(_ title: MeasureFrame, _ body: MeasureFrame) -> Bool {
        title.thing == body.thing && title.event == body.event && title.group == body.group && title.isShare == body.isShare
            && title.place == nil && title.time == nil && title.year == nil && !title.isRunningTotal && title.rate == nil
            && title != body
    }

    /// In its own article's title, any value of three digits or more: "550,000 or 190,000?"
    /// asks about the 550,000 its body measures.
    /// "nearly 2 million" asks about "nearly 2 million": bounds and all must be the same.
    private static func titleKey(_ c: Claim) -> ValueKey? {
        let f = c.figure
        let bounds = [f.value, f.low, f.high]
        guard let v = f.value ?? f.high ?? f.low, v >= 100,
              bounds.allSatisfy({ $0.map { $0.isFinite && abs($0) < 1e15 } ?? true }) else { return nil }
        return ValueKey(value: f.value.map { Int64($0) }, low: f.low.map { Int64($0) }, high: f.high.map { Int64($0) },
                        kind: f.kind, currency: f.currency, unit: f.unit, titleOf: c.article)
    }

    /// The keys a claim is found under: its value, kind and currency when the value has three or
    /// more significant digits; and, whatever the value, the same with its day when it has one
    /// ("- June 16: 338,000" in a table repeats "338,000 at the June 16 march").
    private static func keys(_ c: Claim) -> [ValueKey] {
        let f = c.figure
        guard let v = f.value, f.low == v, f.high == v, v.isFinite, v >= 100, v < 1e15, Double(Int64(v)) == v else { return [] }
        let exact = Int64(v)
        let base = ValueKey(value: exact, low: exact, high: exact, kind: f.kind, currency: f.currency, unit: f.unit)
        var out: [ValueKey] = []
        if let day = c.frame.time {
            var onDay = base
            onDay.day = day
            out.append(onDay)
        }
        var significant = exact
        while significant % 10 == 0 { significant /= 10 }
        if significant >= 100 { out.append(base) }
        return out
    }

    /// A value as repeats are found under it: its bounds to the unit, kind, currency and unit;
    /// narrowed to a day, or to the title of one article.
    private struct ValueKey: Hashable {
        var value: Int64?
        var low: Int64?
        var high: Int64?
        var kind: Figure.Kind
        var currency: String?
        var unit: String?
        var day: String?
        var titleOf: String?
    }

    /// A value with what is counted and what befell it.
    private struct MeasuredValue: Hashable {
        var value: ValueKey
        var thing: String?
        var event: String?
    }

    /// A figure's place in its article.
    private struct Spot: Hashable {
        var article: String
        var start: Int
    }
}
