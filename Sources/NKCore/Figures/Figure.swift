/// One figure found in a text: its span, what kind of thing it is, and the bounds it states.
public struct Figure: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case number, percent, money
        case ordinal, year, date, time, duration, other

        /// Counts, shares and amounts: the figures claims are made of.
        public var isQuantity: Bool { self == .number || self == .percent || self == .money }
    }

    public var kind: Kind
    /// Span in Unicode scalars of the decoded text, end exclusive.
    public var start: Int
    public var end: Int
    /// The same span in UTF-8 bytes.
    public var utf8Start: Int
    public var utf8End: Int
    public var text: String
    /// The number as written with its scale applied; nil for a range.
    public var value: Double?
    public var low: Double?
    public var high: Double?
    public var approx: Bool
    /// The hedge as written in lower case ("as many as", "between"), if any.
    public var qualifier: String?
    /// ISO 4217 code for money.
    public var currency: String?
    /// A unit that changes what the value counts: "cents", "percentage points".
    public var unit: String?
    /// An order of magnitude ("thousands of", "several hundred") rather than a stated number.
    public var isVague = false

    public init(kind: Kind, start: Int = 0, end: Int = 0, utf8Start: Int, utf8End: Int, text: String,
                value: Double?, low: Double?, high: Double?, approx: Bool = false,
                qualifier: String? = nil, currency: String? = nil, unit: String? = nil) {
        self.kind = kind
        self.start = start
        self.end = end
        self.utf8Start = utf8Start
        self.utf8End = utf8End
        self.text = text
        self.value = value
        self.low = low
        self.high = high
        self.approx = approx
        self.qualifier = qualifier
        self.currency = currency
        self.unit = unit
    }

    public var isRange: Bool { value == nil && (low != nil || high != nil) }
}
