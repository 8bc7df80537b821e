import LocGenKit
import Testing

struct BreadcrumbStructuredDataTests {
    @Test func writesTheTrailWithPositionsFromOne() {
        let data = BreadcrumbStructuredData(crumbs: [
            .init(name: "Startseite", url: "https://x/de/"),
            .init(name: "Zelte \"Pro\"", url: "https://x/de/#tents"),
            .init(name: "Zelt", url: "https://x/de/zelt/"),
        ])
        #expect(
            data.scriptText
                == #"{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Startseite","item":"https://x/de/"},{"@type":"ListItem","position":2,"name":"Zelte \"Pro\"","item":"https://x/de/#tents"},{"@type":"ListItem","position":3,"name":"Zelt","item":"https://x/de/zelt/"}]}"#
        )
    }

    @Test func writesAnEmptyTrailAsAnEmptyList() {
        #expect(
            BreadcrumbStructuredData(crumbs: []).scriptText
                == #"{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[]}"#
        )
    }

    @Test func cannotCloseItsScript() {
        let text = BreadcrumbStructuredData(crumbs: [.init(name: "</script>&\u{2029}", url: "u")]).scriptText
        #expect(text.contains(#""name":"\u003c/script\u003e\u0026\u2029""#))
        #expect(!text.contains("<"))
    }
}
