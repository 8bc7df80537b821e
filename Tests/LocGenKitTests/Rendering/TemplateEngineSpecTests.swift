import LocGenKit
import Testing

// Cases for the behaviour the Mustache spec describes (modules interpolation, sections, inverted,
// comments, delimiters, partials, ~inheritance, ~dynamic-names), written for locgen's data.

struct TemplateEngineInterpolationTests {
    static let cases: [TemplateEngineCase] = [
        .init(name: "text without tags", template: "Plain <b>text</b>\n", expected: "Plain <b>text</b>\n"),
        .init(name: "a name", template: "Hi {{who}}!", data: ["who": "Ana"], expected: "Hi Ana!"),
        .init(
            name: "escaped",
            template: "{{x}}",
            data: ["x": "<a href=\"/\">&'</a>"],
            expected: "&lt;a href=&quot;/&quot;&gt;&amp;&#39;&lt;/a&gt;"
        ),
        .init(name: "triple braces", template: "{{{x}}}", data: ["x": "<b>&</b>"], expected: "<b>&</b>"),
        .init(name: "ampersand", template: "{{&x}}", data: ["x": "<b>&</b>"], expected: "<b>&</b>"),
        .init(name: "true and false", template: "{{a}} {{b}}", data: ["a": true, "b": false], expected: "true false"),
        .init(name: "dotted names", template: "{{a.b.c}}", data: ["a": ["b": ["c": "deep"]]], expected: "deep"),
        .init(name: "dotted name through text", template: "[{{a.b}}]", data: ["a": "text"], expected: "[]"),
        .init(
            name: "first segment from an outer frame",
            template: "{{#a}}{{#b}}{{c.d}}{{/b}}{{/a}}",
            data: ["a": ["b": ["x": "1"]], "c": ["d": "outer"]],
            expected: "outer"
        ),
        .init(
            name: "padding inside tags",
            template: "|{{ x }}|{{{ x }}}|{{& x }}|",
            data: ["x": "v"],
            expected: "|v|v|v|"
        ),
        .init(
            name: "surrounding blanks kept",
            template: "| {{x}} |\n  {{x}}\n",
            data: ["x": "v"],
            expected: "| v |\n  v\n"
        ),
        .init(
            name: "implicit iterator",
            template: "{{#list}}({{.}}){{/list}}",
            data: ["list": ["a", "<", true]],
            expected: "(a)(&lt;)(true)"
        ),
        .init(
            name: "name from the top frame only",
            template: "{{#a}}[{{.x}}|{{x}}]{{/a}}",
            data: ["a": ["y": "1"], "x": "out"],
            expected: "[|out]"
        ),
    ]

    @Test(arguments: cases) func renders(_ test: TemplateEngineCase) throws {
        #expect(try test.render().html == test.expected)
    }
}

struct TemplateEngineSectionTests {
    static let cases: [TemplateEngineCase] = [
        .init(name: "true", template: "<{{#f}}yes{{/f}}>", data: ["f": true], expected: "<yes>"),
        .init(name: "false", template: "<{{#f}}yes{{/f}}>", data: ["f": false], expected: "<>"),
        .init(
            name: "text is true even when empty",
            template: "<{{#s}}[{{.}}]{{/s}}>",
            data: ["s": ""],
            expected: "<[]>"
        ),
        .init(
            name: "object as context",
            template: "{{#o}}{{a}}-{{b}}{{/o}}",
            data: ["o": ["a": "1", "b": "2"]],
            expected: "1-2"
        ),
        .init(
            name: "list",
            template: "{{#l}}{{n}},{{/l}}",
            data: ["l": [["n": "1"], ["n": "2"], ["n": "3"]]],
            expected: "1,2,3,"
        ),
        .init(name: "empty list", template: "<{{#l}}x{{/l}}>", data: ["l": []], expected: "<>"),
        .init(
            name: "nested lists",
            template: "{{#l}}[{{#.}}{{.}}{{/.}}]{{/l}}",
            data: ["l": [["a", "b"], ["c"]]],
            expected: "[ab][c]"
        ),
        .init(
            name: "outer names inside",
            template: "{{#l}}{{n}}{{sep}}{{/l}}",
            data: ["l": [["n": "1"], ["n": "2"]], "sep": ";"],
            expected: "1;2;"
        ),
        .init(
            name: "dotted section name",
            template: "{{#a.b}}{{c}}{{/a.b}}",
            data: ["a": ["b": ["c": "x"]]],
            expected: "x"
        ),
        .init(
            name: "standalone lines removed",
            template: "a\n  {{#f}}\n  b\n  {{/f}}\nc\n",
            data: ["f": true],
            expected: "a\n  b\nc\n"
        ),
        .init(name: "inline tags keep the line", template: " {{#f}}x{{/f}} \n", data: ["f": true], expected: " x \n"),
        .init(name: "standalone at the start", template: "  {{#f}}\n#{{/f}}\n/", data: ["f": true], expected: "#\n/"),
        .init(
            name: "standalone at the end without newline",
            template: "#{{#f}}\n/\n  {{/f}}",
            data: ["f": true],
            expected: "#\n/\n"
        ),
        .init(
            name: "position in a list",
            template:
                "{{#l}}{{index()}}{{#first()}}F{{/first()}}{{#last()}}L{{/last()}}{{#even()}}e{{/even()}}{{#odd()}}o{{/odd()}} {{/l}}",
            data: ["l": ["a", "b", "c"]],
            expected: "0Fe 1o 2Le "
        ),
        .init(
            name: "inverted position",
            template: "{{#l}}{{^first()}}, {{/first()}}{{.}}{{/l}}",
            data: ["l": ["a", "b", "c"]],
            expected: "a, b, c"
        ),
    ]

