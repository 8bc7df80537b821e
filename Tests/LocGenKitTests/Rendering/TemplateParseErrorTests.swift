import LocGenKit
import Testing

/// Where and how a template that does not parse is reported.
struct TemplateParseErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var template: String
        var line: Int
        var column: Int
        var message: String
        var testDescription: String { template }
    }

    static let cases: [Case] = [
        // An unclosed section points at the tag that opens it.
        Case(
            template: "a\n  {{#open}}\nb\n",
            line: 2,
            column: 3,
            message: "a section is never closed; add its closing tag '{{/name}}'"
        ),
        Case(
            template: "{{#a}}{{/b}}",
            line: 1,
            column: 10,
            message: "closing tag does not match the section it closes"
        ),
        Case(
            template: "x {{na me}}",
            line: 1,
            column: 8,
            message: "unfinished tag: expected a name followed by the closing delimiter"
        ),
        Case(
            template: "{{#a}}{{/a}}{{f(x}}",
            line: 1,
            column: 20,
            message: "unfinished tag: expected a name followed by the closing delimiter"
        ),
        Case(
            template: "{{=<% %>}}",
            line: 1,
            column: 4,
            message: "invalid set-delimiter tag; write it as '{{=<% %>=}}'"
        ),
        Case(
            template: "a {{! never closed",
            line: 1,
            column: 3,
            message: "template does not parse: a tag is not closed"
        ),
        Case(
            template: "{{$b(x)}}{{/b(x)}}",
            line: 1,
            column: 10,
            message: "a block ('{{$name}}') cannot take a transform"
        ),
        // Inside a parent tag, the tag that is not a block.
        Case(
            template: "{{< p}}\n{{$a}}x{{/a}}\n  {{x}}\n{{/p}}",
            line: 3,
            column: 3,
            message: "only blocks ('{{$name}}…{{/name}}') may appear inside a parent tag ('{{<layout}}')"
        ),
        Case(
            template: "{{% CONTENT_TYPE TEXT}}",
            line: 1,
            column: 18,
            message: "invalid pragma; write it as '{{% NAME: value}}'"
        ),
        Case(template: "{{% CONTENT_TYPE: JSON}}", line: 1, column: 25, message: "unknown pragma or content type"),
    ]

    @Test(arguments: cases) func reportsWhereTheTemplateBreaks(_ test: Case) throws {
        let fixture = try RenderFixture(site: ["page.mustache": test.template, "p.mustache": "{{$a}}{{/a}}"])
        let errors = loadErrors(fixture)
        #expect(errors.map(\.code) == [.templateSyntax])
        #expect(
            errors.first?.location
                == SourceLocation(
                    file: fixture.directory.path + "/site/page.mustache",
                    line: test.line,
                    column: test.column
                )
        )
        #expect(errors.first?.message == test.message)
    }

    @Test func aTemplateEndingInAnOpeningBraceIsText() throws {
        // swift-mustache failed on a last "{" it could not read a whole "{{" from.
        let fixture = try RenderFixture(site: ["page.mustache": "a {"])
        #expect(try fixture.render("page").html == "a {")
    }

    @Test func crlfIsReadAsLF() throws {
        let fixture = try RenderFixture(site: ["page.mustache": "a\r\n{{#f}}\r\nb\r\n{{/f}}\r\n{{#x}}"])
        let errors = loadErrors(fixture)
        #expect(errors.first?.location?.line == 5)
        #expect(errors.first?.location?.column == 1)
    }
}
