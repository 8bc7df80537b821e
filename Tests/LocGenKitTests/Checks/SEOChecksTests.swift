import LocGenICU
import LocGenKit
import Testing

struct SEOChecksTests {
    static let longTitle = "Buy the Acme Rocket Skates 3000 today with free shipping and returns"

    @Test func reportsATitleWiderThanItsBudgetAtTheFirstCharacterPastIt() throws {
        #expect(
            try check(Self.longTitle, key: "product.title")
                == [
                    Finding(
                        .seoLength,
                        "title is 68 cells wide; search engines show about 60 — shorten it by 8",
                        at: 60
                    )
                ]
        )
    }

    @Test(arguments: ["ja", "zh", "ko"])
    func countsWideCharactersDouble(locale: String) throws {
        // 31 wide characters are 62 cells; the 31st passes the budget.
        let title = String(repeating: "商", count: 31)
        #expect(
            try check(title, locale: locale, key: "product.title")
                == [
                    Finding(
                        .seoLength,
                        "title is 62 cells wide; search engines show about 60 (CJK characters count double) — shorten it by 2",
                        at: 30
                    )
                ]
        )
        #expect(try check(.seoLength, String(repeating: "商", count: 30), locale: locale, key: "product.title").isEmpty)
    }

    @Test func countsArgumentsByTheirNameAndPoundAsTwoDigits() throws {
        // {product} counts 7 cells and # 2; 7 + 51 + 2 = 60 fits, one more character does not.
        let text = String(repeating: "x", count: 51)
        let value = "{product}\(text){n, plural, one {# a} other {#}}"
        #expect(try check(.seoLength, value, key: "product.title").isEmpty)
        #expect(
            try check(.seoLength, value + "!", key: "product.title")
                == [
                    Finding(
                        .seoLength,
                        "title is 61 cells wide; search engines show about 60 — shorten it by 1",
                        at: 92
                    )
                ]
        )
    }

    @Test func measuresDescriptionsAndOnlySEOKeys() throws {
        let description = String(repeating: "Lorem ipsum ", count: 14)
        #expect(
            try check(.seoLength, description, key: "seo.description")
                == [
                    Finding(
                        .seoLength,
                        "description is 168 cells wide; search engines show about 160 — shorten it by 8",
                        at: 160
                    )
                ]
        )
        #expect(try check(.seoLength, description, key: "product.summary").isEmpty)
        #expect(try check(.seoLength, Self.longTitle, key: "product.name").isEmpty)
    }

    @Test func usesTheConfiguredBudget() throws {
        #expect(
            try check(.seoLength, "Rocket Skates", key: "page.title") { $0.seo.titleWidth = 10 }
                == [
                    Finding(
                        .seoLength,
                        "title is 13 cells wide; search engines show about 10 — shorten it by 3",
                        at: 10
                    )
                ]
        )
    }

    @Test func measuresTheRawTextWhenTheMessageDoesNotParse() throws {
        let value = "{{product}} " + Self.longTitle
        #expect(
            try check(.seoLength, value, key: "product.title")
                == [
                    Finding(
                        .seoLength,
                        "title is 80 cells wide; search engines show about 60 — shorten it by 20",
                        at: 60
                    )
                ]
        )
    }
}
