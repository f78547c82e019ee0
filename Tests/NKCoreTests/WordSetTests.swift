import Foundation
import Testing
@testable import NKCore

/// The vocabulary's fast word tables answer exactly as `Set<String>` and `[String: V]` do, for
/// ASCII words, words in other scripts, and spellings Unicode calls equal; and a claim, kept in a
/// shared box, is still a value.
struct WordSetTests {
    /// Listed words: ASCII, a precomposed "é", a Greek word, a Kelvin sign (which Unicode equates
    /// with "K"), an apostrophe of two kinds, the empty word.
    let listed = ["killed", "troops", "café", "νεκροί", "\u{212A}elvin", "o'clock", "russia’s", "", "in"]

    /// Asked words: the listed ones, other cases, a decomposed "é", an ASCII "Kelvin", near misses.
    let asked = ["killed", "Killed", "KILLED", "kill", "killedd", "troops", "troop", "café", "cafe\u{301}", "cafe",
                 "νεκροί", "νεκροι", "Kelvin", "kelvin", "\u{212A}elvin", "o'clock", "o’clock", "russia’s", "russia's",
                 "", " ", "in", "i", "inn", "\u{0}", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"]

    @Test func aWordSetAnswersAsASetOfStrings() {
        let set = Set(listed)
        let words = WordSet(listed)
        for w in asked {
            #expect(words.contains(w) == set.contains(w), "\(w.debugDescription)")
        }
        #expect(words.count == set.count)
        #expect(Set(words) == set)
        #expect(words.isSuperset(of: ["killed", "in"]))
        #expect(!words.isSuperset(of: ["killed", "wounded"]))
    }

    @Test func shortASCIIWordsAreFoundByTheirBytes() {
        let words = WordSet(listed)
        for w in asked where w.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(w.utf8)
            let found = bytes.withUnsafeBufferPointer { words.contains(ascii: $0) }
            #expect(found == Set(listed).contains(w), "\(w.debugDescription)")
        }
    }

    @Test func aWordMapAnswersAsADictionary() {
        let entries = Dictionary(uniqueKeysWithValues: listed.enumerated().map { ($1, $0) })
        let map = WordMap(entries)
        for w in asked {
            #expect(map[w] == entries[w], "\(w.debugDescription)")
        }
    }

    /// Many words in one table: every one is found, none of a thousand others is.
    @Test func aLargeTableFindsEveryWordAndNoOther() {
        let listed = (0..<2_000).map { "w\($0)" }
        let words = WordSet(listed)
        #expect(listed.allSatisfy(words.contains))
        #expect(!(2_000..<3_000).contains { words.contains("w\($0)") })
    }

    /// A claim is a value: changing a copy leaves the claim it was copied from as it was.
    @Test func aCopiedClaimChangesAlone() throws {
        let original = try claim("Officials said 200 civilians were killed in the strike.", "200")
        var copy = original
        #expect(copy == original)
        copy.source = "Someone else"
        copy.frame.place = "Elsewhere"
        #expect(original.source == "Officials")
        #expect(original.frame.place == nil)
        #expect(copy != original)
        copy.source = original.source
        copy.frame.place = nil
        #expect(copy == original)
    }
}
