import LocGenICU
import LocGenKit
import Testing

struct MustacheRendererMessageTests {
    static let stock = "{count, plural, one {# товар} few {# товара} many {# товаров} other {# товара}}"
    static let arabic =
        "{count, plural, zero {لا منتجات} one {منتج واحد} two {منتجان} few {# منتجات} many {# منتجًا} other {# منتج}}"

    @Test(arguments: [
        ("ru", "1", "1 товар"), ("ru", "3", "3 товара"), ("ru", "5", "5 товаров"), ("ru", "21", "21 товар"),
        ("ru", "1.5", "1,5 товара"), ("ar", "0", "لا منتجات"), ("ar", "1", "منتج واحد"), ("ar", "2", "منتجان"),
        ("ar", "3", "٣ منتجات"), ("ar", "11", "١١ منتجًا"), ("ar", "100", "١٠٠ منتج"),
    ])
    func formatsPluralsFromPageArguments(locale: String, count: String, expected: String) throws {
        let fixture = try RenderFixture(site: ["page.mustache": "<p>{{t.cart.stock}}</p>"])
        let page = try fixture.render(
            "page",
            messages: ["cart.stock": locale == "ru" ? Self.stock : Self.arabic],
            locale: locale,
            arguments: ["count": .number(count)]
        )
        #expect(page.html == "<p>\(expected)</p>")
        #expect(page.warnings == [])
    }

    @Test func messageKeyCanBeBothAMessageAndAPrefix() throws {
        let fixture = try RenderFixture(site: [
            "page.mustache": "{{t.cart}}|{{t.cart.add}}|{{#product}}{{t.cart.add}}{{/product}}"
        ])
        let page = try fixture.render(
            "page",
            ["product": ["name": "x"]],
            messages: ["cart": "Cart", "cart.add": "Add to cart"]
        )
        #expect(page.html == "Cart|Add to cart|Add to cart")
        #expect(page.warnings == [])
    }

    @Test func sectionOverAMessageRendersOnlyWhenItExists() throws {
        let fixture = try RenderFixture(site: [
            "page.mustache": "{{#t.promo}}<b>{{.}} {{name}}</b>{{/t.promo}}{{#t.none}}never{{/t.none}}"
        ])
        let page = try fixture.render("page", ["name": "Lamp"], messages: ["promo": "Sale"])
        #expect(page.html == "<b>Sale Lamp</b>")
        #expect(page.warnings == [])
    }

    @Test func invertedSectionOverAMissingMessageSeesThePageNames() throws {
        let fixture = try RenderFixture(site: [
            "page.mustache": "{{^t.promo}}<i>{{name}}</i>{{/t.promo}}{{^t.cart}}hidden{{/t.cart}}"
        ])
        let page = try fixture.render("page", ["name": "Lamp"], messages: ["cart": "Cart"])
        #expect(page.html == "<i>Lamp</i>")
        #expect(page.warnings == [])
    }

    @Test func messageWithMissingArgumentIsAnErrorNamingTemplateAndKey() throws {
        let fixture = try RenderFixture(site: ["page.mustache": "{{t.cart.stock}}"])
        let error = #expect(throws: LocGenError.self) {
            try fixture.render("page", messages: ["cart.stock": Self.stock], locale: "ru")
        }
        #expect(error?.code == .messageFormat)
        #expect(
            error?.message
                == "template 'page': message 'cart.stock' cannot be formatted: the message uses the argument 'count' but none was given"
        )
    }

    @Test func messageWithArgumentOfWrongTypeIsAnError() throws {
        let fixture = try RenderFixture(site: ["page.mustache": "{{t.cart.stock}}"])
        let error = #expect(throws: LocGenError.self) {
            try fixture.render("page", messages: ["cart.stock": Self.stock], locale: "ru", arguments: ["count": "many"])
        }
        #expect(
            error?.message
                == "template 'page': message 'cart.stock' cannot be formatted: argument 'count' is used as a number (plural, selectordinal or number) but was given the text 'many'"
        )
    }
}
