import Foundation

/// Input shapes that once cost more than linear time or memory (issue 10), each run through the
/// release `nkreader` at two sizes. A linear stage doubles: the ratio is what to read, not the
/// seconds, on a shared machine.
enum HostileShapes {
    struct Shape {
        var name: String
        var command: String
        /// The input at a size parameter; the second run doubles it.
        var make: (Int) -> String
        var size: Int
    }

    static func shapes(prose: String) -> [Shape] {
        let oneLine = prose.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let noStop = oneLine.filter { $0 != "." && $0 != "!" && $0 != "?" }
        var random = SplitMix(seed: 7)
        return [
            Shape(name: "one line of article text", command: "claims", make: { repeated(oneLine, bytes: $0) }, size: 1 << 20),
            Shape(name: "one sentence, no full stop", command: "conflicts", make: { repeated(noStop, bytes: $0) }, size: 100 << 10),
            Shape(name: "12,34,34,… pairs", command: "figures", make: { "12" + String(repeating: ",34", count: $0) }, size: 50_000),
            Shape(name: "random digits and commas", command: "conflicts", make: { n in
                String((0..<n).map { _ in Character(Unicode.Scalar(UInt8(random.next() % 11 == 10 ? 0x2C : 0x30 + random.next() % 10))) })
            }, size: 2 << 20),
            Shape(name: "about about 5 troops …, no full stop", command: "conflicts",
                  make: { repeated("about about 5 troops ", bytes: $0) }, size: 256 << 10),
            Shape(name: "between 1 and 2 and 3 …", command: "conflicts", make: { n in
                var s = "between 1"
                var k = 2
                while s.utf8.count < n { s += " and \(k)"; k += 1 }
                return s
            }, size: 128 << 10),
            Shape(name: "articles in one file", command: "conflicts", make: { repeated(prose + "\n\n", bytes: $0) }, size: 20 << 20),
        ]
    }

    static func run(binary: String, prose: String, folder: URL) {
        print("\nhostile shapes: time at N and 2N, ratio (2.0 is linear), peak memory at 2N")
        for shape in shapes(prose: prose) {
            var times: [Double] = []
            var peak = 0
            for size in [shape.size, shape.size * 2] {
                let file = folder.appendingPathComponent("shape.txt")
                try? shape.make(size).write(to: file, atomically: false, encoding: .utf8)
                let (seconds, bytes) = ChildProcess.run(binary, [shape.command, file.path])
                times.append(seconds)
                peak = bytes
            }
            report("shape: \(shape.name), \(shape.command)",
                   String(format: "%.2f / %.2f s  ×%.2f  %.0f MB", times[0], times[1], times[1] / max(times[0], 1e-6), megabytes(peak)))
        }
    }

    /// `text` repeated and cut to `bytes` bytes, on a scalar boundary.
    static func repeated(_ text: String, bytes: Int) -> String {
        let unit = text.utf8.count
        guard unit > 0 else { return "" }
        let whole = String(repeating: text, count: bytes / unit + 1)
        var cut = bytes
        let utf8 = Array(whole.utf8)
        while cut > 0 && utf8[cut] & 0xC0 == 0x80 { cut -= 1 }
        return String(decoding: utf8[..<cut], as: UTF8.self)
    }
}

/// A small deterministic generator, so every bench run feeds the same bytes.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt8 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return UInt8(truncatingIfNeeded: (z ^ (z >> 31)) >> 24)
    }
}
