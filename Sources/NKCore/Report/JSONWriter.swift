/// A small streaming JSON writer: exact control of number formatting and key order, no reflection.
public struct JSONWriter {
    /// The document so far as UTF-8: appending bytes costs a fraction of growing a `String`.
    private var bytes: [UInt8] = []
    public var output: String { String(decoding: bytes, as: UTF8.self) }
    private var needsComma: [Bool] = [false]
    private let indentUnit: String
    private var depth = 0
    /// "\n" and the indentation for each depth, built once.
    private var newlines: [[UInt8]] = []

    /// Receives the document in pieces as it grows, so a large report is never held whole.
    private let sink: ((String) -> Void)?

    public init(pretty: Bool = true, sink: ((String) -> Void)? = nil) {
        indentUnit = pretty ? "  " : ""
        self.sink = sink
        bytes.reserveCapacity(1 << 16 + 4096)
    }

    private var pretty: Bool { !indentUnit.isEmpty }

    private mutating func newline() {
        while newlines.count <= depth { newlines.append(Array(("\n" + String(repeating: indentUnit, count: newlines.count)).utf8)) }
        bytes.append(contentsOf: newlines[depth])
    }

    private mutating func separator() {
        if let sink, bytes.count >= 1 << 16 {
            sink(output)
            bytes.removeAll(keepingCapacity: true)
        }
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        if depth > 0 && pretty { newline() }
        needsComma[needsComma.count - 1] = true
    }

    public mutating func beginObject(_ key: String? = nil) { open(key, UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray(_ key: String? = nil) { open(key, UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func open(_ key: String?, _ bracket: UInt8) {
        self.key(key)
        bytes.append(bracket)
        depth += 1
        needsComma.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        let hadItems = needsComma.removeLast()
        depth -= 1
        if hadItems && pretty { newline() }
        bytes.append(bracket)
    }

    private mutating func key(_ key: String?) {
        separator()
        guard let key else { return }
        JSONWriter.quote(key, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
    }

    private mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    public mutating func string(_ key: String?, _ value: String?) {
        self.key(key)
        if let value { JSONWriter.quote(value, into: &bytes) } else { raw("null") }
    }

    public mutating func number(_ key: String?, _ value: Double?) {
        self.key(key)
        raw(value.map(JSONWriter.format) ?? "null")
    }

    public mutating func int(_ key: String?, _ value: Int) {
        self.key(key)
        raw(String(value))
    }

    public mutating func bool(_ key: String?, _ value: Bool) {
        self.key(key)
        raw(value ? "true" : "false")
    }

    /// Integers print without a fraction; non-finite values, which JSON cannot hold, print as null.
    public static func format(_ v: Double) -> String {
        guard v.isFinite else { return "null" }
        if v == v.rounded() && abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }

    /// Quotes, backslashes, control characters and U+2028/U+2029 (E2 80 A8/A9) need escaping.
    static func needsEscaping(_ s: String) -> Bool {
        var copy = s
        return copy.withUTF8(needsEscaping)
    }

    private static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for b in bytes {
            if b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F { return true }
            if beforePrevious == 0xE2 && previous == 0x80 && (b == 0xA8 || b == 0xA9) { return true }
            beforePrevious = previous
            previous = b
        }
        return false
    }

    public static func quote(_ s: String) -> String {
        var out: [UInt8] = []
        quote(s, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `s` as a JSON string, appended to `out`.
    static func quote(_ s: String, into out: inout [UInt8]) {
        var s = s   // shares storage; `withUTF8` copies only a non-contiguous string
        s.withUTF8 { quote($0, into: &out) }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private static func quote(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.append(0x22)
        defer { out.append(0x22) }
        if !needsEscaping(bytes) { out.append(contentsOf: bytes); return }
        // Escapes written on UTF-8 bytes: quotes, backslashes, control characters, and the two
        // line separators (E2 80 A8/A9) that JavaScript does not accept in a string.
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0x00..<0x20, 0x7F: out += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                out += Array("\\u202".utf8) + [bytes[i + 2] == 0xA8 ? 0x38 : 0x39]
                i += 2
            default: out.append(b)
            }
            i += 1
        }
    }
}
