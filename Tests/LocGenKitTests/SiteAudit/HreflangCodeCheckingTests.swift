import Testing

@testable import LocGenKit

/// hreflang codes as Google accepts them.
struct HreflangCodeCheckingTests {
    @Test(arguments: ["de", "de-CH", "zh-Hans-CN", "zh-Hant", "en-GB", "x-default", "X-Default", "pt-br"])
    func acceptsCodesGoogleReads(_ code: String) {
        #expect(HreflangCode.problem(with: code) == nil)
    }

    @Test(arguments: [
        ("es-419", "UN M.49 region '419'"), ("en-UK", "did you mean 'en-GB'?"), ("en_GB", "uses an underscore"),
        ("eng", "three-letter code 'eng'"), ("qq", "unknown language 'qq'"), ("de-DE-1996", "extra subtag '1996'"),
        ("", "is empty"), ("de-Xyzw", "unknown script"), ("1a", "does not start with an ISO 639-1 language"),
    ])
    func rejectsCodesGoogleIgnores(_ code: String, _ message: String) {
        let problem = HreflangCode.problem(with: code)
        #expect(problem?.contains(message) == true, "\(problem ?? "nil")")
    }

    @Test func comparesHTMLLangWithTheOwnCode() {
        #expect(HreflangCode.agrees(htmlLang: "de", hreflang: "de-CH"))
        #expect(HreflangCode.agrees(htmlLang: "zh-Hans-CN", hreflang: "zh-CN"))
        #expect(!HreflangCode.agrees(htmlLang: "de-AT", hreflang: "de-CH"))
        #expect(!HreflangCode.agrees(htmlLang: "fr", hreflang: "de"))
        #expect(!HreflangCode.agrees(htmlLang: "zh-Hant", hreflang: "zh-Hans-CN"))
    }

    @Test(arguments: ["2026", "2026-11", "2026-11-26", "2026-11-26T09:30Z", "2026-11-26T09:30:00+01:00", "2026-11-26T09:30:00.123-05:00"])
    func acceptsW3CDatetimes(_ text: String) {
        #expect(W3CDateTime.isValid(text))
    }

    @Test(arguments: ["26.11.2026", "2026-13-01", "2026-11-26T09:30", "2026-11-26 09:30:00Z", "2026-11-26T25:00Z", "", "2026-1-2", "2026-11-26T09:30:00+0100"])
    func rejectsOtherDates(_ text: String) {
        #expect(!W3CDateTime.isValid(text))
    }
}
