import Testing
@testable import NKCore

/// The byte-level shortcuts taken for speed give what the character-level code they stand in
/// for gives, on the inputs where they differ most: breaks, blank lines, non-ASCII, marks.
struct FastPathTests {
    let texts = [
        "Title line\r\n\r\nBy Jane Roe\n \u{00A0}\n\tBody text here.\rLast line\n",
        "\n\n   \n",
        "",
        "one line, no break",
        "A\u{0301}ccent · Banner | News\n\u{3000}\n김정은 기사\n\u{2003}\u{2003}\nEnd",
    ]

    @Test func edgeLinesAreTheNonBlankLinesFromEachEnd() {
        for text in texts {
            let all = TextLines(text).filter { $0.text.unicodeScalars.contains { !$0.properties.isWhitespace } }
            #expect(EdgeLines.leading(text).map(\.text) == all.map(\.text))
            #expect(EdgeLines.leading(text).map(\.scalarCount) == all.map(\.range.count))
            #expect(EdgeLines.trailing(text, count: 2).map(\.text) == all.suffix(2).map(\.text))
        }
    }

    @Test func foldedSearchMatchesTheViewSearch() {
        for (haystack, needle, found) in [("Sign UP today", "sign up", true), ("signu p", "sign up", false), ("", "a", false),
                                          ("abc", "", true), ("ab", "abc", false), ("Ünïcode COPYRIGHT", "copyright", true)] {
            #expect(haystack.containsLowercased(needle) == found)
            #expect(Substring(haystack).containsLowercased(needle) == found)
        }
    }

    @Test func possessivesReadOnBytesAgreeWithCharacters() {
        for word in ["Russia’s", "police's", "s", "'s", "’s", "is", "Kim’", "e\u{0301}'s", "\u{0600}'s", "x’S"] {
            #expect(word.isPossessive == (word.hasSuffix("’s") || word.hasSuffix("'s")), "\(word)")
        }
    }

    @Test func fieldsOnScalarsMatchFieldsOnCharacters() {
        let layout = PageLayout.standard
        #expect(layout.fields(of: "News | World   Video » Asia") == ["News", "World", "Video", "Asia"])
        #expect(layout.fields(of: "Café · Économie\tSport") == ["Café", "Économie", "Sport"])
        // A combining mark after a separator makes it no separator: the characters decide.
        #expect(layout.fields(of: "A |\u{0301} B") == ["A |\u{0301} B"])
    }
}
