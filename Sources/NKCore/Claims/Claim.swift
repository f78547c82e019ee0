/// A quantity figure read as a statement: what it measures, who says it, when.
///
/// The fields live in one shared, copy-on-write box. Why: the story-wide passes, the conflict
/// finder and the reports copy claims by the million, and a claim holds some seventeen strings;
/// copying the box costs one retain, copying the strings one each. A claim is still a value:
/// a change to a shared box copies it first.
public struct Claim: Sendable, Equatable {
    private struct Fields: Equatable {
        var article: String
        var figure: Figure
        var frame: MeasureFrame
        var correctedMeasure: String?
        var source: String?
        var date: String?
        var sentence: String
        var isVague: Bool
        var isUnmeasured: Bool
        var isTableRow: Bool
        var isHeadline: Bool
        var measuredLike: Int?
        var alternativeTo: Int?
    }

    /// Never changed while shared (see `unique`), so it may cross threads.
    private final class Box: @unchecked Sendable {
        // A box is only written through `unique`, by the one value that holds it.
        @exclusivity(unchecked) var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    /// The box, copied first if another claim shares it.
    private var unique: Box {
        mutating get {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            return box
        }
    }

    init(article: String, figure: Figure, frame: MeasureFrame, correctedMeasure: String? = nil, source: String?,
         date: String?, sentence: String, isVague: Bool, isUnmeasured: Bool, isTableRow: Bool = false, isHeadline: Bool = false,
         measuredLike: Int? = nil, alternativeTo: Int? = nil) {
        box = Box(Fields(article: article, figure: figure, frame: frame, correctedMeasure: correctedMeasure, source: source,
                         date: date, sentence: sentence, isVague: isVague, isUnmeasured: isUnmeasured,
                         isTableRow: isTableRow, isHeadline: isHeadline, measuredLike: measuredLike, alternativeTo: alternativeTo))
    }

    public static func == (a: Claim, b: Claim) -> Bool { a.box === b.box || a.box.fields == b.box.fields }

    public var article: String {
        _read { yield box.fields.article }
        _modify { let b = unique; yield &b.fields.article }
    }
    public var figure: Figure {
        _read { yield box.fields.figure }
        _modify { let b = unique; yield &b.fields.figure }
    }
    /// The measure's parts: thing, event, place, time, group, rate.
    public var frame: MeasureFrame {
        _read { yield box.fields.frame }
        _modify { let b = unique; yield &b.fields.frame }
    }
    /// The measure in words: "troops deployed", "additional troops", "people killed in Derna";
    /// "(unmeasured)" when the text says too little to compare it under any measure.
    public var measure: String { correctedMeasure ?? (isUnmeasured ? MeasureFrame.unmeasured : frame.description) }
    /// The measure a reviewer gave the claim (see `Corrections`), over what the text was read as.
    public var correctedMeasure: String? {
        _read { yield box.fields.correctedMeasure }
        _modify { let b = unique; yield &b.fields.correctedMeasure }
    }
    /// Who says it, as the text names them; nil when the text gives no one.
    public var source: String? {
        _read { yield box.fields.source }
        _modify { let b = unique; yield &b.fields.source }
    }
    /// The article's date (ISO 8601, as precise as known).
    public var date: String? {
        _read { yield box.fields.date }
        _modify { let b = unique; yield &b.fields.date }
    }
    public var sentence: String {
        _read { yield box.fields.sentence }
        _modify { let b = unique; yield &b.fields.sentence }
    }
    /// An order of magnitude ("thousands of") rather than a figure: never a contradiction.
    public var isVague: Bool {
        _read { yield box.fields.isVague }
        _modify { let b = unique; yield &b.fields.isVague }
    }
    /// No counted noun or event was found: listed, never compared.
    public var isUnmeasured: Bool {
        _read { yield box.fields.isUnmeasured }
        _modify { let b = unique; yield &b.fields.isUnmeasured }
    }
    /// A row of a dated table ("- July 21: 430,000 / 138,000"): its day comes from the row.
    var isTableRow: Bool {
        _read { yield box.fields.isTableRow }
        _modify { let b = unique; yield &b.fields.isTableRow }
    }
    /// The figure stands in the article's title, where a bare figure asks about one its body measures.
    var isHeadline: Bool {
        _read { yield box.fields.isHeadline }
        _modify { let b = unique; yield &b.fields.isHeadline }
    }
    /// The start of the figure of the same article this one took its measure from, if any.
    var measuredLike: Int? {
        _read { yield box.fields.measuredLike }
        _modify { let b = unique; yield &b.fields.measuredLike }
    }
    /// The start of the figure before this one in a list of alternatives ("1,500, 2,000 or 3,000").
    var alternativeTo: Int? {
        _read { yield box.fields.alternativeTo }
        _modify { let b = unique; yield &b.fields.alternativeTo }
    }

    /// Claims compare only within one key: same measure, same kind, same currency.
    public var key: String {
        [measure, figure.kind.rawValue, figure.currency ?? "", figure.unit ?? ""].joined(separator: "|")
    }

    /// A plain count of things: no money, share, unit or age, which count no thing a story
    /// could lend them.
    var isPlainCount: Bool {
        figure.kind == .number && figure.currency == nil && figure.unit == nil && !frame.isShare && !frame.isAge
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
