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

    @Test(arguments: [
        // A record that finds or shows (weakly), but not a search party that finds bodies.
        ("The National Audit Office found that €2 million went unpaid in 2020.", "€2 million", "National Audit Office"),
        ("Arrivals fell sharply; official figures later showed 3.1 million visitors in May.", "3.1 million", "official figures"),
        ("First they found a flooded cave holding seven bodies.", "seven", nil),
        // "cited by X put …": the name ends at its verb; "reported by X today": at the time.
        ("A 2019 report cited by the Valley Times put the repair bill at $3 million.", "$3 million", "Valley Times"),
        ("The latest toll, reported by Reuters today, is 3,351 dead.", "3,351", "Reuters"),
        // "numbers from X:", and "according to X" closing a sentence across its colon.
        ("Fresh numbers from the election commission: by noon, 400,000 people had voted.", "400,000", "election commission"),
        ("The economy shrank 2.1%: its worst quarter in years, according to government data.", "2.1%", "government"),
        ("Ferries carried 900 cars, \"according to preliminary data\".", "900", nil),
        // A speaker in the figure's own clause outranks one across a colon.
        ("On losses, the navy's count of 60 matches the one heard in port: Northland intelligence puts them at around 90.", "around 90", "Northland intelligence"),
        ("• Displaced: the Global Migration Office counted 4,300 people on Monday.", "4,300", "Global Migration Office"),
        // A quotation closed by "- Name".
        ("\"We will stay until all of our six demands are met.\" - Ana Ruiz, union convenor", "six", "Ana Ruiz"),
        // A quoted figure bound to who it came from, and a relative clause naming who gave it.
        ("So we have \"about 150\" from the coast guard, \"around 200\" from a port official and 260 from the mayor.", "around 200", "port official"),
        ("Compare that with the 30 dead the agency reported in May and the roughly 100 that harbour officials gave the Courier.", "roughly 100", "harbour officials"),
        // "X's 40%" with the plural apostrophe; a later clause's speaker does not take it.
        ("Ruiz's \"nearly half\" and the Western officials’ 40% differ, and neither side has said why.", "40%", "Western officials"),
        // "X says A, Y puts them at B": the weak verb of the later clause names B.
        ("Kelso says losses top 3,000, Brava's army puts them at 1,100.", "1,100", "Brava's army"),
        // "quoted X as saying", ", who said", "– adding", "… and told".
        ("The wire service, which quoted Dr Ana Ruiz, the clinic's director, as saying 70 patients had died, ran the story first.", "70", "Dr Ana Ruiz"),
        ("The claim goes back to Omar Said, the port's manager, who said that 25% of the quay had collapsed.", "25%", "Omar Said"),
        ("The Harbour Relief Office repeated those numbers on Monday – adding 30 deaths elsewhere.", "30", "Harbour Relief Office"),
        ("Fleet commander Ana Ruiz disputed reports of a pull-out and told the Courier that 800 sailors remained.", "800", "Fleet commander Ana Ruiz"),
        // An origin phrase attributes only a figure, not shells from a country.
        ("Half the shells come from Northland, which ships about 3 million a year.", "about 3 million", nil),
        // "WHO" is a name; an acronym before "lists" is the subject of the verb.
        ("WHO count: 4,255 dead and 8,540 missing", "8,540", "WHO count"),
        ("The JCS lists around 220 howitzers.", "around 220", "JCS"),
        // No one: background after the attribution, a dated kicker, the writer's own arithmetic.
        ("Rescuers had pulled 1,000 bodies from the mud, an official said, after two dams gave way.", "two", nil),
        ("Kelso, one month on: barely 400 homes rebuilt", "400", nil),
        // "it" stands for the body named just before it in the sentence, not an earlier speaker.
        ("The operator Nordline said the line had passed inspection. A union representing drivers said it had warned about the signals at least four times.", "at least four", "union representing drivers"),
        // A body that counts or lists speaks; a cue in a later figure's relative clause is that figure's alone.
        ("The coast guard counts 47 dead and 78 rescued.", "78", "coast guard"),
        ("If 160 were aboard and 47 died, 32 remain unaccounted for, far more than the 12 the coast guard lists as missing.", "32", nil),
        ("If 160 were aboard and 47 died, 32 remain unaccounted for, far more than the 12 the coast guard lists as missing.", "12", "coast guard"),
        // "of" inside a name joins it.
        ("The Ministry of Health said 300 people died.", "300", "Ministry of Health"),
        ("Researchers at the University of Halden said 2,000 died.", "2,000", "Researchers at the University of Halden"),
        // A verb that is also a noun is the noun after a plain noun ("breach estimate"), unless
        // what is said follows it.
        ("Halvora raises breach estimate to 3 million customers", "3 million", nil),
        ("A viral post claims that 5,000 people died.", "5,000", "viral post"),
        ("Aid workers estimate more than 1,000 homes were destroyed.", "more than 1,000", "Aid workers"),
        // A range's other end is the same figure, not a later one whose relative clause it is.
        ("Of the 1,200 to 1,500 the ministry counted, most were civilians.", "1,200 to 1,500", "ministry"),
        // A titled person is no event title.
        ("Fire Chief Dan Roe: 12 people rescued from the flats", "12", "Fire Chief Dan Roe"),
        // How often a post was shared is no speaker.
        ("A post shared more than 40,000 times claims that 5,000 people died.", "5,000", nil),
        // A kicker naming the event is its subject, not its speaker; a body named so speaks.
        ("Storm Tarn: 41 dead as floods sweep Kelso", "41", nil),
        ("Hurricane Orla: 12 missing off the coast", "12", nil),
        ("Fire Service: 12 people rescued from the flats", "12", "Fire Service"),
        ("An earlier version of this fact check said 9,100 boats sank in the storm.", "9,100", nil),
    ] as [(String, String, String?)])
    func moreShapesInTheSentence(text: String, figure: String, source: String?) throws {
        #expect(try claim(text, figure).source == source)
    }

    @Test func aTableHeadingNamesTheSpeakerOfEachColumn() throws {
        let text = "March counts\n\nHOW THE COUNTS COMPARE (organisers / police)\n- May 2: 1.2 million / 310,000\n- May 9: 800,000 / 150,000\n"
        #expect(try claim(text, "1.2 million").source == "organisers")
        #expect(try claim(text, "310,000").source == "police")
        #expect(try claim(text, "150,000").source == "police")
    }

    @Test func possessivePronounsFindTheirOwner() throws {
        let text = "The Lakeside Survey Institute published its raw tallies first. Its volunteers recorded 23,000 marchers.\n\nMayor Ivo Kranjc announced 3,100 deaths on Friday. On Saturday his figure was 3,252.\n\nRuiz's 40 sits inside his 55.\n\nBrava's 300 were counted at the border; its 1,000 by May is a plan."
        #expect(try claim(text, "23,000").source == "Lakeside Survey Institute")
        #expect(try claim(text, "3,252").source == "Mayor Ivo Kranjc")
        #expect(try claim(text, "55").source == "Ruiz")
        #expect(try claim(text, "1,000").source == "Brava")
    }

    @Test func aPronounInTheSameSentenceFindsItsName() throws {
        let text = "Police tell a very different story: 128,000 people at the peak, the force said late last night.\n\nA data firm, Quanta Metrics, went the other way: using its own methods, it put turnout at about 550,000."
        #expect(try claim(text, "128,000").source == "Police")
        #expect(try claim(text, "about 550,000").source == "Quanta Metrics")
    }

    @Test func theWritersOwnTurnDoesNotInheritTheSpeaker() throws {
        let text = "According to the regional authorities, 4,000 people have been buried. But at least 8,500 have not been found. The toll could therefore come close to 13,000.\n\nThe agency says 11,000 were sent. That would make 14,000 in all, by my arithmetic."
        #expect(try claim(text, "4,000").source == "regional authorities")
        #expect(try claim(text, "at least 8,500").source == nil)
        #expect(try claim(text, "close to 13,000").source == nil)
        #expect(try claim(text, "14,000").source == nil)
    }
}
