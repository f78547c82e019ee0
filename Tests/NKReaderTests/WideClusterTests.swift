import Testing
import NKCore
@testable import NKReader

/// Grapheme clusters drawn whole, at the width a terminal gives them, never past a pane's edge.
struct WideClusterTests {
    /// The reader at 80×24 with `text` in the left pane: body rows start at x 1, the text ends at
    /// x 37 and the divider is column 39.
    func screen(_ text: String, joining: ClusterJoining = .unicode, width: Int = 80) -> Screen {
        reader(corpus(["Title\n\n" + text, "Other article with 5,000 troops"]), width: width, height: 24, joining: joining).render()
    }

    func row(_ s: Screen, containing text: String) -> Int? { s.lines.firstIndex { $0.contains(text) } }

    @Test func widthsOfClusters() {
        #expect(DisplayWidth.of("🇰🇷" as Character) == 2)
        #expect(DisplayWidth.of("\u{1F1F0}" as Character) == 1)   // a lone regional indicator
        #expect(DisplayWidth.of("👍🏽" as Character) == 2)
        #expect(DisplayWidth.of("👩‍👩‍👧" as Character) == 2)
        #expect(DisplayWidth.of("❤️" as Character) == 2)
        #expect(DisplayWidth.of("c\u{200D}" as Character) == 1)
        #expect(DisplayWidth.of("e\u{301}" as Character) == 1)
        #expect(DisplayWidth.of("c\u{200D}d") == 2)
    }

    @Test func flagPairIsTwoFlags() throws {
        let s = screen("Flags 🇰🇷🇰🇵 here")
        let y = try #require(row(s, containing: "Flags"))
        let x = try #require((0..<s.width).first { s[$0, y].text == "🇰🇷" })
        #expect(s[x, y].width == 2 && s[x + 1, y].width == 0)
        #expect(s[x + 2, y].text == "🇰🇵" && s[x + 2, y].width == 2)
        #expect(s.lines[y].contains("Flags 🇰🇷🇰🇵 here"))
    }

    @Test func skinToneStaysWithItsEmoji() throws {
        let s = screen("Thumb 👍🏽 up")
        let y = try #require(row(s, containing: "Thumb"))
        let x = try #require((0..<s.width).first { s[$0, y].text == "👍🏽" })
        #expect(s[x, y].width == 2 && s[x + 1, y].width == 0 && s[x + 2, y].text == " ")
        let family = screen("Family 👩‍👩‍👧 here")
        let fy = try #require(row(family, containing: "Family"))
        #expect(family.lines[fy].contains("Family 👩‍👩‍👧 here"))
        #expect(columns(family, row: fy) == 80)
    }

    /// A terminal that draws 👍🏽 as two emoji (tmux 3.3) gets two cells of two columns each.
    @Test func skinToneOnATerminalThatDoesNotJoinIt() throws {
        let split = ClusterJoining(modifiers: false, zwjSequences: true)
        let s = reader(corpus(["Title\n\nThumb 👍🏽 up", "Other"]), width: 80, height: 24, joining: split).render()
        let y = try #require(row(s, containing: "Thumb"))
        let x = try #require((0..<s.width).first { s[$0, y].text == "👍" })
        #expect(s[x + 2, y].text == "🏽" && s[x + 2, y].width == 2)
        #expect(s.lines[y].contains("Thumb 👍🏽 up"))
        let noJoins = DisplayText.safe("👩‍👩‍👧", joining: ClusterJoining(modifiers: true, zwjSequences: false))
        #expect(noJoins == ["👩", "👩", "👧"])
    }

    @Test func fiveHundredCombiningMarksAreCapped() throws {
        let s = screen("Marks a" + String(repeating: "\u{301}", count: 500) + "z end")
        let y = try #require(row(s, containing: "Marks"))
        let x = try #require((0..<s.width).first { s[$0, y].text.unicodeScalars.count > 1 })
        #expect(s[x, y].text.unicodeScalars.first == "a")
        #expect(s[x, y].width == 1)
        #expect(s[x, y].text.unicodeScalars.count == DisplayText.maxScalarsPerCluster)
        #expect(s[x + 1, y].text == "z")
        #expect(columns(s, row: y) == 80)
    }

    @Test func joinerBetweenLettersTakesNoColumn() throws {
        let s = screen("Join c\u{200D}d ok")
        let y = try #require(row(s, containing: "Join"))
        let x = try #require((0..<s.width).first { s[$0, y].text.unicodeScalars.first == "c" })
        #expect(s[x, y].width == 1 && s[x + 1, y].text == "d" && s[x + 2, y].text == " " && s[x + 3, y].text == "o")
    }

    /// 36 letters fill all but one column of the 37-column pane: a wide cluster after them
    /// goes to the next row, never into the margin or the divider.
    @Test func wideClusterAtAPanesLastColumnMovesOn() throws {
        for cluster in ["👍🏽", "🇰🇷", "한", "👩‍👩‍👧"] {
            let s = screen(String(repeating: "a", count: 36) + cluster + "b")
            let y = try #require(row(s, containing: "aaaa"))
            #expect(s.lines[y].hasPrefix(" " + String(repeating: "a", count: 36) + "  │"), "\(cluster)")
            #expect(s.lines[y + 1].hasPrefix(" " + cluster + "b"), "\(cluster)")
            for r in 0..<22 { #expect(s[39, r].text == "│" && s[39, r].role == .divider) }
        }
    }

    /// Hostile clusters at every pane width: each row is whole and the divider never moves.
    @Test func dividerIsNeverOverwritten() {
        let pieces = ["🇰🇷", "🇰🇵", "\u{1F1F0}", "👍🏽", "👩‍👩‍👧", "👨‍👩‍👧‍👦", "❤️", "한", "c\u{200D}d",
                      "a" + String(repeating: "\u{301}", count: 40), "\u{301}", "\u{200B}", "x", " ", "1️⃣", "🏴󠁧󠁢󠁳󠁣󠁴󠁿"]
        var rng = SystemRandomNumberGenerator()
        for joining in [ClusterJoining.unicode, ClusterJoining(modifiers: false, zwjSequences: false)] {
            for width in [80, 81, 82, 83, 90, 101, 120] {
                let text = (0..<600).map { _ in pieces.randomElement(using: &rng)! }.joined()
                let s = reader(corpus(["T\n\n" + text, text]), width: width, height: 30, joining: joining).render()
                let divider = (width - 1) / 2
                for y in 0..<28 {
                    #expect(s[divider, y].text == "│" && s[divider, y].role == .divider, "width \(width) row \(y)")
                    #expect(columns(s, row: y) == width)
                    #expect(s[divider - 1, y].width == 1, "the margin left of the divider stays one column")
                }
            }
        }
    }
}
