import Foundation
import LocGenICU
import Testing

@testable import LocGenKit

/// What the product page gets beyond its own product: payment methods, installments, related products'
/// cards, the category's name and breadcrumbs.
struct ProductPageDataTests {
    /// The fixture with `extra` lines added to the `de` market and German names for payment methods and a
    /// category.
    static func site(de extra: String = "", products: [String] = BuildFixture.products) throws -> BuildFixture {
        let site = try BuildFixture()
        try site.folder.write(
            "site/locgen.yaml",
            BuildFixture.config.replacingOccurrences(
                of: "    returns-days: 30\n",
                with: "    returns-days: 30\n" + extra
            )
        )
        try site.folder.write(
            "site/locales/de.yaml",
            """
            title: Laden
            stock: "{count, plural, one {noch # Stück} other {noch # Stück}}"
            payment:
              visa: Visa
              sepa-direct-debit: SEPA-Lastschrift
              cash-on-delivery: Nachnahme
            category:
              tents: Zelte

            """
        )
        try site.writeCatalog(products)
        return site
    }

    @Test func namesThePaymentMethodsInTheMarketsLocaleInTheirOrder() async throws {
        let site = try Self.site(de: "    payment-methods: [sepa-direct-debit, visa, cash-on-delivery]\n")
        _ = try await site.build()
        let page = site.page("de/zelt/index.html")
        for line in [
            "market.paymentMethods[0].id=sepa-direct-debit", "market.paymentMethods[0].name=SEPA-Lastschrift",
            "market.paymentMethods[1].name=Visa", "market.paymentMethods[2].name=Nachnahme",
        ] {
            #expect(page.contains(line + "\n"), "\(line)")
        }
        // The index page has them too; a market without methods has an empty list.
        #expect(site.page("de/index.html").contains("market.paymentMethods[2].id=cash-on-delivery\n"))
        #expect(!site.page("ch/zelt/index.html").contains("market.paymentMethods"))
    }