    @Test(arguments: cases) func renders(_ test: TemplateEngineCase) throws {
        #expect(try test.render().html == test.expected)
    }
}

struct TemplateEngineInvertedTests {
    static let cases: [TemplateEngineCase] = [
        .init(name: "false", template: "<{{^f}}no{{/f}}>", data: ["f": false], expected: "<no>"),
        .init(name: "true", template: "<{{^f}}no{{/f}}>", data: ["f": true], expected: "<>"),
        .init(name: "empty list", template: "<{{^l}}none{{/l}}>", data: ["l": []], expected: "<none>"),
        .init(name: "list", template: "<{{^l}}none{{/l}}>", data: ["l": ["a"]], expected: "<>"),
        .init(name: "object", template: "<{{^o}}none{{/o}}>", data: ["o": ["a": "1"]], expected: "<>"),
        .init(name: "text", template: "<{{^s}}none{{/s}}>", data: ["s": ""], expected: "<>"),
        .init(
            name: "standalone lines removed",
            template: "a\n{{^f}}\nb\n{{/f}}\nc\n",
            data: ["f": false],
            expected: "a\nb\nc\n"
        ),
    ]

    @Test(arguments: cases) func renders(_ test: TemplateEngineCase) throws {
        #expect(try test.render().html == test.expected)
    }
}

struct TemplateEngineCommentAndDelimiterTests {
    static let cases: [TemplateEngineCase] = [
        .init(name: "inline comment", template: "1{{! note }}2", expected: "12"),
        .init(name: "multi-line comment", template: "1{{!\n a\n b\n}}2", expected: "12"),
        .init(name: "standalone comment line", template: "a\n  {{! note }}\nb", expected: "a\nb"),
        .init(name: "comment after text keeps the line", template: "a\n  x {{! note }} \nb", expected: "a\n  x  \nb"),
        .init(name: "new delimiters", template: "{{=<% %>=}}(<%x%>) {{x}}", data: ["x": "v"], expected: "(v) {{x}}"),
        .init(name: "delimiters back", template: "{{=| |=}}|x| |={{ }}=| {{x}}", data: ["x": "v"], expected: "v  v"),
        .init(
            name: "standalone delimiter line",
            template: "a\n  {{=| |=}}\n|x|\n",
            data: ["x": "v"],
            expected: "a\nv\n"
        ),
        .init(
            name: "sections with new delimiters",
            template: "{{=[ ]=}}[#f][x][/f]",
            data: ["f": true, "x": "v"],
            expected: "v"
        ),
        .init(
            name: "partials keep their own delimiters",
            template: "{{=| |=}}|> p|",
            data: ["x": "v"],
            partials: ["p": "{{x}}"],
            expected: "v"
        ),
    ]

    @Test(arguments: cases) func renders(_ test: TemplateEngineCase) throws {
        #expect(try test.render().html == test.expected)
    }
}

