import Foundation
@testable import NKCore

let extractor = FigureExtractor()

func figures(_ text: String) -> [Figure] { extractor.figures(in: text) }

/// The figures of `text` that are quantities.
func quantities(_ text: String) -> [Figure] { figures(text).filter { $0.kind.isQuantity } }

/// The single figure in `text`; nil when there is not exactly one.
func only(_ text: String) -> Figure? {
    let f = figures(text)
    return f.count == 1 ? f[0] : nil
}

/// The repository's own folder, found from this file's path, so tests never depend on `../shared`.
let repositoryRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func seedText(_ id: String) throws -> String {
    try String(contentsOf: repositoryRoot.appendingPathComponent("seeds/\(id).txt"), encoding: .utf8)
}

/// A compact rendering of a figure for whole-list assertions: text|kind|low|high.
func summary(_ f: Figure) -> String {
    func n(_ v: Double?) -> String { v.map { JSONWriter.format($0) } ?? "-" }
    return "\(f.text)|\(f.kind.rawValue)|\(n(f.low))|\(n(f.high))" + (f.currency.map { "|\($0)" } ?? "") + (f.approx ? "|~" : "")
}
