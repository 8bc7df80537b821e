import LocGenICU
import LocGenKit
import Testing

struct MustacheRendererTests {
    @Test func rendersValuesAndNestedObjects() throws {
        let fixture = try RenderFixture(site: ["page.mustache": "<h1>{{title}}</h1><p>{{product.name}}</p>"])
        let page = try fixture.render("page", ["title": "Shop", "product": ["name": "Lamp"]])
        #expect(page.html == "<h1>Shop</h1><p>Lamp</p>")
        #expect(page.warnings == [])
    }

    @Test func rendersSectionsAndInvertedSectionsOfBooleans() throws {
        let fixture = try RenderFixture(site: [
            "page.mustache":
                "{{#inStock}}yes{{/inStock}}{{^inStock}}no{{/inStock}}|{{#sale}}sale{{/sale}}{{^sale}}full{{/sale}}"
        ])
        let page = try fixture.render("page", ["inStock": true, "sale": false])
        #expect(page.html == "yes|full")
    }

    @Test func rendersObjectSectionsWithOuterNamesVisible() throws {
        let fixture = try RenderFixture(site: [
            "page.mustache": "{{#product}}{{name}} in {{currency}}{{/product}}{{^product}}none{{/product}}"
        ])
        let page = try fixture.render("page", ["product": ["name": "Lamp"], "currency": "EUR"])
        #expect(page.html == "Lamp in EUR")
        #expect(page.warnings == [])
    }

    @Test func rendersListsAndEmptyLists() throws {
        let fixture = try RenderFixture(site: [
            "page.mustache":
                "<ul>{{#items}}<li>{{name}} {{currency}}</li>{{/items}}</ul>{{#tags}}[{{.}}]{{/tags}}{{^none}}empty{{/none}}"
        ])
        let page = try fixture.render(
            "page",
            ["items": [["name": "A"], ["name": "B"]], "tags": ["x", "y"], "none": [], "currency": "€"]
        )
        #expect(page.html == "<ul><li>A €</li><li>B €</li></ul>[x][y]empty")
        #expect(page.warnings == [])
    }

    @Test func rendersPartialsFromSubfolders() throws {
        let fixture = try RenderFixture(site: [
            "page.mustache": "<div>\n  {{> partials/price}}\n</div>\n",
            "partials/price.mustache": "<span>{{price}}</span>\n",
        ])
        #expect(try fixture.render("page", ["price": "9 €"]).html == "<div>\n  <span>9 €</span>\n</div>\n")
    }

    @Test func rendersLayoutsWithBlocks() throws {
        let fixture = try RenderFixture(
            site: [
                "product.mustache":
                    "{{< layouts/base}}{{$title}}{{name}}{{/title}}{{$content}}<p>{{name}}</p>{{/content}}{{/layouts/base}}"
            ],
            theme: [
                "layouts/base.mustache":
                    "<title>{{$title}}Shop{{/title}}</title><main>{{$content}}{{/content}}</main><footer>{{$footer}}©{{/footer}}</footer>"
            ]
        )
        let page = try fixture.render("product", ["name": "Lamp"])
        #expect(page.html == "<title>Lamp</title><main><p>Lamp</p></main><footer>©</footer>")
    }

    @Test func siteTemplateOverridesThemeTemplateOfTheSameName() throws {
        let fixture = try RenderFixture(
            site: ["partials/price.mustache": "site {{price}}"],
            theme: ["partials/price.mustache": "theme {{price}}", "page.mustache": "{{> partials/price}}"]
        )
        let templates = try fixture.templates()
        #expect(templates.names == ["page", "partials/price"])
        #expect(templates.file(of: "partials/price") == fixture.directory.path + "/site/partials/price.mustache")
        #expect(try fixture.render("page", ["price": "5"]).html == "site 5")
    }

    @Test func unknownTemplateIsAnErrorWithASuggestion() throws {
        let fixture = try RenderFixture(site: ["product.mustache": "x"])
        let error = #expect(throws: LocGenError.self) { try fixture.render("prodcut") }
        #expect(error?.code == .missingTemplate)
        #expect(error?.message == "template 'prodcut' does not exist; did you mean 'product'?")
    }

    @Test func rendersTheSamePagesFromManyTasksAtOnce() async throws {
        let fixture = try RenderFixture(site: ["page.mustache": "{{#items}}<b>{{name}}</b> {{t.stock}}{{/items}}"])
        let renderer = try fixture.renderer(isStrict: true)
        let table = MessageTable(
            locale: try LocaleID("de"),
            timeZone: .utc,
            bundles: [["stock": "{count, plural, one {# Stück} other {# Stück}}"]]
        )
        let pages = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<16 {
                group.addTask {
                    try renderer.render(
                        template: "page",
                        context: ["items": [["name": .text("P\(index % 2) & <i>")]]],
                        messages: table,
                        arguments: ["count": .number(String(1000 + index % 2))]
                    )
                }
            }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(pages == ["<b>P0 &amp; &lt;i&gt;</b> 1.000 Stück", "<b>P1 &amp; &lt;i&gt;</b> 1.001 Stück"])
    }

    @Test func messagesWithoutArgumentsAreFormattedOnceAndOthersPerPage() throws {
        let table = MessageTable(
            locale: try LocaleID("de"),
            timeZone: .utc,
            bundles: [["home": "Startseite", "stock": "{count, plural, one {# Stück} other {# Stück}}"]]
        )
        for count in ["1", "2000"] {
            #expect(try table.format("home", arguments: ["count": .number(count)]) == "Startseite")
        }
        #expect(try table.format("stock", arguments: ["count": .number("1")]) == "1 Stück")
        #expect(try table.format("stock", arguments: ["count": .number("2000")]) == "2.000 Stück")
        #expect(try table.format("missing", arguments: [:]) == nil)
        #expect(throws: ICUError.self) { try table.format("stock", arguments: [:]) }
    }

    @Test func outputIsDeterministic() throws {
        let fixture = try RenderFixture(site: ["page.mustache": "{{#items}}{{a}}{{b}}{{/items}}{{missing}}{{other}}"])
        let context: TemplateValue = ["items": [["a": "1", "b": "2"], ["b": "3", "a": "4"]]]
        let first = try fixture.render("page", context)
        for _ in 0..<5 {
            #expect(try fixture.render("page", context) == first)
        }
        #expect(first.html == "1243")
    }
}