struct TemplateEnginePartialTests {
    static let cases: [TemplateEngineCase] = [
        .init(name: "partial", template: "[{{> p}}]", data: ["x": "v"], partials: ["p": "<{{x}}>"], expected: "[<v>]"),
        .init(
            name: "partial in a section sees its frame",
            template: "{{#o}}{{> p}}{{/o}}",
            data: ["o": ["x": "in"]],
            partials: ["p": "{{x}}"],
            expected: "in"
        ),
        .init(
            name: "standalone partial indents every line",
            template: "a\n  {{> p}}\nb\n",
            data: ["x": "v\nw"],
            partials: ["p": "1\n{{x}}\n2\n"],
            expected: "a\n  1\n  v\nw\n  2\nb\n"
        ),
        .init(
            name: "inline partial is not indented",
            template: "a {{> p}}\n",
            partials: ["p": "1\n2\n"],
            expected: "a 1\n2\n\n"
        ),
        .init(
            name: "nested standalone partials add up",
            template: "  {{> p}}\n",
            partials: ["p": "p\n  {{> q}}\n", "q": "q1\nq2\n"],
            expected: "  p\n    q1\n    q2\n"
        ),
        .init(
            name: "dynamic partial",
            template: "[{{>*which}}]",
            data: ["which": "p", "x": "v"],
            partials: ["p": "{{x}}"],
            expected: "[v]"
        ),
        .init(
            name: "dynamic partial with a dotted name",
            template: "[{{>*o.kind}}]",
            data: ["o": ["kind": "p"]],
            partials: ["p": "P"],
            expected: "[P]"
        ),
        .init(
            name: "dynamic partial naming nothing",
            template: "[{{>*which}}]",
            data: ["which": "nope"],
            partials: ["p": "P"],
            expected: "[]"
        ),
        .init(
            name: "standalone dynamic partial indents",
            template: "a\n  {{>*w}}\n",
            data: ["w": "p"],
            partials: ["p": "1\n2\n"],
            expected: "a\n  1\n  2\n"
        ),
    ]

    @Test(arguments: cases) func renders(_ test: TemplateEngineCase) throws {
        #expect(try test.render().html == test.expected)
    }
}

struct TemplateEngineInheritanceTests {
    static let cases: [TemplateEngineCase] = [
        .init(name: "block default", template: "{{$b}}default{{/b}}", expected: "default"),
        .init(name: "block default with data", template: "{{$b}}<{{x}}>{{/b}}", data: ["x": "v"], expected: "<v>"),
        .init(
            name: "parent keeps a default",
            template: "{{< base}}{{/base}}",
            partials: ["base": "[{{$b}}def{{/b}}]"],
            expected: "[def]"
        ),
        .init(
            name: "parent fills a block",
            template: "{{< base}}{{$b}}mine{{/b}}{{/base}}",
            partials: ["base": "[{{$b}}def{{/b}}|{{$c}}c{{/c}}]"],
            expected: "[mine|c]"
        ),
        .init(
            name: "names with a slash",
            template: "{{< layouts/base}}{{$b}}x{{/b}}{{/layouts/base}}",
            partials: ["layouts/base": "<{{$b}}{{/b}}>"],
            expected: "<x>"
        ),
        .init(
            name: "text between blocks is ignored",
            template: "{{< base}} ignored {{$b}}x{{/b}} too {{/base}}",
            partials: ["base": "{{$b}}{{/b}}"],
            expected: "x"
        ),
        .init(
            name: "data does not fill blocks",
            template: "{{< base}}{{/base}}",
            data: ["b": "data"],
            partials: ["base": "{{$b}}def{{/b}}"],
            expected: "def"
        ),
        .init(
            name: "outermost parent wins",
            template: "{{< mid}}{{$b}}page{{/b}}{{/mid}}",
            partials: ["mid": "{{< base}}{{$b}}mid{{/b}}{{/base}}", "base": "[{{$b}}base{{/b}}]"],
            expected: "[page]"
        ),
        .init(
            name: "partials of a layout see its blocks",
            template: "{{< base}}{{$b}}x{{/b}}{{/base}}",
            partials: ["base": "<{{> inner}}>", "inner": "{{$b}}def{{/b}}"],
            expected: "<x>"
        ),
        .init(
            name: "blocks inside a section",
            template: "{{< base}}{{$b}}{{n}}{{/b}}{{/base}}",
            data: ["l": [["n": "1"], ["n": "2"]]],
            partials: ["base": "{{#l}}{{$b}}{{/b}}{{/l}}"],
            expected: "12"
        ),
        .init(
            name: "standalone parent and blocks",
            template: "{{< base}}\n{{$b}}\nline\n{{/b}}\n{{/base}}\n",
            partials: ["base": "<\n{{$b}}\n{{/b}}\n>\n"],
            expected: "<\nline\n>\n"
        ),
        .init(
            name: "indented block reindents the override",
            template: "{{< base}}\n{{$b}}\n    one\n      two\n{{/b}}\n{{/base}}\n",
            partials: ["base": "<div>\n  {{$b}}\n  {{/b}}\n</div>\n"],
            expected: "<div>\n  one\n    two\n</div>\n"
        ),
        .init(
            name: "dynamic parent",
            template: "{{<*which}}{{$b}}x{{/b}}{{/*which}}",
            data: ["which": "base"],
            partials: ["base": "<{{$b}}{{/b}}>"],
            expected: "<x>"
        ),
    ]

    @Test(arguments: cases) func renders(_ test: TemplateEngineCase) throws {
        #expect(try test.render().html == test.expected)
    }
}

