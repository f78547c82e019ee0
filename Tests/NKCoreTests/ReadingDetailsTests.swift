import Testing
@testable import NKCore

/// Small readings a careful analyst makes without thinking: a capacity is no count, last year's
/// march is last year's, the organisers of a march are who speak about it.
struct ReadingDetailsTests {
    private func claim(_ text: String, _ figure: String, date: String = "2019-07-09") -> Claim? {
        claims([article("a", "Protest\n\n" + text, date: date)]).first { $0.figure.text == figure }
    }

    @Test func aCapacityIsListedButNeverCompared() {
        let c = claim("Victoria Park holds around 100,000 people, so organisers ran a flowing rally on Sunday's march.", "around 100,000")
        #expect(c?.frame.group == "capacity of")
        #expect(c?.isUnmeasured == true)
    }

    @Test func lastYearsMarchIsLastYears() {
        #expect(claim("Last year's July 1 march drew more than 50,000, according to the Front.", "more than 50,000")?.frame.year == 2018)
    }

    @Test func theOrganisersOfAMarchSpeakNotWhatItOpposed() {
        let c = claim("The organisers of Sunday's march against Hong Kong's extradition bill said close to 2 million people walked.", "close to 2 million")
        #expect(c?.source == "organisers")
    }

    @Test func theFirstMarchInMonthsIsNoCountOverThem() {
        let c = claim("The Front's 8 December march, the first it had held with police approval in four months, drew 800,000 people.", "800,000", date: "2019-12-20")
        #expect(c?.frame.rate == nil)
    }
}

/// A title says in few words what its body counts; a total that names its thing refers to the
/// article's last count of that thing.
struct TitleAndNamedTotalTests {
    @Test func aTitleAbbreviatesItsBodysCount() {
        let title = "Nearly 16,000 rounds of tear gas? Yes"
        let a = Article(id: "a", path: "a.txt", text: title + "\n\nPolice have fired nearly 16,000 rounds of tear gas since June 9, the force said.",
                        metadata: ArticleMetadata(title: title, date: "2019-12-11"))
        let all = claims([a])
        #expect(all.count == 2)
        #expect(all.first?.measure == all.last?.measure)
        #expect(all.first?.frame.isRunningTotal == true)
    }

    @Test func aNamedTotalRefersToTheCountOfItsThing() {
        let a = article("a", "Police\n\nOfficers fired 15,972 rounds of tear gas since June 9. They also used some 1,850 sponge grenades. The agency reported the tear gas total as close to 16,000.", date: "2019-12-11")
        let all = claims([a])
        #expect(all.last?.measure == all.first?.measure)
    }

    @Test func aTotalNamingNothingReadsTheSentenceBefore() {
        let a = article("a", "March\n\nPolice said the peak was 240,000 people at the June 9 march. Allowing for error, it said the real figure lay between 240,000 and 290,000.", date: "2019-06-17")
        let all = claims([a])
        #expect(all.last?.measure == all.first?.measure)
    }
}

/// A part that counts a harm of its own, other than its whole's, is that harm's count.
struct PartsWithTheirOwnHarmTests {
    private func claim(_ text: String, _ figure: String) -> Claim? {
        claims([article("a", "War\n\n" + text, date: "2025-01-24")]).first { $0.figure.text == figure }
    }

    @Test func theDeadAmongCasualtiesCountTheDead() {
        let c = claim("Officials counted 4,000 battle casualties among an estimated 11,000 troops, including around 1,000 killed.", "around 1,000")
        #expect(c?.frame.group == nil)
        #expect(c?.frame.event == "killed")
    }

    @Test func childrenAmongTheDeadAreAPart() {
        #expect(claim("Officials said 4,000 people were killed, including 1,000 children.", "1,000")?.frame.group == "part of")
    }

    @Test func theDeadOfAForceNoFigureCountedAreItsDead() {
        let c = claim("North Korean troops went into combat this month and at least 100 of them have been killed, the agency said.", "at least 100")
        #expect(c?.frame.group == nil)
    }

    @Test func theDeadOfACountedGroupAreAPart() {
        let c = claim("The team had 19 members. Four of them died and the other 15 were hurt.", "Four")
        #expect(c?.frame.group == "part of")
    }

    @Test func aPlaceWhereAFigureWasHeardIsNotItsPlace() {
        let c = claim("The figure of 4,000 casualties matches what Yu heard in Kyiv.", "4,000")
        #expect(c?.frame.place == nil)
    }

    @Test func afterAFigureNounTheClauseGoesOnWithItsVerb() {
        #expect(claim("On losses, the JCS figure of 4,000 matches what others say.", "4,000")?.frame.thing != "matches")
    }
}

/// Money is no people: a soldier's pay is not a force's strength.
struct MoneyIsNoPeopleTests {
    @Test func aSoldiersPayIsNoForce() {
        let a = article("a", "Pay\n\nMoscow pays each soldier about $2,000 a month (roughly 2.9 million won).", date: "2025-01-24")
        let pay = claims([a]).first { $0.figure.text == "roughly 2.9 million won" }
        #expect(pay?.frame.thing == nil)
        #expect(pay?.frame.event != "deployed")
    }

    @Test func replacementsAreMoreOfAForce() {
        let a = article("a", "War\n\nAround 2,000 replacements arrived in February, officials said.", date: "2025-03-28")
        #expect(claims([a]).first?.measure == "additional troops")
    }
}
