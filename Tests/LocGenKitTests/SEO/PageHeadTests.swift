import LocGenICU
import LocGenKit
import Testing

struct HreflangCodeTests {
    @Test(arguments: [
        ("de-CH", "de-CH"), ("de_CH", "de-CH"), ("zh-Hans-CN", "zh-Hans-CN"), ("zh-Hant-HK", "zh-Hant-HK"),
        ("es-419", "es"), ("en", "en"), ("sr-Latn-RS", "sr-Latn-RS"), ("iw-IL", "he-IL"),
    ])
    func writesCodesAsGoogleAcceptsThem(tag: String, code: String) throws {
        #expect(HreflangCode.code(for: try LocaleID(tag)) == code)
    }

    @Test(arguments: [("de-DE", "de_DE"), ("de", "de_DE"), ("zh-Hans-CN", "zh_CN"), ("es-419", "es"), ("ar-AE", "ar_AE")])
    func writesOpenGraphLocalesWithAnUnderscore(tag: String, openGraph: String) throws {
        #expect(HreflangCode.openGraphLocale(for: try LocaleID(tag)) == openGraph)
    }
}

struct PageHeadTests {
    static func head(engines: [SearchEngine], verification: [SearchEngine: String] = [:], title: String = "Zelt")
        -> PageHead
    {
        PageHead(
            canonical: "https://shop.example.com/de/zelt/",
            alternates: [
                .init(hreflang: "de-DE", href: "https://shop.example.com/de/zelt/"),
                .init(hreflang: "x-default", href: "https://shop.example.com/us/tent/"),
            ],
            language: "de-DE",
            searchEngines: engines,
            verification: verification,
            openGraphLocale: "de_DE",
            openGraphAlternates: ["en_US"],
            title: title,
            description: "",
            image: nil,
            jsonLD: nil
        )
    }

    @Test func writesCanonicalAlternatesAndOpenGraph() {
        #expect(
            Self.head(engines: [.google]).html == """
                <link rel="canonical" href="https://shop.example.com/de/zelt/">
                <link rel="alternate" hreflang="de-DE" href="https://shop.example.com/de/zelt/">
                <link rel="alternate" hreflang="x-default" href="https://shop.example.com/us/tent/">
                <meta property="og:type" content="product">
                <meta property="og:url" content="https://shop.example.com/de/zelt/">
                <meta property="og:title" content="Zelt">
                <meta property="og:locale" content="de_DE">
                <meta property="og:locale:alternate" content="en_US">
                """
        )
    }

    @Test func addsContentLanguageForBingAndBaiduAndBaidusOwnTags() {
        let bing = Self.head(engines: [.google, .bing]).html
        #expect(bing.contains("<meta http-equiv=\"content-language\" content=\"de-DE\">"))
        #expect(!bing.contains("applicable-device"))
        let baidu = Self.head(engines: [.baidu]).html
        #expect(baidu.contains("<meta name=\"applicable-device\" content=\"pc,mobile\">"))
        #expect(baidu.contains("<meta http-equiv=\"Cache-Control\" content=\"no-transform\">"))
        #expect(!Self.head(engines: [.google]).html.contains("content-language"))
    }

    @Test func writesVerificationTagsPerEngine() {
        let html = Self.head(engines: [.google], verification: [.yandex: "y1", .google: "g\"1"]).html
        #expect(html.contains("<meta name=\"google-site-verification\" content=\"g&quot;1\">\n<meta name=\"yandex-verification\" content=\"y1\">"))
    }

    @Test func escapesAttributeValues() {
        let html = Self.head(engines: [.google], title: "\"><script>alert(1)</script>").html
        #expect(html.contains("<meta property=\"og:title\" content=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">"))
        #expect(!html.contains("<script>"))
    }
}

struct ProductStructuredDataTests {
    @Test func writesProductAndOfferInTheMarketsCurrency() {
        let data = ProductStructuredData(
            name: "Zelt", description: "", images: ["https://x/a.jpg"], sku: "p-1", url: "https://x/de/zelt/",
            price: "1234.50", currency: "EUR", isInStock: false
        )
        #expect(
            data.scriptText
                == #"{"@context":"https://schema.org","@type":"Product","name":"Zelt","image":["https://x/a.jpg"],"sku":"p-1","offers":{"@type":"Offer","price":1234.50,"priceCurrency":"EUR","availability":"https://schema.org/OutOfStock","url":"https://x/de/zelt/"}}"#
        )
    }

    @Test func cannotCloseItsScriptOrBreakJavaScript() {
        let data = ProductStructuredData(
            name: "</script><script>alert(1)</script>", description: "a\u{2028}b <!-- & -->", images: [], sku: "p",
            url: "u", price: "1", currency: "EUR", isInStock: true
        )
        let text = data.scriptText
        #expect(!text.contains("<"))
        #expect(!text.contains(">"))
        #expect(!text.contains("\u{2028}"))
        #expect(text.contains(#""name":"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e""#))
        #expect(text.contains(#""description":"a\u2028b \u003c!-- \u0026 --\u003e""#))
    }
}
