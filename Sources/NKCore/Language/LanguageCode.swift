import Foundation

/// Language tags as nkreader keeps them: the primary subtag, lower-cased ("fr-FR", "fr_CA",
/// "French" are "fr"); nil for what is not a language tag.
public enum LanguageCode {
    public static func normalized(_ tag: String) -> String? {
        let primary = tag.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        if primary.count == 2 || primary.count == 3, primary.allSatisfy({ $0.isASCII && $0.isLetter }) { return primary }
        return names[primary]
    }

    /// Names people write in front matter instead of a code.
    private static let names: [String: String] = [
        "english": "en", "french": "fr", "français": "fr", "francais": "fr", "german": "de", "deutsch": "de",
        "spanish": "es", "español": "es", "espanol": "es", "italian": "it", "italiano": "it", "portuguese": "pt",
        "português": "pt", "portugues": "pt", "russian": "ru", "русский": "ru", "korean": "ko", "한국어": "ko",
        "chinese": "zh", "中文": "zh", "japanese": "ja", "日本語": "ja",
    ]

    /// True for English, or no language known: the text is read as English.
    public static func isEnglish(_ code: String?) -> Bool { code == nil || code == "en" }
}

