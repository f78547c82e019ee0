import NKCore

/// libFuzzer target: any bytes, decoded as the loader decodes a file, through the figure
/// extractor. A crash, an ASan report or a broken invariant below is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFigures(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let text = TextDecoding.decode(bytes).text
    let figures = FigureExtractor().figures(in: text)
    // The invariants RobustnessTests checks, so silent garbage is caught too, not just traps.
    let scalars = text.unicodeScalars.count
    var last = 0
    for f in figures {
        precondition(f.start >= last && f.start <= f.end && f.end <= scalars, "span out of order or out of text")
        last = f.end
        for v in [f.value, f.low, f.high].compactMap({ $0 }) { precondition(v.isFinite, "non-finite value") }
        if let l = f.low, let h = f.high { precondition(l <= h, "low above high") }
    }
    return 0
}
