/// A word or punctuation mark of a sentence, with its scalar span.
struct Word {
    var text: String
    var lower: String
    var start: Int
    var end: Int
    var isPunctuation: Bool
    var isCapitalised: Bool {
        guard let f = text.unicodeScalars.first else { return false }
        return f.isASCII ? (f.value >= 0x41 && f.value <= 0x5A) : f.properties.isUppercase
    }
    /// "1,200", "3rd": a figure's word.
    var startsWithDigit: Bool { lower.first?.isNumber == true }
    /// "WHO", "NIS": capitals throughout, never a function word.
    var isAcronym: Bool { text.count >= 2 && text.allSatisfy { $0.isUppercase || $0 == "." } }
    /// "Russia’s", "police's".
    var isPossessive: Bool { text.isPossessive }
    /// The word without its "’s".
    var withoutPossessive: Word {
        guard isPossessive else { return self }
        var w = self
        w.text = text.withoutPossessive
        w.lower = w.text.lowercased()
        return w
    }
}

extension StringProtocol {
    /// `first?.isUppercase == true`, read from the first byte when that byte is a character of
    /// its own (ASCII, and so is the next byte): no grapheme breaking for the common case.
    var startsUppercase: Bool {
        let bytes = utf8
        if let b = bytes.first, b < 0x80, b != 0x0D {
            let next = bytes.dropFirst().first
            if next == nil || next! < 0x80 { return b >= 0x41 && b <= 0x5A }
        }
        return first?.isUppercase == true
    }

    /// Ends in "’s" or "'s", or is a plural's "s’" ("the workers’ union"). Read on the last bytes
    /// where they are contiguous (this runs on every word); characters are compared only when the
    /// bytes cannot tell.
    var isPossessive: Bool {
        if let known = utf8.withContiguousStorageIfAvailable(possessiveByBytes), let answer = known { return answer }
        return hasSuffix("’s") || hasSuffix("'s") || isPluralPossessive
    }
    private var isPluralPossessive: Bool { hasSuffix("s’") || hasSuffix("s'") }
    var withoutPossessive: String {
        guard isPossessive else { return String(self) }
        return String(dropLast(isPluralPossessive ? 1 : 2))
    }
}

/// Whether UTF-8 `bytes` end in "’s" or "'s"; nil when characters must decide. When the bytes
/// spell the suffix after an ASCII scalar or nothing, the apostrophe and the "s" are characters of
/// their own; after another scalar a prepended mark could bind the apostrophe to it.
private func possessiveByBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    var i = bytes.count - 1
    // A plural's "s'" or "s’": the words read it so only before a lowercase word (see `words(in:)`).
    if i >= 1, bytes[i] == UInt8(ascii: "'") || (i >= 3 && bytes[i] == 0x99 && bytes[i - 1] == 0x80 && bytes[i - 2] == 0xE2) {
        let s = bytes[i] == UInt8(ascii: "'") ? i - 1 : i - 3
        return bytes[s] == UInt8(ascii: "s")
    }
    guard i >= 1, bytes[i] == UInt8(ascii: "s") else { return false }
    i -= 1
    if bytes[i] != UInt8(ascii: "'") {
        // "’" is E2 80 99.
        guard i >= 2, bytes[i] == 0x99, bytes[i - 1] == 0x80, bytes[i - 2] == 0xE2 else { return false }
        i -= 2
    }
    return i == 0 || bytes[i - 1] < 0x80 ? true : nil
}

extension Array where Element == Word {
    /// Whether the lower-case words of `phrase` stand at `i`, ending by `limit`.
    func hasPhrase(_ phrase: [String], at i: Int, limit: Int? = nil) -> Bool {
        i >= 0 && i + phrase.count <= (limit ?? count) && zip(self[i...], phrase).allSatisfy { $0.lower == $1 }
    }
}

/// Sentences and their words over an article's scalars. Built lazily, only around figures.
struct SentenceIndex {
    let scalars: ScalarText

    init(_ text: String) { scalars = ScalarText(text) }

    private func isQuote(_ s: Unicode.Scalar) -> Bool { s == "\"" || s == "“" || s == "”" }

    /// No paragraph of an article is this long; a longer line (a page saved on one line, hostile
    /// input) is read in blocks of this size, so that every look at a line costs at most this much.
    static let longestLine = 8192
    /// Likewise for a sentence with no full stop in sight.
    static let longestSentence = 2048

