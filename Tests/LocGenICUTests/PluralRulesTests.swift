import LocGenICU
import Testing

struct PluralRulesTests {
    @Test(arguments: [
        ("ru", ["1": "one", "21": "one", "2": "few", "24": "few", "5": "many", "11": "many", "12": "many", "111": "many", "1.5": "other", "0": "many"]),
        ("pl", ["1": "one", "2": "few", "22": "few", "5": "many", "12": "many", "21": "many", "1.5": "other"]),
        ("ar", ["0": "zero", "1": "one", "2": "two", "3": "few", "10": "few", "11": "many", "99": "many", "100": "other", "102": "other"]),
        ("cy", ["0": "zero", "1": "one", "2": "two", "3": "few", "6": "many", "4": "other", "7": "other"]),
        ("ja", ["0": "other", "1": "other", "1.5": "other"]),
        ("en", ["1": "one", "1.0": "other", "0": "other", "2": "other", "1.5": "other"]),
        ("fr", ["0": "one", "1": "one", "1.5": "one", "2": "other", "1000000": "many", "1.0": "one"]),
    ])
    func selectsCardinalCategories(tag: String, cases: [String: String]) throws {
        let rules = try PluralRules.cached(locale: try locale(tag))
        for (number, category) in cases.sorted(by: { $0.key < $1.key }) {
            #expect(try rules.category(of: number).rawValue == category, "\(tag) \(number)")
        }
    }

    @Test(arguments: [
        ("en", ["1": "one", "2": "two", "3": "few", "4": "other", "11": "other", "12": "other", "13": "other", "21": "one", "22": "two", "23": "few", "101": "one"]),
        ("cy", ["0": "zero", "1": "one", "2": "two", "3": "few", "4": "few", "5": "many", "6": "many", "7": "zero", "10": "other", "11": "other"]),
        ("fr", ["1": "one", "2": "other"]),
    ])
    func selectsOrdinalCategories(tag: String, cases: [String: String]) throws {
        let rules = try PluralRules.cached(locale: try locale(tag), ordinal: true)
        for (number, category) in cases.sorted(by: { $0.key < $1.key }) {
            #expect(try rules.category(of: number).rawValue == category, "\(tag) ordinal \(number)")
        }
    }

    @Test(arguments: [
        ("en", false, [PluralCategory.one, .other]),
        ("ru", false, [.one, .few, .many, .other]),
        ("ar", false, [.zero, .one, .two, .few, .many, .other]),
        ("ja", false, [.other]),
        ("fr", false, [.one, .many, .other]),
        ("en", true, [.one, .two, .few, .other]),
        ("cy", true, [.zero, .one, .two, .few, .many, .other]),
    ])
    func listsTheCategoriesALocaleUses(tag: String, ordinal: Bool, categories: [PluralCategory]) throws {
        #expect(try PluralRules(locale: try locale(tag), ordinal: ordinal).categories == categories)
    }

    @Test(pinnedICU)
    func carriesCLDRSamples() throws {
        let russian = try PluralRules(locale: try locale("ru"))
        let one = try #require(russian.rules.first { $0.category == .one })
        #expect(one.condition == "v = 0 and i % 10 = 1 and i % 100 != 11")
        #expect(one.integerSamples.hasPrefix("1, 21, 31, 41, 51, 61, 71, 81, 101, 1001"))
        #expect(one.decimalSamples.isEmpty)
        let other = try #require(russian.rules.first { $0.category == .other })
        #expect(other.condition.isEmpty)
        #expect(other.decimalSamples.hasPrefix("0.0~1.5"))
    }

    @Test func regionalLocalesUseTheirLanguagesRules() throws {
        #expect(try PluralRules(locale: try locale("de-CH")).categories == [.one, .other])
        #expect(try PluralRules(locale: try locale("pt-PT")).category(of: "0") == .other)
        #expect(try PluralRules(locale: try locale("pt-BR")).category(of: "0") == .one)
    }

    @Test func rejectsTextThatIsNotANumber() throws {
        let rules = try PluralRules.cached(locale: try locale("en"))
        #expect(throws: ICUError.self) { try rules.category(of: "one") }
        #expect(rules.category(of: 1) == .one)
    }
}
