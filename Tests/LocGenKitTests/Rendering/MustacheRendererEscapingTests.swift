import LocGenICU
import Testing

@testable import LocGenKit

struct MustacheRendererEscapingTests {
    @Test func escapesTextAndRawOutputIsLeftAlone() throws {
        let fixture = try RenderFixture(site: ["page.mustache": "<p>{{name}}</p><p>{{{name}}}</p><p>{{&name}}</p>"])
        let page = try fixture.render("page", ["name": "<script>alert('x & \"y\"')</script>"])
        #expect(
            page.html
                == "<p>&lt;script&gt;alert(&#39;x &amp; &quot;y&quot;&#39;)&lt;/script&gt;</p>"
                + "<p><script>alert('x & \"y\"')</script></p><p><script>alert('x & \"y\"')</script></p>"
        )
    }

    @Test(arguments: [
        "", "plain", "<", "a&b", "'x'", "\"<>&'\"", "банан & <安全带>", "😀'😀", String(repeating: "a<", count: 300),
    ])
    func escapesBytesAsItEscapesText(_ text: String) {
        var page = PageBytes(capacity: 1)
        page.append("kept")
        HTMLEscaper.escape(text, into: &page)
        var bytes: [UInt8] = []
        page.append(to: &bytes)
        #expect(bytes == Array(("kept" + HTMLEscaper.escape(text)).utf8))
    }

    @Test func rendersTheSameBytesIntoABufferAsItsText() throws {
        let fixture = try RenderFixture(site: [
            "page.mustache": "<h1>{{name}}</h1>\n  {{> part}}\n<p>{{{name}}} {{t.count}}</p>",
            "part.mustache": "<ul>\n{{#items}}\n<li>{{.}}</li>\n{{/items}}\n</ul>\n",
        ])
        let context: TemplateValue = ["name": "Zelt <groß> & 安全带", "items": ["a'b", "банан"]]
        let messages = ["count": "{count, plural, one {# item} other {# items}}"]
        let table = MessageTable(locale: try LocaleID("de"), timeZone: .utc, bundles: [messages])
        let renderer = try fixture.renderer()
        let text = try renderer.render(
            template: "page",
            context: context,
            messages: table,
            arguments: ["count": .number("3")]
        )
        var bytes = Array("before:".utf8)
        try renderer.render(
            template: "page",
            context: context,
            messages: table,
            arguments: ["count": .number("3")],
            into: &bytes
        )
        #expect(text.hasPrefix("<h1>Zelt &lt;groß&gt; &amp; 安全带</h1>\n  <ul>\n"))
        #expect(text.contains("<li>a&#39;b</li>\n<li>банан</li>\n  </ul>\n"))
        #expect(text.hasSuffix("<p>Zelt <groß> & 安全带 3 items</p>"))
        #expect(String(decoding: bytes, as: UTF8.self) == "before:" + text)
    }

    @Test func escapesInPartialsAndLayoutsToo() throws {
        let fixture = try RenderFixture(site: [
            "page.mustache": "{{< base}}{{$body}}{{> part}}{{/body}}{{/base}}",
            "base.mustache": "[{{name}}]{{$body}}{{/body}}",
            "part.mustache": "({{name}})",
        ])
        #expect(try fixture.render("page", ["name": "a<b"]).html == "[a&lt;b](a&lt;b)")
    }

    @Test func escapesMessageOutputWithProductNameArgument() throws {
        let fixture = try RenderFixture(site: [
            "page.mustache": "<h1>{{t.product.title}}</h1><div>{{{t.product.title}}}</div>"
        ])
        let page = try fixture.render(
            "page",
            messages: ["product.title": "Buy {name} now"],
            arguments: ["name": "<script>x</script>"]
        )
        #expect(page.html == "<h1>Buy &lt;script&gt;x&lt;/script&gt; now</h1><div>Buy <script>x</script> now</div>")
    }

    @Test(arguments: [
        ("", ""),
        ("plain text, no specials: ünïcödé 日本語", "plain text, no specials: ünïcödé 日本語"),
        ("&<>\"'", "&amp;&lt;&gt;&quot;&#39;"),
        ("a&b<c>d\"e'f", "a&amp;b&lt;c&gt;d&quot;e&#39;f"),
        ("日<本>語 🇩🇪&", "日&lt;本&gt;語 🇩🇪&amp;"),
    ])
    func escapedOutputMatchesSwiftMustacheEscaping(input: String, expected: String) throws {
        let fixture = try RenderFixture(site: ["page.mustache": "{{v}}"])
        #expect(try fixture.render("page", ["v": .text(input)]).html == expected)
    }
}
