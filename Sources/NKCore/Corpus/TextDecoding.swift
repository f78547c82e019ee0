/// Turns file bytes into text: UTF-8 with or without BOM, UTF-16 with BOM; anything invalid
/// becomes U+FFFD and is reported, never fatal.
public enum TextDecoding {
    public struct Decoded: Sendable {
        public var text: String
        /// Why the bytes were not clean UTF-8 text, if they were not.
        public var warning: String?
    }

    public static func decode(_ bytes: [UInt8]) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(Array(bytes.dropFirst(3))) }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes.dropFirst(2), littleEndian: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes.dropFirst(2), littleEndian: false) }
        return utf8(bytes)
    }

    private static func utf8(_ bytes: [UInt8]) -> Decoded {
        let nul = bytes.contains(0)
        if let valid = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: valid, warning: nul ? "contains NUL bytes (binary file?)" : nil)
        }
        var invalid = 0
        var it = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s): scalars.append(s)
            case .emptyInput: break loop
            case .error: invalid += 1; scalars.append("\u{FFFD}")
            }
        }
        var warning: String?
        if invalid > 0 { warning = "\(invalid) invalid UTF-8 sequence\(invalid == 1 ? "" : "s") replaced with U+FFFD" }
        if nul { warning = (warning.map { $0 + "; " } ?? "") + "contains NUL bytes (binary file?)" }
        return Decoded(text: String(scalars), warning: warning)
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        var invalid = bytes.count % 2
        var it = units.makeIterator()
        var decoder = UTF16()
        var scalars = String.UnicodeScalarView()
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s): scalars.append(s)
            case .emptyInput: break loop
            case .error: invalid += 1; scalars.append("\u{FFFD}")
            }
        }
        return Decoded(text: String(scalars), warning: invalid > 0 ? "\(invalid) invalid UTF-16 units replaced with U+FFFD" : nil)
    }
}
