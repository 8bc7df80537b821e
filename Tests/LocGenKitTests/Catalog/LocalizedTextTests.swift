import LocGenICU
import LocGenKit
import Testing

extension CatalogTests {
    struct LocalizedTextTests {
        private let source: LocaleID

        init() throws {
            source = try LocaleID("en")
        }

        @Test func fallsBackFromRegionToLanguageToSourceToUntagged() throws {
            let all = LocalizedText(["de-CH": "Velo", "de": "Fahrrad", "en": "Bicycle", "": "Bike"])
            let swiss = try LocaleID("de-CH")
            #expect(all.resolve(for: swiss, source: source) == "Velo")
            var text = all
            text.values["de-CH"] = nil
            #expect(text.resolve(for: swiss, source: source) == "Fahrrad")
            text.values["de"] = nil
            #expect(text.resolve(for: swiss, source: source) == "Bicycle")
            text.values["en"] = nil
            #expect(text.resolve(for: swiss, source: source) == "Bike")
            text.values[""] = nil
            #expect(text.resolve(for: swiss, source: source) == nil)
        }

        @Test func followsCLDRParentLocales() throws {
            let text = LocalizedText(["es-419": "Chaqueta (LatAm)", "es": "Chaqueta", "zh-Hant": "夾克", "zh": "夹克"])
            #expect(text.resolve(for: try LocaleID("es-MX"), source: source) == "Chaqueta (LatAm)")
            #expect(text.resolve(for: try LocaleID("es-ES"), source: source) == "Chaqueta")
            #expect(text.resolve(for: try LocaleID("zh-Hant-HK"), source: source) == "夾克")
            #expect(text.resolve(for: try LocaleID("zh-CN"), source: source) == "夹克")
        }

        @Test func resolvesAlongAPrecomputedChain() throws {
            let text = LocalizedText(["fr": "Veste", "": "Jacket"])
            let chain = try LocaleID("fr-CA").fallbackChain + [source]
            #expect(text.resolve(along: chain) == "Veste")
            #expect(text.resolve(along: []) == "Jacket")
        }
    }
}
