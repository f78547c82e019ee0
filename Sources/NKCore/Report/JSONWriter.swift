/// A small streaming JSON writer: exact control of number formatting and key order, no reflection.
public struct JSONWriter {
    public private(set) var output = ""
    private var needsComma: [Bool] = [false]
    private let indentUnit: String
    private var depth = 0

    /// Receives the document in pieces as it grows, so a large report is never held whole.
    private let sink: ((String) -> Void)?

    public init(pretty: Bool = true, sink: ((String) -> Void)? = nil) {
        indentUnit = pretty ? "  " : ""
        self.sink = sink
    }

    private var pretty: Bool { !indentUnit.isEmpty }

    private mutating func separator() {
        if let sink, output.utf8.count >= 1 << 16 {
            sink(output)
            output = ""
        }
        if needsComma[needsComma.count - 1] { output += "," }
        if depth > 0 && pretty { output += "\n" + String(repeating: indentUnit, count: depth) }
        needsComma[needsComma.count - 1] = true
    }

    public mutating func beginObject(_ key: String? = nil) { open(key, "{") }
    public mutating func endObject() { close("}") }
    public mutating func beginArray(_ key: String? = nil) { open(key, "[") }
    public mutating func endArray() { close("]") }

    private mutating func open(_ key: String?, _ bracket: String) {
        separator()
        if let key { output += JSONWriter.quote(key) + (pretty ? ": " : ":") }
        output += bracket
        depth += 1
        needsComma.append(false)
    }

    private mutating func close(_ bracket: String) {
        let hadItems = needsComma.removeLast()
        depth -= 1
        if hadItems && pretty { output += "\n" + String(repeating: indentUnit, count: depth) }
        output += bracket
    }

    private mutating func key(_ key: String?) {
        separator()
        if let key { output += JSONWriter.quote(key) + (pretty ? ": " : ":") }
    }

    public mutating func string(_ key: String?, _ value: String?) {
        self.key(key)
        output += value.map(JSONWriter.quote) ?? "null"
    }

    public mutating func number(_ key: String?, _ value: Double?) {
        self.key(key)
        output += value.map(JSONWriter.format) ?? "null"
    }

    public mutating func int(_ key: String?, _ value: Int) {
        self.key(key)
        output += String(value)
    }

    public mutating func bool(_ key: String?, _ value: Bool) {
        self.key(key)
        output += value ? "true" : "false"
    }

    /// Integers print without a fraction; non-finite values, which JSON cannot hold, print as null.
    public static func format(_ v: Double) -> String {
        guard v.isFinite else { return "null" }
        if v == v.rounded() && abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }

    public static func quote(_ s: String) -> String {
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 }) { return "\"" + s + "\"" }
        // Escapes written on UTF-8 bytes: quotes, backslashes, control characters, and the two
        // line separators (E2 80 A8/A9) that JavaScript does not accept in a string.
        var out: [UInt8] = [0x22]
        out.reserveCapacity(s.utf8.count + 8)
        let hex = Array("0123456789abcdef".utf8)
        let bytes = Array(s.utf8)
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
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }
}
