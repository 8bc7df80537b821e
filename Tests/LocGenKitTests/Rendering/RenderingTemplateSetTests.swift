import LocGenKit
import Testing

struct RenderingTemplateSetTests {
    @Test func syntaxErrorPointsAtFileLineAndColumn() throws {
        // A closing tag that does not match is reported at its name: "<p>{{/prodct}}" has it at column 7.
        let fixture = try RenderFixture(site: ["product.mustache": "<h1>x</h1>\n{{#product}}\n<p>{{/prodct}}\n"])
        let errors = loadErrors(fixture)
        #expect(errors.map(\.code) == [.templateSyntax])
        #expect(
            errors.map(\.description) == [
                "\(fixture.directory.path)/site/product.mustache:3:7: error: closing tag does not match the section it closes"
            ]
        )
    }

    @Test func syntaxErrorOnFirstLineHasOneBasedLineAndColumn() throws {
        let fixture = try RenderFixture(site: ["a.mustache": "{{/x}}"])
        let error = try #require(loadErrors(fixture).first)
        #expect(error.location?.line == 1)
        #expect(error.location?.column == 4)
    }

    @Test func columnsCountUnicodeScalars() throws {
        // "é" written as e + U+0301 is one Character but two scalars.
        let fixture = try RenderFixture(site: ["a.mustache": "ok\nCafe\u{301} {{/x}}"])
        let error = try #require(loadErrors(fixture).first)
        #expect(error.location?.line == 2)
        #expect(error.location?.column == 10)
    }

    @Test func crlfTemplatesHaveRightColumnsAndRenderWithLF() throws {
        let fixture = try RenderFixture(site: [
            "bad.mustache": "<p>\r\n  <b>{{/x}}</b>\r\n",
            "good.mustache": "<p>\r\n{{#on}}\r\n{{v}}\r\n{{/on}}\r\n</p>\r\n",
        ])
        let error = try #require(loadErrors(fixture).first)
        #expect(error.location?.line == 2)
        #expect(error.location?.column == 9)
        try fixture.directory.write("site/bad.mustache", "ok")
        #expect(try fixture.render("good", ["on": true, "v": "x"]).html == "<p>\nx\n</p>\n")
    }

    @Test func missingPartialIsReportedWithASuggestion() throws {
        let fixture = try RenderFixture(site: [
            "product.mustache": "<div>\n  <p>{{> partials/prise}}</p>\n</div>",
            "partials/price.mustache": "{{price}}",
        ])
        let errors = loadErrors(fixture)
        #expect(errors.map(\.code) == [.missingTemplate])
        #expect(
            errors.map(\.description) == [
                "\(fixture.directory.path)/site/product.mustache:2:6: error: partial 'partials/prise' does not exist; did you mean 'partials/price'?"
            ]
        )
    }

    @Test func missingLayoutIsReportedAfterChangedDelimiters() throws {
        let fixture = try RenderFixture(site: [
            "product.mustache": "{{=<% %>=}}\n<%< layouts/bsae%><%$content%>x<%/content%><%/layouts/bsae%>",
            "layouts/base.mustache": "{{$content}}{{/content}}",
        ])
        #expect(
            loadErrors(fixture).map(\.description) == [
                "\(fixture.directory.path)/site/product.mustache:2:1: error: partial 'layouts/bsae' does not exist; did you mean 'layouts/base'?"
            ]
        )
    }

    @Test func partialPathsCannotLeaveTheTemplateSet() throws {
        let fixture = try RenderFixture(site: [
            "page.mustache": "[{{> ../../../../../../etc/passwd}}][{{>/etc/hostname}}]"
        ])
        let errors = loadErrors(fixture)
        #expect(
            errors.map(\.message) == [
                "partial '../../../../../../etc/passwd' does not exist",
                "partial '/etc/hostname' does not exist",
            ]
        )
    }

    @Test func dynamicPartialsResolveOnlyInsideTheSet() throws {
        let fixture = try RenderFixture(site: ["page.mustache": "[{{>*which}}]", "inner.mustache": "in"])
        #expect(try fixture.render("page", ["which": "inner"]).html == "[in]")
        #expect(try fixture.render("page", ["which": "../../etc/passwd"]).html == "[]")
    }

    @Test func dynamicPartialsTakeNestedNamesAndTextRendersAsItDidElsewhere() throws {
        let fixture = try RenderFixture(site: [
            "page.mustache": "[{{>*product.kind}}|{{product.kind}}|{{uppercased(product.name)}}|{{#product.name}}<{{.}}>{{/product.name}}{{^product.name}}none{{/product.name}}]",
            "inner.mustache": "in",
            "other.mustache": "{{name}}|{{uppercased(name)}}|{{#name}}({{.}}){{/name}}|{{name.x}}",
        ])
        let product: TemplateValue = ["product": ["kind": "inner", "name": "Mug & Co"]]
        #expect(try fixture.render("page", product).html == "[in|inner|MUG &amp; CO|<Mug &amp; Co>]")
        // Without a dynamic partial naming them, text values render the same way.
        let other = try fixture.render("other", ["name": "Mug & Co"])
        #expect(other.html == "Mug &amp; Co|MUG &amp; CO|(Mug &amp; Co)|")
        #expect(other.warnings.isEmpty)
        // The section's own value as the partial's name.
        let dot = try RenderFixture(site: ["page.mustache": "[{{#kind}}{{>*.}}{{/kind}}]", "inner.mustache": "in"])
        #expect(try dot.render("page", ["kind": "inner"]).html == "[in]")
    }

    @Test func templatesIncludingThemselvesOutsideSectionsAreErrors() throws {
        let fixture = try RenderFixture(site: [
            "a.mustache": "x\n{{> b}}",
            "b.mustache": "{{#more}}{{> a}}{{/more}}{{< c}}{{/c}}",
            "c.mustache": "{{> a}}",
            "self.mustache": "{{$x}}{{> self}}{{/x}}",
        ])
        #expect(
            loadErrors(fixture).map(\.description) == [
                "\(fixture.directory.path)/site/a.mustache:2:1: error: 'a' includes itself outside any section "
                    + "(a → b → c → a), which never ends; put the partial inside a section or remove it",
                "\(fixture.directory.path)/site/self.mustache:1:7: error: 'self' includes itself outside any section "
                    + "(self → self), which never ends; put the partial inside a section or remove it",
            ]
        )
    }

    @Test func recursionInsideASectionIsAllowed() throws {
        let fixture = try RenderFixture(site: [
            "menu.mustache": "<li>{{title}}{{#children}}<ul>{{> menu}}</ul>{{/children}}</li>"
        ])
        let tree: TemplateValue = ["title": "A", "children": [["title": "B", "children": []]]]
        #expect(try fixture.render("menu", tree).html == "<li>A<ul><li>B</li></ul></li>")
    }

    @Test func everyBrokenTemplateIsReportedInOneRun() throws {
        let fixture = try RenderFixture(
            site: [
                "a.mustache": "{{#open}}",
                "b.mustache": "ok {{> missing}}",
                "c/d.mustache": "{{% NOPE: x}}",
            ],
            theme: ["e.mustache": "{{{x}}", "a.mustache": "hidden by the site, never parsed {{/"]
        )
        let root = fixture.directory.path
        #expect(
            loadErrors(fixture).map(\.description) == [
                "\(root)/site/a.mustache:1:1: error: a section is never closed; add its closing tag '{{/name}}'",
                "\(root)/site/b.mustache:1:4: error: partial 'missing' does not exist",
                "\(root)/site/c/d.mustache:1:14: error: unknown pragma or content type",
                "\(root)/theme/e.mustache:1:7: error: template does not parse: a tag is not closed",
            ]
        )
    }

    @Test func missingFoldersAreSkipped() throws {
        let fixture = try RenderFixture(site: ["page.mustache": "x"])
        let templates = try TemplateSet.load(directories: [
            fixture.directory.path + "/nope", fixture.directory.path + "/site",
        ])
        #expect(templates.names == ["page"])
    }
}
