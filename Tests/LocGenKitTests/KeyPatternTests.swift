import LocGenICU
import LocGenKit
import Testing

struct KeyPatternTests {
    @Test(arguments: [
        ("seo.*", "seo.title", true),
        ("seo.*", "seo.home.title", false),
        ("**.title", "title", true),
        ("**.title", "a.b.title", true),
        ("*.meta_title", "product.meta_title", true),
        ("seo.*title", "seo.page_title", true),
        ("seo.*title", "seo.titles", false),
        ("cart.add", "cart.add", true),
        ("cart.add", "cart.adds", false),
        ("a*b*c", "abc", true),
        ("a*b*c", "axxbyyc", true),
        ("a*b*c", "axxbyy", false),
    ])
    func matchesDottedKeys(pattern: String, key: String, matches: Bool) {
        #expect(KeyPattern(pattern).matches(key) == matches)
    }

    @Test func resolvesSeverityFromDefaultsConfigurationKeysAndStrict() throws {
        var options = ValidationOptions(sourceLocale: try LocaleID("en"))
        #expect(options.severity(of: .untranslated, key: "a") == .warning)
        options.checkSeverities[.untranslated] = .some(nil)
        #expect(options.severity(of: .untranslated, key: "a") == nil)
        options.keyRules = [.init(pattern: KeyPattern("brand.*"), checkSeverities: [.untranslated: .error])]
        #expect(options.severity(of: .untranslated, key: "brand.name") == .error)
        #expect(options.severity(of: .untranslated, key: "cart.add") == nil)
        options.isStrict = true
        #expect(options.severity(of: .punctuation, key: "x") == .error)
    }
}