struct TemplateEngineTransformTests {
    static let cases: [TemplateEngineCase] = [
        .init(
            name: "text",
            template: "{{uppercased(x)}} {{lowercased(x)}} {{reversed(x)}} {{capitalized(y)}}",
            data: ["x": "Ab&", "y": "big red tent"],
            expected: "AB&amp; ab&amp; &amp;bA Big Red Tent"
        ),
        .init(
            name: "empty text",
            template: "{{#empty(x)}}E{{/empty(x)}}{{^empty(y)}}N{{/empty(y)}}",
            data: ["x": "", "y": "y"],
            expected: "EN"
        ),
        .init(
            name: "lists",
            template:
                "[{{count(l)}}|{{count(e)}}]{{^empty(l)}}shown{{/empty(l)}}{{^empty(e)}}, not shown{{/empty(e)}}"
                + "{{#empty(e)}}, empty{{/empty(e)}}|{{first(l)}}{{last(l)}}|{{#reversed(l)}}{{.}}{{/reversed(l)}}"
                + "|{{#first(o.items)}}{{name}}{{/first(o.items)}}{{^first(e)}}-{{/first(e)}}",
            data: ["l": ["a", "b", "c"], "e": [], "o": ["items": [["name": "n1"], ["name": "n2"]]]],
            expected: "[3|0]shown, empty|ac|cba|n1-"
        ),
        .init(
            name: "objects take empty and count, true/false none",
            template: "[{{count(o)}}{{#empty(o)}}e{{/empty(o)}}{{^empty(o)}}full{{/empty(o)}}{{odd(b)}}{{first(o)}}]",
            data: ["o": ["a": "1", "b": "2"], "b": true],
            expected: "[2full]"
        ),
        .init(
            name: "numbers",
            template:
                "{{#l}}{{plusone(index())}}{{#odd(index())}}o{{/odd(index())}}{{minusone(index())}}{{#equalzero(index())}}z{{/equalzero(index())}} {{/l}}",
            data: ["l": ["a", "b"]],
            expected: "1-1z 2o0 "
        ),
        .init(name: "unknown transform renders nothing", template: "[{{nope(x)}}]", data: ["x": "v"], expected: "[]"),
        .init(name: "position outside a list", template: "[{{index()}}]", expected: "[]"),
        .init(
            name: "a list's position comes back after a section inside it",
            template:
                "{{#l}}({{#o}}{{index()}}{{/o}}{{^e}}[{{index()}}]{{/e}}{{^f}}{{index()}}{{/f}}{{#t}}{{index()}}{{/t}}{{index()}}){{/l}}",
            data: ["l": ["a", "b"], "o": ["k": "v"], "e": [], "f": false, "t": "x"],
            expected: "(0[]00)(0[]11)"
        ),
    ]

    @Test(arguments: cases) func renders(_ test: TemplateEngineCase) throws {
        #expect(try test.render().html == test.expected)
    }
}

struct TemplateEngineEscapingPragmaTests {
    static let cases: [TemplateEngineCase] = [
        .init(
            name: "TEXT turns escaping off for the rest of the template",
            template: "{{x}}{{% CONTENT_TYPE: TEXT}}{{x}}",
            data: ["x": "<&>"],
            expected: "&lt;&amp;&gt;<&>"
        ),
        .init(
            name: "HTML turns it on again",
            template: "{{% CONTENT_TYPE: TEXT}}{{x}}{{% CONTENT_TYPE: HTML}}{{x}}",
            data: ["x": "<"],
            expected: "<&lt;"
        ),
        .init(
            name: "inside a section it holds to the section's end",
            template: "{{#f}}{{% CONTENT_TYPE: TEXT}}{{x}}{{/f}}{{x}}",
            data: ["f": true, "x": "<"],
            expected: "<&lt;"
        ),
        .init(
            name: "inside a list it holds to each item's end",
            template: "{{#l}}{{.}}{{% CONTENT_TYPE: TEXT}}{{.}}|{{/l}}{{x}}",
            data: ["l": ["<", ">"], "x": "&"],
            expected: "&lt;<|&gt;>|&amp;"
        ),
        .init(
            name: "a partial starts with escaping on",
            template: "{{% CONTENT_TYPE: TEXT}}{{x}}{{> p}}",
            data: ["x": "<"],
            partials: ["p": "{{x}}"],
            expected: "<&lt;"
        ),
        .init(
            name: "a block renders with the layout's escaping",
            template: "{{% CONTENT_TYPE: TEXT}}\n{{< base}}{{$b}}{{x}}{{/b}}{{/base}}",
            data: ["x": "<"],
            partials: ["base": "{{$b}}{{/b}}"],
            expected: "&lt;"
        ),
    ]

    @Test(arguments: cases) func renders(_ test: TemplateEngineCase) throws {
        #expect(try test.render().html == test.expected)
    }
}
