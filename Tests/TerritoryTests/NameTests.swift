import Territory
import Testing

@Suite("Names resolve across spellings")
struct NameTests {
    let dataset = Fixture.dataset

    @Test(
        "every spelling of Stepanakert finds the same place",
        arguments: [
            "Stepanakert", "stepanakert", "Khankendi", "KHANKENDI", "Xankəndi", "KHANKƏNDİ", "XANKƏNDİ", " khan-kendi ",
        ])
    func stepanakert(_ spelling: String) throws {
        #expect(try dataset.place(named: spelling).id == "stepanakert")
    }

    @Test("Laçın, LAÇIN, lacin and Berdzor find Lachin")
    func lachin() throws {
        for spelling in ["Lachin", "Laçın", "LAÇIN", "lacin", "Berdzor"] {
            #expect(try dataset.place(named: spelling).id == "lachin")
        }
    }

    @Test("names of units, corridors and entities resolve, with preferences between kinds")
    func otherKinds() throws {
        #expect(try dataset.unit(named: "Şimal").id == "north")
        #expect(try dataset.unit(named: "contact zone").id == "zone")
        #expect(try dataset.corridor(named: "the link").id == "link")
        #expect(try dataset.entity(named: "alfa").id == "A")
        #expect(try dataset.resolve("Republic of R").category == .entity)
        #expect(try dataset.resolve("alpha").category == .unit)
    }

    @Test("an unknown name fails with the closest spellings")
    func suggestions() {
        do {
            _ = try dataset.place(named: "Stepanakrt")
            Issue.record("an unknown name resolved")
        } catch {
            guard case .unknownName(let name, let kinds, let suggestions) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(name == "Stepanakrt")
            #expect(kinds == [.place])
            #expect(suggestions.first == "'Stepanakert' (stepanakert)")
            #expect(error.description.contains("did you mean 'Stepanakert' (stepanakert)"))
        }
        #expect(throws: QueryError.self) { try dataset.unit(named: "Stepanakert") }
    }
}
