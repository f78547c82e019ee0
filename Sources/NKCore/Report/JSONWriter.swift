/// A small streaming JSON writer: exact control of number formatting and key order, no reflection.
public struct JSONWriter {
    public private(set) var output = ""
    private var needsComma: [Bool] = [false]
    private let indentUnit: String
    private var depth = 0
    /// "\n" and the indentation for each depth, built once.
    private var newlines: [String] = []

    /// Receives the document in pieces as it grows, so a large report is never held whole.
    private let sink: ((String) -> Void)?

    public init(pretty: Bool = true, sink: ((String) -> Void)? = nil) {
        indentUnit = pretty ? "  " : ""
        self.sink = sink
    }

    private var pretty: Bool { !indentUnit.isEmpty }

    private mutating func newline() -> String {
        while newlines.count <= depth { newlines.append("\n" + String(repeating: indentUnit, count: newlines.count)) }
        return newlines[depth]
    }

    private mutating func separator() {
        if let sink, output.utf8.count >= 1 << 16 {
            sink(output)
            output = ""
        }
        if needsComma[needsComma.count - 1] { output += "," }
        if depth > 0 && pretty { output += newline() }
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
        if hadItems && pretty { output += newline() }
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

    /// Quotes, backslashes, control characters and U+2028/U+2029 (E2 80 A8/A9) need escaping.
    static func needsEscaping(_ s: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for b in s.utf8 {
            if b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F { return true }
            if beforePrevious == 0xE2 && previous == 0x80 && (b == 0xA8 || b == 0xA9) { return true }
            beforePrevious = previous
            previous = b
        }
        return false
    }

    public static func quote(_ s: String) -> String {
        if !needsEscaping(s) { return "\"" + s + "\"" }
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
