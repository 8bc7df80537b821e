import LocGenICU
import LocGenKit
import Testing

struct MustacheRendererMissingNameTests {
    static let template = "{{title}}|{{prodcut.name}}|{{product.nmae}}|{{#product}}{{colour}}{{/product}}|{{t.cart.ad}}"
    static let context: TemplateValue = ["title": "Shop", "product": ["name": "Lamp"]]

    @Test func missingNamesRenderEmptyAndAreWarnings() throws {
        let fixture = try RenderFixture(site: ["page.mustache": Self.template])
        let page = try fixture.render("page", Self.context, messages: ["cart.add": "Add"])
        #expect(page.html == "Shop||||")
        #expect(
            page.warnings == [
                "template 'page' uses 'colour', which the page does not define",
                "template 'page' uses 'prodcut', which the page does not define",
                "template 'page' uses 'product.nmae', which the page does not define",
                "template 'page' uses 't.cart.ad', which the page does not define",
            ]
        )
    }

    @Test func missingNamesAreAnErrorInStrictMode() throws {
        let fixture = try RenderFixture(site: ["page.mustache": Self.template])
        let error = #expect(throws: LocGenError.self) {
            try fixture.render("page", Self.context, messages: ["cart.add": "Add"], isStrict: true)
        }
        #expect(error?.code == .missingVariable)
        #expect(
            error?.message
                == "template 'page' (\(fixture.directory.path)/site/page.mustache) uses names the page does not define: 'colour', 'prodcut', 'product.nmae', 't.cart.ad'"
        )
    }

    @Test func protocolMethodReturnsTheHTMLAndStrictRendersThatDefineEverythingPass() throws {
        let fixture = try RenderFixture(site: ["page.mustache": "{{title}}{{#flag}}{{title}}{{/flag}}"])
        let renderer: any PageRendering = try fixture.renderer(isStrict: true)
        let table = MessageTable(locale: try LocaleID("en"), timeZone: .utc, bundles: [])
        let html = try renderer.render(
            template: "page",
            context: ["title": "A", "flag": true],
            messages: table,
            arguments: [:]
        )
        #expect(html == "AA")
    }
}
