import Testing
@testable import NKCore

/// Where a force was sent is a place of its own only beside a count of the whole force; a count
/// with an event and no thing counts what the story counts for that event; the whole a share is
/// taken of keeps the event its own noun names.
struct DestinationTests {
    @Test func aDestinationBesideTheWholeIsThePartsPlace() {
        let a = article("a", "Counts\n\nThe minister put the number abroad at some 10,000 troops and said as many as 8,000 had been deployed to the Vardia region.", date: "2025-01-10")
        let b = article("b", "Counts\n\nOfficials said 9,000 Ostrian troops had been deployed.", date: "2025-01-12")
        let all = claims([a, b])
        #expect(measure(all, "as many as 8,000") == "troops deployed in Vardia")
        #expect(measure(all, "some 10,000") == "troops deployed")
    }

    @Test func aDestinationAloneIsTheWholeForce() {
        let a = article("a", "Counts\n\nAllied assessments put the number of soldiers Ostria has sent to Vardia at about 12,000.", date: "2025-01-10")
        let b = article("b", "Counts\n\nOfficials said 9,000 Ostrian troops had been deployed.", date: "2025-01-12")
        let all = claims([a, b])
        #expect(measure(all, "about 12,000") == "troops deployed")
        #expect(conflicts([a, b]).conflicts.count == 1)
    }

    @Test func aPartSentSomewhereStaysAPart() {
        let a = article("a", "Counts\n\nThe force includes engineers and gunners, with an estimated 3,000 already deployed to Vardia's eastern regions.", date: "2025-01-10")
        #expect(claims([a]).first { $0.figure.text == "an estimated 3,000" }?.frame.group == "part of")
    }

    @Test func aCountWithAnEventAndNoThingCountsTheStorysThing() {
        let a = article("a", "Storm\n\nAbout 300,000 customers were without power on Monday, the utility said.", date: "2025-01-10")
        let b = article("b", "Storm\n\nSome 200,000 customers remained without power, officials said.", date: "2025-01-10")
        let c = article("c", "Storm\n\nAs many as 500,000 were without power on Monday night, the utility said.", date: "2025-01-10")
        let all = claims([a, b, c])
        #expect(measure(all, "As many as 500,000") == "customers without power")
    }

    @Test func moneyWithAnEventTakesNoThing() {
        let a = article("a", "Aid\n\nDonors pledged 4,000 tents and 2,500 tents were pledged later. The bank pledged $2 million.", date: "2025-01-10")
        #expect(measure(claims([a]), "$2 million")?.contains("tents") == false)
    }

    @Test func aShareBaseNamingItsOwnEventKeepsIt() {
        let a = article("a", "Did two-thirds of Ostria's 4,000 casualties in Vardia die?\n\nOfficials disagree.", date: "2025-01-10")
        let c = claims([a]).first { $0.figure.text == "4,000" }
        #expect(c?.frame.event == "injured or killed")
        #expect(c?.isUnmeasured == false)
    }

    @Test func aShareBaseWithNoNounOfItsOwnIsNotTheSharesEvent() {
        let a = article("a", "Shares\n\nIf two-thirds of more than 4,000 had died, the toll would be higher.", date: "2025-01-10")
        #expect(claims([a]).first { $0.figure.text == "more than 4,000" }?.isUnmeasured == true)
    }

    @Test func aForceInTheCountryItWasSentToIsTheWholeForce() {
        let a = article("a", "Counts\n\nAllied assessments put the number of soldiers Ostria has sent to Vardia at about 12,000.", date: "2025-01-10")
        let b = article("b", "Counts\n\nA spokesman said 9,000 Ostrian troops were now in the Teller region and that the total in Vardia could be closer to 11,000 Ostrian troops.", date: "2025-01-12")
        let all = claims([a, b])
        #expect(measure(all, "11,000") == "troops deployed")
        #expect(measure(all, "9,000") == "troops deployed in Teller")
    }

    @Test func aModalBeforeBeHedgesAFigureForNowNotAForecast() {
        let now = article("a", "Counts\n\nThe union said job cuts at the plant could be as high as 6,500.", date: "2025-01-10")
        #expect(claims([now]).first?.frame.group != "projected")
        let later = article("b", "Counts\n\nThe agency said the number of troops could be 10,000 by December.", date: "2025-01-10")
        #expect(claims([later]).first?.frame.group == "projected")
        let forecast = article("c", "Counts\n\nThe agency warned the number of dead could reach 8,000.", date: "2025-01-10")
        #expect(claims([forecast]).first?.frame.group == "projected")
    }
}
