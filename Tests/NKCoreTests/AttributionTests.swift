import Testing
@testable import NKCore

/// Who a figure comes from, on articles written for these tests.
struct AttributionTests {
    @Test(arguments: [
        // Inverted and sentence-final attribution.
        ("At least 4,000 families lost their homes, says the regional housing agency.", "At least 4,000", "regional housing agency"),
        ("\"We counted 212 boats,\" said Ana Ruiz, the harbour master.", "212", "Ana Ruiz"),
        ("Some 90 schools closed on Friday, officials say.", "Some 90", "officials"),
        // An appositive name keeps its verb: the object is not the speaker.
        ("Tomas Berg, the port's director, told Harbour Radio that 35 cranes were idle.", "35", "Tomas Berg"),
        ("Lena Holt, a spokeswoman for the river authority, said more than 60 bridges were shut.", "more than 60", "Lena Holt"),
        // Speaker verbs beyond "said", and a time between speaker and verb.
        ("The Northern Water Board now puts the loss at 1,200 homes.", "1,200", "Northern Water Board"),
        ("Canada on Tuesday pledged $3 million for the clean-up.", "$3 million", "Canada"),
        // "according to", "citing", and a named owner of the numbers.
        ("Citing the coast guard, the broadcaster said 14 crew were rescued.", "14", "broadcaster"),
        ("By the institute's count, 8,000 trees fell.", "8,000", "institute"),
        ("Regional Fire Service: 41 blazes still burning", "41", "Regional Fire Service"),
        // Nobody named: no source, and events, times and numbers are not speakers.
        ("Four bridges were swept away in the storm.", "Four", nil),
        ("Three workers died in the crash on Monday.", "Three", nil),
        ("The dam released 30 million cubic metres of water.", "30 million", nil),
    ] as [(String, String, String?)])
    func inTheSentence(text: String, figure: String, source: String?) throws {
        #expect(try claim(text, figure).source == source)
    }

    @Test func pronounsResolveToTheEarlierSpeaker() throws {
        let text = "The Alpine Rescue Federation says 300 climbers are stranded. Another 45 are missing, it said on Sunday.\n\nMayor Ivo Kranjc told reporters that 12 lodges were destroyed. He said 7 more were damaged."
        #expect(try claim(text, "300").source == "Alpine Rescue Federation")
        #expect(try claim(text, "45").source == "Alpine Rescue Federation")
        #expect(try claim(text, "7").source == "Mayor Ivo Kranjc")
    }

    @Test func definiteDescriptionsFindTheirName() throws {
        let text = "Pellmark's Interior Ministry said 900 people were evacuated. Later the ministry said 150 had returned."
        #expect(try claim(text, "150").source == "Pellmark's Interior Ministry")
    }

    @Test func aParagraphLeadNamesTheSpeakerForWhatFollows() throws {
        let text = "The Delta Relief Office has published its first assessment. Some 20,000 people need shelter and 5,000 need medical care.\n\nElsewhere, 40 roads reopened."
        #expect(try claim(text, "Some 20,000").source == "Delta Relief Office")
        #expect(try claim(text, "5,000").source == "Delta Relief Office")
        // A new paragraph does not inherit the speaker.
        #expect(try claim(text, "40").source == nil)
    }

    @Test func theSpeakerOfAnotherClauseDoesNotClaimAFigureBeforeTheSemicolon() throws {
        let text = "The storm dropped 300 mm of rain on the valley; forecasters said 80 mm more would follow."
        #expect(try claim(text, "300").source == nil)
        #expect(try claim(text, "80").source == "forecasters")
    }

    @Test func aQuotedSpeakerIsNotTheContent() throws {
        let text = "\"There were probably 70, but it is hard to say,\" rescuer Mia Sand told the Daily Courier."
        #expect(try claim(text, "70").source == "rescuer Mia Sand")
    }
}