    private func isBreak(_ s: Unicode.Scalar) -> Bool { s == "\n" || s == "\r" }

    /// The line around scalar `position`, line breaks excluded; for a line longer than
    /// `longestLine`, the block of it that holds `position` (the same block for every position in it).
    func line(around position: Int) -> Range<Int> {
        let offset = max(0, min(position, scalars.count))
        let limit = SentenceIndex.longestLine
        // The line's ends come from the index of line breaks, not a walk: a long line stays cheap.
        let (lineStart, lineEnd) = (scalars.lineStart(before: offset), scalars.nextBreak(atOrAfter: offset))
        let start = max(lineStart, offset - limit)
        let end = min(lineEnd, offset + limit)
        let whole = start == lineStart && end == lineEnd
        if whole && end - start <= limit { return start..<end }
        return SentenceIndex.block(of: offset, size: limit, within: start..<end)
    }

    /// The block of `size` scalars, counted from the start of the text, that holds `offset`,
    /// clipped to `range`.
    static func block(of offset: Int, size: Int, within range: Range<Int>) -> Range<Int> {
        let lo = offset / size * size
        return max(range.lowerBound, lo)..<max(max(range.lowerBound, lo), min(range.upperBound, lo + size))
    }

    /// The sentence around scalar `offset`: between line breaks, and between a full stop, question
    /// or exclamation mark followed by a space and a capital — unless inside quotation marks.
    func sentence(around position: Int) -> Range<Int> {
        let offset = max(0, min(position, scalars.count))
        let line = line(around: offset)
        let (lineStart, lineEnd) = (line.lowerBound, line.upperBound)
        // Walk the line once, cutting at sentence ends outside quotes.
        var start = lineStart
        var inQuote = false
        var i = lineStart
        while i < lineEnd {
            let s = scalars[i]
            if s == "“" { inQuote = true } else if s == "”" { inQuote = false } else if s == "\"" { inQuote.toggle() }
            if !inQuote, s == "." || s == "!" || s == "?", isSentenceEnd(at: i, lineEnd: lineEnd) {
                var e = i + 1
                while e < lineEnd && isQuote(scalars[e]) { e += 1 }
                if offset < e { return bounded(start..<e, around: offset) }
                start = e
            }
            i += 1
        }
        return bounded(start..<lineEnd, around: offset)
    }

    /// A sentence too long to be one is read in blocks, as an overlong line is.
    private func bounded(_ sentence: Range<Int>, around offset: Int) -> Range<Int> {
        guard sentence.count > SentenceIndex.longestSentence else { return sentence }
        return SentenceIndex.block(of: offset, size: SentenceIndex.longestSentence, within: sentence)
    }

