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
        /// This language's lexicon entries and number format, as JSON; nil for English. Bytes
        /// rather than Data: a static that holds Data's packed storage reads as a leak to LSan.
        let overlayJSON: [UInt8]?
    }

    public let packs: [String: Pack]
    /// The English lexicon the packs are laid over.
    let baseLexiconJSON: [UInt8]
    /// The languages with function words, in a fixed order; `functionWords` maps a word's key
    /// (`Lexicon.key`) to a slot of `functionWordLanguages`, the indices of the languages using it.
    let detectedCodes: [String]
    let functionWords: KeyIndex
    let functionWordLanguages: [[Int]]
    /// Every pack's month names (`Lexicon.key` → 1…12): a date a page or a feed states
    /// ("12 septembre 2023") is read whatever the article's language.
    public let monthNames: [UInt64: Int]

    /// The packs shipped with nkreader, over the shipped English lexicon. Immutable once loaded;
    /// a language's lexicon is built only when a text in it is read (`lexicons(for:)`).
    public static let standard: LanguagePacks = {
        do { return try LanguagePacks(json: Data(PackageResources.languages_json), lexiconJSON: Data(PackageResources.lexicon_json)) } catch {
            preconditionFailure("the embedded languages.json is invalid: \(error)")
        }
    }()

    init(json: Data, lexiconJSON: Data) throws {
        guard let root = try JSONSerialization.jsonObject(with: json) as? [String: Any],
              let languages = root["languages"] as? [String: [String: Any]] else {
            throw CocoaError(.coderReadCorrupt)
        }
        var packs: [String: Pack] = [:]
        var months: [UInt64: Int] = [:]
        for (code, entry) in languages {
            for (name, month) in (entry["lexicon"] as? [String: Any])?["months"] as? [String: Int] ?? [:] where (1...12).contains(month) {
                months[Lexicon.key(name)] = month
            }
            let detect = entry["detect"] as? [String: Any] ?? [:]
            let words = (detect["functionWords"] as? [String] ?? []).map { $0.lowercased() }
            let script = (detect["script"] as? String).flatMap(Script.init(rawValue:))
            var overlay: [UInt8]?
            if code != "en" {
                overlay = Array(try JSONSerialization.data(withJSONObject: ["lexicon": entry["lexicon"] ?? [:], "numbers": entry["numbers"] ?? [:]]))
            }
            packs[code] = Pack(code: code, name: entry["name"] as? String ?? code, functionWords: Set(words), script: script, overlayJSON: overlay)
        }
        self.packs = packs
        monthNames = months
        baseLexiconJSON = Array(lexiconJSON)
        detectedCodes = packs.values.filter { !$0.functionWords.isEmpty }.map(\.code).sorted()
        var slots: [UInt64: Int32] = [:]
        var users: [[Int]] = []
        for (n, code) in detectedCodes.enumerated() {
            for w in packs[code]!.functionWords {
                let k = Lexicon.key(w)
                if let slot = slots[k] { users[Int(slot)].append(n) } else {
                    slots[k] = Int32(users.count)
                    users.append([n])
                }
            }
        }
        functionWords = KeyIndex(slots)
        functionWordLanguages = users
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
        if let joiners = numbers["dateJoiners"] as? [String] { out["dateJoiners"] = joiners }
        if let myriad = numbers["myriadUnits"] as? [String: Any] { out["myriadUnits"] = myriad }
        return out
    }

    /// The lexicon figures in `language` are read with; nil for English and for languages
    /// nkreader has no numbers for (they are read as English).
    public func lexicon(for language: String?) -> Lexicon? {
        guard let language, !LanguageCode.isEnglish(language), let json = packs[language]?.overlayJSON,
              let overlay = try? JSONSerialization.jsonObject(with: Data(json)) as? [String: Any],
              let base = try? JSONSerialization.jsonObject(with: Data(baseLexiconJSON)) as? [String: Any] else { return nil }
        let merged = Self.merged(base, overlay["lexicon"] as? [String: Any] ?? [:], numbers: overlay["numbers"] as? [String: Any] ?? [:])
        guard let data = try? JSONSerialization.data(withJSONObject: merged) else { return nil }
        do { return try Lexicon(json: data) } catch {
            preconditionFailure("languages.json's \(language) entries do not make a valid lexicon: \(error)")
        }
    }

    /// The lexicons of the languages given (those of the articles at hand), built once each.
    public func lexicons<S: Sequence>(for languages: S) -> [String: Lexicon] where S.Element == String? {
        var out: [String: Lexicon] = [:]
        for case let code? in languages where out[code] == nil {
            if let l = lexicon(for: code) { out[code] = l }
        }
        return out
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
