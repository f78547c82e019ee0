/// One token of text: a word, a run of digits, or a single other scalar.
struct Token: Equatable {
    enum Kind: UInt8 { case word, digits, symbol, end }

    var kind: Kind
    var start: Int
    var end: Int
    /// Words: hash of the lower-cased word. Symbols: the scalar value tagged. Digits: 0.
    var key: UInt64
    /// Horizontal space between the previous token and this one.
    var spaced: Bool
    /// A line break lies between the previous token and this one.
    var brokenLine: Bool

    static let symbolTag: UInt64 = 1 << 62

    func isSymbol(_ s: Unicode.Scalar) -> Bool { kind == .symbol && key == Token.symbolTag | UInt64(s.value) }
    var isWord: Bool { kind == .word }
    var isEnd: Bool { kind == .end }
}

/// FNV-1a over the lower-cased bytes of a word.
@inline(__always) func wordHash(_ bytes: [UInt8], _ start: Int, _ end: Int) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var i = start
    while i < end {
        var b = bytes[i]
        if b >= 0x41 && b <= 0x5A { b |= 0x20 }
        h = (h ^ UInt64(b)) &* 0x100_0000_01b3
        i += 1
    }
    return h
}

extension TextBytes {
    /// The token starting at or after byte `i`, skipping horizontal space and line breaks.
    /// Every word of the text passes through here: the bytes are read through a pointer, with
    /// no bounds check per byte, and a non-ASCII scalar is decoded once.
    func token(from i: Int) -> Token {
        bytes.withUnsafeBufferPointer { p in
            let count = p.count
            var j = max(i, 0)
            var spaced = false
            var broken = false
            while j < count {
                let b = p[j]
                if b == 0x20 { spaced = true; j += 1; continue }
                if b > 0x20 && b < 0x80 { break }
                if b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B { broken = true; spaced = true; j += 1; continue }
                let s = spaceLength(at: j)
                if s == 0 { break }
                spaced = true
                j += s
            }
            guard j < count else { return Token(kind: .end, start: count, end: count, key: 0, spaced: spaced, brokenLine: broken) }
            let first = p[j]
            if first >= 0x30 && first <= 0x39 {
                var e = j + 1
                while e < count && p[e] >= 0x30 && p[e] <= 0x39 { e += 1 }
                return Token(kind: .digits, start: j, end: e, key: 0, spaced: spaced, brokenLine: broken)
            }
            let lowered = first | 0x20
            if first < 0x80 ? (lowered >= 0x61 && lowered <= 0x7A) : isWordScalar(at: j) {
                // Hash while scanning: lower-cased ASCII letters, other scalars' bytes as they are.
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                var e = j
                while e < count {
                    let b = p[e]
                    if b < 0x80 {
                        let l = b | 0x20
                        guard l >= 0x61 && l <= 0x7A else { break }
                        h = (h ^ UInt64(l)) &* 0x100_0000_01b3
                        e += 1
                    } else {
                        let (s, len) = scalar(at: e)
                        guard TextBytes.isWordScalar(s) else { break }
                        for k in e..<(e + len) { h = (h ^ UInt64(p[k])) &* 0x100_0000_01b3 }
                        e += len
                    }
                }
                return Token(kind: .word, start: j, end: e, key: h, spaced: spaced, brokenLine: broken)
            }
            let (s, len) = first < 0x80 ? (Unicode.Scalar(first), 1) : scalar(at: j)
            return Token(kind: .symbol, start: j, end: j + len, key: Token.symbolTag | UInt64(s.value), spaced: spaced, brokenLine: broken)
        }
    }

    /// The token ending at or before byte `i`; `spaced`/`brokenLine` describe the gap after it.
    func token(before i: Int) -> Token {
        var j = i
        var spaced = false
        var broken = false
        while j > 0 {
            if isNewline(j - 1) { broken = true; spaced = true; j -= 1; continue }
            let st = scalarStart(before: j)
            if spaceLength(at: st) > 0 { spaced = true; j = st; continue }
            break
        }
        guard j > 0 else { return Token(kind: .end, start: 0, end: 0, key: 0, spaced: spaced, brokenLine: broken) }
        if isDigit(j - 1) {
            var s = j - 1
            while s > 0 && isDigit(s - 1) { s -= 1 }
            return Token(kind: .digits, start: s, end: j, key: 0, spaced: spaced, brokenLine: broken)
        }
        let st = scalarStart(before: j)
        if isWordScalar(at: st) {
            var s = st
            while s > 0 {
                let p = scalarStart(before: s)
                guard isWordScalar(at: p) else { break }
                s = p
            }
            return Token(kind: .word, start: s, end: j, key: wordHash(bytes, s, j), spaced: spaced, brokenLine: broken)
        }
        let (sc, _) = scalar(at: st)
        return Token(kind: .symbol, start: st, end: j, key: Token.symbolTag | UInt64(sc.value), spaced: spaced, brokenLine: broken)
    }
}