    /// Where a short word of `set` (lower-case ASCII, up to six letters: "in", "at") stands as a
    /// whole word followed by a space in `range`: a scan that builds no words for the rest.
    func positions(of set: WordSet, in range: Range<Int>) -> [Int] {
        if let found = scalars.withNarrowBytes({ asciiPositions(of: set, in: range, $0) }) { return found }
        var out: [Int] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard isWordScalar(scalars[i]), i == range.lowerBound || !isWordScalar(scalars[i - 1]) else { i += 1; continue }
            var e = i
            while e < range.upperBound && isWordScalar(scalars[e]) { e += 1 }
            if e - i <= 6, e < range.upperBound, scalars[e] == " ", scalars[i..<e].allSatisfy(\.isASCII) {
                // Looked up by its lower-cased bytes on the stack: no string is built per word.
                let found = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: e - i) { buffer in
                    for k in i..<e { buffer[k - i] = UInt8(scalars[k].value) | 0x20 }
                    return set.contains(ascii: UnsafeBufferPointer(buffer))
                }
                if found { out.append(i) }
            }
            i = e
        }
        return out
    }

    /// `positions(of:in:)` on the text's narrow bytes (see `ScalarText`), where an ASCII byte is
    /// its scalar: each article's lead is scanned so, and the bytes cost a fraction of the scalars.
    private func asciiPositions(of set: WordSet, in range: Range<Int>, _ p: UnsafeBufferPointer<UInt8>) -> [Int] {
        @inline(__always) func isWord(_ i: Int) -> Bool {
            let b = p[i]
            guard b < 0x80 else { return isWordScalar(scalars[i]) }
            let v = b | 0x20
            return (v >= 0x61 && v <= 0x7A) || (b >= 0x30 && b <= 0x39)
        }
        var out: [Int] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard isWord(i), i == range.lowerBound || !isWord(i - 1) else { i += 1; continue }
            var e = i
            var ascii = true
            while e < range.upperBound && isWord(e) {
                if p[e] >= 0x80 { ascii = false }
                e += 1
            }
            if e - i <= 6, e < range.upperBound, p[e] == 0x20, ascii {
                let found = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: e - i) { buffer in
                    for k in i..<e { buffer[k - i] = p[k] | 0x20 }
                    return set.contains(ascii: UnsafeBufferPointer(buffer))
                }
                if found { out.append(i) }
            }
            i = e
        }
        return out
    }

    /// Every sentence of `line`, cut as `sentence(around:)` cuts them, in one pass.
    func sentences(inLine line: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = line.lowerBound
        var inQuote = false
        var i = line.lowerBound
        while i < line.upperBound {
            let s = scalars[i]
            if s == "“" { inQuote = true } else if s == "”" { inQuote = false } else if s == "\"" { inQuote.toggle() }
            if !inQuote, s == "." || s == "!" || s == "?", isSentenceEnd(at: i, lineEnd: line.upperBound) {
                var e = i + 1
                while e < line.upperBound && isQuote(scalars[e]) { e += 1 }
                out.append(start..<e)
                start = e
            }
            i += 1
        }
        if start < line.upperBound || out.isEmpty { out.append(start..<line.upperBound) }
        return out
    }

    /// Whether the line before `line` is blank or `line` is the first: a paragraph starts here.
    func startsParagraph(_ line: Range<Int>) -> Bool {
        guard line.lowerBound > 0 else { return true }
        let previous = self.line(around: line.lowerBound - 1)
        return previous.allSatisfy { scalars[$0] == " " || scalars[$0] == "\t" }
    }

    private func isSentenceEnd(at i: Int, lineEnd: Int) -> Bool {
        var j = i + 1
        while j < lineEnd && isQuote(scalars[j]) { j += 1 }
        guard j < lineEnd, scalars[j] == " " else { return j >= lineEnd }
        while j < lineEnd && scalars[j] == " " { j += 1 }
        guard j < lineEnd else { return true }
        let next = scalars[j]
        // ASCII is decided without the property tables, which cost hundreds of instructions a look.
        let opens = next.isASCII ? (next.value >= 0x41 && next.value <= 0x5A) || (next.value >= 0x30 && next.value <= 0x39)
            : next.properties.isUppercase || next.properties.numericType != nil
        guard opens || isQuote(next) else { return false }
        // "U.S. officials", "Mr. Kim": a single capital or a short title before the period.
        var k = i
        while k > 0 && SentenceIndex.isAlphabetic(scalars[k - 1]) { k -= 1 }
        let word = strings(k..<i, lower: false).text
        if word.count == 1 && word.first?.isUppercase == true { return false }
        return !SentenceIndex.abbreviations.contains(word)
    }

    @inline(__always) static func isAlphabetic(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s.value | 0x20 >= 0x61 && s.value | 0x20 <= 0x7A) : s.properties.isAlphabetic
    }

    /// Words a full stop follows inside a sentence: "Mr. Kim", "Pvt. Ltd.".
    static let abbreviations: Set<String> = ["Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Lt", "Col", "No", "Pvt", "Ltd", "Inc", "Co", "vs"]

    /// The words and punctuation of `range`.
    func words(in range: Range<Int>) -> [Word] {
        var out: [Word] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let s = scalars[i]
            if s == " " || (!s.isASCII && s.properties.isWhitespace) || s == "\t" { i += 1; continue }
            if s == "\u{1B}" {   // a terminal escape sequence is not words
                i += 1
                if i < range.upperBound && scalars[i] == "[" {
                    i += 1
                    while i < range.upperBound && !(0x40...0x7E).contains(scalars[i].value) { i += 1 }
                    i += 1
                }
                continue
            }
            if isWordScalar(s) {
                var e = i
                while e < range.upperBound, isWordScalar(scalars[e]) || (isJoiner(scalars[e]) && e + 1 < range.upperBound && isWordScalar(scalars[e + 1])) { e += 1 }
                if isPluralPossessive(at: e, in: range) { e += 1 }
                let (text, lower) = strings(i..<e)
                out.append(Word(text: text, lower: lower, start: i, end: e, isPunctuation: false))
                i = e
            } else {
                let text = String(s)
                out.append(Word(text: text, lower: text, start: i, end: i + 1, isPunctuation: true))
                i += 1
            }
        }
        return out
    }

    /// "the Ministry of Emergency Situations' figures", "the workers’ union": an apostrophe right
    /// after a plural's "s" and before a lowercase word belongs to the word. Before anything else,
    /// or after a quotation opened shortly before ("40 'protesters' in"), it closes a quotation.
    private func isPluralPossessive(at e: Int, in range: Range<Int>) -> Bool {
        guard e > range.lowerBound, e + 2 < range.upperBound, scalars[e - 1] == "s",
              scalars[e] == "'" || scalars[e] == "’", scalars[e + 1] == " " else { return false }
        let next = scalars[e + 2]
        guard next.isASCII ? (next.value >= 0x61 && next.value <= 0x7A) : next.properties.isLowercase else { return false }
        // "arrested 40 'protesters' in the square": the last quotation mark shortly before opened a
        // quotation, which closes here.
        let start = max(range.lowerBound, e - SentenceIndex.quoteReach)
        guard let k = (start..<e).last(where: { scalars[$0] == "'" || scalars[$0] == "‘" || scalars[$0] == "’" }) else { return true }
        return !(k == range.lowerBound || scalars[k - 1] == " " || scalars[k - 1] == "(")
    }
    /// How far back, in scalars, an opening single quote makes a plural's apostrophe its close.
    static let quoteReach = 80

    private func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value | 0x20
            return (v >= 0x61 && v <= 0x7A) || (s.value >= 0x30 && s.value <= 0x39)
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// Inside a word: "Russia’s", "Kim Jong-un", "1,000".
    private func isJoiner(_ s: Unicode.Scalar) -> Bool {
        s == "’" || s == "'" || s == "-" || s == "," || s == "."
    }

    func text(_ r: Range<Int>) -> String {
        strings(max(0, r.lowerBound)..<min(r.upperBound, scalars.count), lower: false).text
    }

    /// The text of `r` and, for words, its lower case: encoded straight into the strings' own
    /// storage, with no buffer in between (this runs for every word of every sentence read).
    private func strings(_ r: Range<Int>, lower: Bool = true) -> (text: String, lower: String) {
        if let ascii = scalars.withNarrowBytes({ asciiStrings(r, lower: lower, $0) }), let found = ascii { return found }
        var count = 0
        for i in r { count += UTF8.width(scalars[i]) }
        let ascii = count == r.count
        let text = utf8String(r, byteCount: count, asciiLowerCase: false)
        guard lower else { return (text, text) }
        if ascii {
            // Most words have no capital: their lower case is the text itself.
            let hasCapital = r.contains { scalars[$0].value >= 0x41 && scalars[$0].value <= 0x5A }
            return (text, hasCapital ? utf8String(r, byteCount: count, asciiLowerCase: true) : text)
        }
        return (text, text.lowercased())
    }

    /// `strings(_:lower:)` for a range of ASCII scalars, copied from the narrow bytes (see
    /// `ScalarText`) where each is its own byte; nil when the range holds another scalar.
    private func asciiStrings(_ r: Range<Int>, lower: Bool, _ p: UnsafeBufferPointer<UInt8>) -> (text: String, lower: String)? {
        let bytes = UnsafeBufferPointer(rebasing: p[r])
        var hasCapital = false
        for b in bytes {
            if b >= 0x80 { return nil }
            if b >= 0x41 && b <= 0x5A { hasCapital = true }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard lower else { return (text, text) }
        // Most words have no capital: their lower case is the text itself.
        guard hasCapital else { return (text, text) }
        return (text, String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (k, b) in bytes.enumerated() { buffer[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
            return bytes.count
        })
    }

    /// The scalars of `r` as a string of `byteCount` UTF-8 bytes; `asciiLowerCase` folds A-Z.
    private func utf8String(_ r: Range<Int>, byteCount: Int, asciiLowerCase: Bool) -> String {
        String(unsafeUninitializedCapacity: byteCount) { buffer in
            var n = 0
            for i in r {
                let v = scalars[i].value
                if v < 0x80 {
                    buffer[n] = asciiLowerCase && v >= 0x41 && v <= 0x5A ? UInt8(v | 0x20) : UInt8(v)
                    n += 1
                    continue
                }
                for byte in UTF8.encode(scalars[i])! { buffer[n] = byte; n += 1 }
            }
            return n
        }
    }
}