    @Test func paymentMethodNoBundleNamesIsAConfigurationErrorAtItsPlace() async throws {
        let site = try Self.site(de: "    payment-methods: [visa, sepa-direct-debitt]\n")
        let failure = await #expect(throws: BuildFailure.self) { _ = try await site.build() }
        #expect(failure?.kind == .configuration)
        let error = try #require(failure?.errors.first)
        #expect(error.code == .invalidConfiguration)
        #expect(error.location == SourceLocation(file: site.site + "/locgen.yaml", line: 15, column: 29))
        #expect(
            error.message
                == "market 'de' accepts the payment method 'sepa-direct-debitt', which no locale bundle names for "
                + "de-DE; did you mean 'sepa-direct-debit'? fix the id, or add 'payment.sepa-direct-debitt' to the "
                + "site's locales/de.yaml (or to the source locale's bundle for every market)"
        )
        #expect(failure?.errors.count == 1)
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }

    @Test func showsTheMonthlyInstallmentFromTheMinimumOn() async throws {
        let site = try Self.site(de: "    installments: { count: 3, interest-free: true, minimum: 50 }\n")
        _ = try await site.build()
        // 100.00 EUR ÷ 3 = 33.333…, rounded to the cent.
        let tent = site.page("de/zelt/index.html")
        for line in [
            "price.installments.count=3", "price.installments.amount=33,33\u{A0}€",
            "price.installments.isInterestFree=true", "arg.installments=number(\"3\")",
            "arg.installmentAmount=string(\"33,33\u{A0}€\")",
        ] {
            #expect(tent.contains(line + "\n"), "\(line)")
        }
        // 12.34 EUR is below the minimum; the Swiss market offers no installments.
        #expect(site.page("de/банан/index.html").contains("price.installments=false\n"))
        #expect(site.page("ch/zelt/index.html").contains("price.installments=false\n"))
    }

    @Test func splitsAPriceIntoInstallmentsWithTheCurrencysDigits() {
        let plan = InstallmentPlan(count: 12, isInterestFree: true, minimum: DecimalAmount("100"))
        #expect(plan.payment(of: DecimalAmount("1200")!, digits: 2)?.text == "100.00")
        #expect(plan.payment(of: DecimalAmount("279.90")!, digits: 2)?.text == "23.33")
        // Halves round away from zero: 100.02 ÷ 12 = 8.335.
        #expect(plan.payment(of: DecimalAmount("100.02")!, digits: 2)?.text == "8.34")
        #expect(plan.payment(of: DecimalAmount("99.99")!, digits: 2) == nil)
        #expect(InstallmentPlan(count: 10).payment(of: DecimalAmount("15001")!, digits: 0)?.text == "1500")
        #expect(InstallmentPlan(count: 10).payment(of: .zero, digits: 2) == nil)
    }

    /// p1 lists p3 (sold everywhere), p2 (not sold in Switzerland) and p9 (not in the catalog).
    static let relatedProducts: [String] = {
        var products = BuildFixture.products
        products[0] = products[0].replacingOccurrences(
            of: #""created": "2026-03-01""#,
            with: #""created": "2026-03-01", "category": "tents", "related": ["p3", "p2", "p9"]"#
        )
        return products
    }()

    @Test func givesRelatedProductsNameURLAndPriceInTheMarket() async throws {
        let site = try Self.site(products: Self.relatedProducts)
        let report = try await site.build()
        let swiss = site.page("ch/zelt/index.html")
        for line in [
            "product.related[0].id=p3", "product.related[0].name=Banane",
            "product.related[0].url=https://shop.example.com/ch/%D0%B1%D0%B0%D0%BD%D0%B0%D0%BD/",
            "product.related[0].price=CHF\u{A0}11.65",
        ] {
            #expect(swiss.contains(line + "\n"), "\(line)")
        }
        // p2 is not sold in Switzerland and p9 does not exist: both are left out.
        #expect(!swiss.contains("product.related[1]"))
        let german = site.page("de/zelt/index.html")
        #expect(german.contains("product.related[1].name=Äpfelkorb\n"))
        #expect(german.contains("product.related[1].price=20,00\u{A0}€\n"))
        #expect(!german.contains("product.related[2]"))
        #expect(
            report.warnings == [
                "warning: \(site.site)/data/products.jsonl: product 'p1' lists the related product 'p9', which the "
                    + "catalog does not have; its card is left out"
            ]
        )
    }

    @Test func rerendersThePagesShowingAChangedRelatedProduct() async throws {
        let site = try Self.site(products: Self.relatedProducts)
        _ = try await site.build()
        var products = Self.relatedProducts
        products[2] = products[2].replacingOccurrences(of: #""price": "12.34""#, with: #""price": "13""#)
        try site.writeCatalog(products)
        let changed = try await site.build()
        // p3's three pages and three index pages, and p1's three pages, whose cards show p3's price.
        #expect(changed.renderedPages == 9)
        #expect(site.page("de/zelt/index.html").contains("product.related[0].price=13,00\u{A0}€\n"))
    }

    @Test func namesTheCategoryAndMarksUpTheBreadcrumbs() async throws {
        let site = try Self.site(products: Self.relatedProducts)
        _ = try await site.build()
        let german = site.page("de/zelt/index.html")
        #expect(german.contains("product.category=tents\n"))
        #expect(german.contains("product.categoryName=Zelte\n"))
        #expect(
            german.contains(
                #"<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","#
                    + #""itemListElement":[{"@type":"ListItem","position":1,"name":"Test Shop","item":"https://shop.example.com/de/"},"#
                    + #"{"@type":"ListItem","position":2,"name":"Zelte","item":"https://shop.example.com/de/#tents"},"#
                    + #"{"@type":"ListItem","position":3,"name":"Zelt","item":"https://shop.example.com/de/zelt/"}]}</script>"#
            )
        )
        // No bundle names the category in Chinese: the id stands in.
        #expect(site.page("_hosts/shop.example.cn/tent/index.html").contains("product.categoryName=tents\n"))
    }

    @Test func breadcrumbJSONLDCannotCloseItsScript() {
        let data = BreadcrumbStructuredData(crumbs: [.init(name: "</script><b>", url: "https://a.example/?a=1&b=2")])
        #expect(
            data.scriptText
                == #"{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","#
                + #""position":1,"name":"\u003c/script\u003e\u003cb\u003e","item":"https://a.example/?a=1\u0026b=2"}]}"#
        )
    }

    @Test func marksTextThatFallsBackToAnotherLanguageWithItsLanguage() async throws {
        let site = try BuildFixture()
        _ = try await site.build()
        // Anorak has no German name: the page shows the source locale's, marked as English.
        #expect(site.page("de/anorak/index.html").contains("product.nameLang=en\n"))
        #expect(site.page("de/zelt/index.html").contains("product.nameLang=false\n"))
        // de-CH finds the German name through its fallback chain: not another language.
        #expect(site.page("ch/zelt/index.html").contains("product.nameLang=false\n"))
        let banana = site.page("de/банан/index.html")
        #expect(banana.contains("product.nameLang=false\n"))
        #expect(banana.contains("product.images[0].alt=A banana\n"))
        #expect(banana.contains("product.images[0].altLang=en\n"))
    }
}
