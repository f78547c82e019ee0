/// A quantity figure read as a statement: what it measures, who says it, when.
public struct Claim: Sendable, Equatable {
    public var article: String
    public var figure: Figure
    /// The measure's parts: thing, event, place, time, group, rate.
    public var frame: MeasureFrame
    /// The measure in words: "troops deployed", "additional troops", "people killed in Derna";
    /// "(unmeasured)" when the text says too little to compare it under any measure.
    public var measure: String { correctedMeasure ?? (isUnmeasured ? MeasureFrame.unmeasured : frame.description) }
    /// The measure a reviewer gave the claim (see `Corrections`), over what the text was read as.
    public var correctedMeasure: String?
    /// Who says it, as the text names them; nil when the text gives no one.
    public var source: String?
    /// The article's date (ISO 8601, as precise as known).
    public var date: String?
    public var sentence: String
    /// An order of magnitude ("thousands of") rather than a figure: never a contradiction.
    public var isVague: Bool
    /// No counted noun or event was found: listed, never compared.
    public var isUnmeasured: Bool
    /// A row of a dated table ("- July 21: 430,000 / 138,000"): its day comes from the row.
    var isTableRow = false
    /// The figure stands in the article's title, where a bare figure asks about one its body measures.
    var isHeadline = false
    /// The start of the figure of the same article this one took its measure from, if any.
    var measuredLike: Int?
    /// The start of the figure before this one in a list of alternatives ("1,500, 2,000 or 3,000").
    var alternativeTo: Int?

    /// Claims compare only within one key: same measure, same kind, same currency.
    public var key: String {
        [measure, figure.kind.rawValue, figure.currency ?? "", figure.unit ?? ""].joined(separator: "|")
    }

    /// A claim a reviewer gave a measure is compared under it, whatever the text said.
    public var isComparable: Bool { !isVague && (!isUnmeasured || correctedMeasure != nil) }
}

extension Claim {
    /// Takes the measure another claim of the story gives the same figure.
    mutating func takeMeasure(of donor: Claim) {
        frame = donor.frame
        isUnmeasured = false
    }
}
