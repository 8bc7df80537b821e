import LocGenICU
import LocGenKit
import Testing

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
