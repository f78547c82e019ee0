import Foundation

/// What nkreader knows of each language besides English, read from `Resources/languages.json`:
/// the function words that tell it, and the number vocabulary laid over the English lexicon.
public struct LanguagePacks: Sendable {
    public struct Pack: Sendable {
        public let code: String
        public let name: String
        /// Lower-cased function words counted to recognise the language in a text.
        let functionWords: Set<String>
        /// A script that marks the language on its own (Hangul, kana, Han, Cyrillic).
        let script: Script?
        /// The lexicon for figures in this language: English's with this language's entries over it.
        public let lexicon: Lexicon
    }

    public let packs: [String: Pack]
    /// Each function word and the languages that use it.
    let functionWordIndex: [String: [String]]

    /// The packs shipped with nkreader, over the shipped English lexicon. Immutable once loaded.
    public static let standard: LanguagePacks = {
        do { return try LanguagePacks(json: Data(PackageResources.languages_json), lexiconJSON: Data(PackageResources.lexicon_json)) } catch {
            preconditionFailure("the embedded languages.json is invalid: \(error)")
        }
    }()

    init(json: Data, lexiconJSON: Data) throws {
        guard let root = try JSONSerialization.jsonObject(with: json) as? [String: Any],
              let languages = root["languages"] as? [String: [String: Any]],
              let base = try JSONSerialization.jsonObject(with: lexiconJSON) as? [String: Any] else {
            throw CocoaError(.coderReadCorrupt)
        }
        var packs: [String: Pack] = [:]
        for (code, entry) in languages {
            let detect = entry["detect"] as? [String: Any] ?? [:]
            let words = (detect["functionWords"] as? [String] ?? []).map { $0.lowercased() }
            let script = (detect["script"] as? String).flatMap(Script.init(rawValue:))
            var lexicon = Lexicon.standard
            if code != "en" {
                let overlay = Self.merged(base, entry["lexicon"] as? [String: Any] ?? [:], numbers: entry["numbers"] as? [String: Any] ?? [:])
                lexicon = try Lexicon(json: JSONSerialization.data(withJSONObject: overlay))
            }
            packs[code] = Pack(code: code, name: entry["name"] as? String ?? code, functionWords: Set(words), script: script, lexicon: lexicon)
        }
        self.packs = packs
        var index: [String: [String]] = [:]
        for pack in packs.values.sorted(by: { $0.code < $1.code }) {
            for w in pack.functionWords { index[w, default: []].append(pack.code) }
        }
        functionWordIndex = index
    }

    /// The English lexicon with a language's entries over it: maps take its values, lists add
    /// its items; its number format becomes the lexicon's.
    static func merged(_ base: [String: Any], _ overlay: [String: Any], numbers: [String: Any]) -> [String: Any] {
        var out = base
        for (key, value) in overlay {
            if let map = value as? [String: Any], var old = out[key] as? [String: Any] {
                for (k, v) in map { old[k] = v }
                out[key] = old
            } else if let list = value as? [Any], let old = out[key] as? [Any] {
                out[key] = old + list
            } else {
                out[key] = value
            }
        }
        if let decimal = numbers["decimal"] as? String { out["decimalSeparator"] = decimal }
        if let dot = numbers["dayDotMonth"] as? Bool { out["dayDotMonth"] = dot }
        if let myriad = numbers["myriadUnits"] as? [String: Any] { out["myriadUnits"] = myriad }
        return out
    }

    /// The lexicon figures in `language` are read with: English's for English and for languages
    /// nkreader has no numbers for.
    public func lexicon(for language: String?) -> Lexicon? {
        guard let language, !LanguageCode.isEnglish(language) else { return nil }
        return packs[language]?.lexicon
    }

    public func name(of code: String) -> String? { packs[code]?.name }
}

/// Writing systems that tell a language by themselves.
enum Script: String, Sendable {
    case hangul, kana, han, cyrillic

    static func of(_ s: Unicode.Scalar) -> Script? {
        switch s.value {
        case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F: return .hangul
        case 0x3040...0x30FF: return .kana
        case 0x4E00...0x9FFF, 0x3400...0x4DBF: return .han
        case 0x0400...0x04FF: return .cyrillic
        default: return nil
        }
    }
}
