import Testing

@testable import LocGenKit

struct TemplateNodeCoalescingTests {
    /// The texts of a node list, `nil` standing for each node that is not a text.
    static func texts(_ nodes: [TemplateNode]) -> [String?] {
        nodes.map { node in
            guard case .text(let text) = node else { return nil }
            return text
        }
    }

    static func parse(_ template: String) throws -> [TemplateNode] {
        var parser = TemplateParser(template, templateIndexes: [:])
        return try parser.parse()
    }

    @Test func joinsNeighbouringTextsAndKeepsTags() throws {
        let nodes = try Self.parse("a\nb{{! note }}c\n{{x}}d\ne\n")
        #expect(Self.texts(nodes) == ["a\n", "b", "c\n", nil, "d\n", "e\n"])
        #expect(Self.texts(TemplateNode.coalescingTexts(nodes)) == ["a\nbc\n", nil, "d\ne\n"])
    }

    @Test func joinsTextsInsideSections() throws {
        let nodes = TemplateNode.coalescingTexts(try Self.parse("{{#s}}\n1\n2\n{{/s}}"))
        guard case .section(_, let body)? = nodes.first else {
            Issue.record("expected a section, got \(nodes)")
            return
        }
        #expect(Self.texts(body) == ["1\n2\n"])
    }

    /// A joined text renders as one piece without indentation and line by line with it; the comment
    /// splits a line into two nodes, and its second half must not be indented.
    @Test(
        arguments: [
            ("{{> p}}", "1\nab\n2\n"),
            ("  {{> p}}\n", "  1\n  ab\n  2\n"),
            ("x\n  {{> p}}\ny\n", "x\n  1\n  ab\n  2\ny\n"),
        ]
    )
    func rendersJoinedTextsWithAndWithoutIndentation(template: String, expected: String) throws {
        let fixture = try RenderFixture(site: ["page.mustache": template, "p.mustache": "1\na{{! c }}b\n2\n"])
        #expect(try fixture.render().html == expected)
    }
}
