import Dispatch
import Foundation
import LocGenICU
import Synchronization
import Testing

@testable import LocGenKit

struct ThreadTemplatesTests {
    /// The address of a text's UTF-8, or `nil` for a text stored inline.
    static func address(_ text: String) -> UnsafeRawPointer? {
        var text = text
        return text.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    static let longText = String(repeating: "<p>a line long enough for a buffer of its own</p>\n", count: 3)

    static func parse(_ template: String) throws -> [TemplateNode] {
        var parser = TemplateParser(template, templateIndexes: [:])
        return TemplateNode.coalescingTexts(try parser.parse())
    }

    @Test func detachedTextHasItsOwnBuffer() {
        let copy = Self.longText.detached()
        #expect(copy == Self.longText)
        #expect(Self.address(copy) != nil)
        #expect(Self.address(copy) != Self.address(Self.longText))
    }

    @Test func detachedNodesShareNoNameOrText() throws {
        let nodes = try Self.parse("{{#product.images}}" + Self.longText + "{{uppercased(src)}}{{/product.images}}")
        let copy = TemplateNode.detached(nodes)
        guard case .section(let name, let body)? = nodes.first,
            case .section(let copiedName, let copiedBody)? = copy.first,
            case .text(let text)? = body.first, case .text(let copiedText)? = copiedBody.first,
            case .variable(let variable, _)? = body.last, case .variable(let copiedVariable, _)? = copiedBody.last
        else {
            Issue.record("expected a section holding a text and a variable, got \(copy)")
            return
        }
        #expect(copiedName !== name)
        #expect(copiedName.segments == ["product", "images"])
        #expect(copiedName.start == .stack)
        #expect(copiedVariable !== variable)
        #expect(copiedVariable.transforms == ["uppercased"])
        #expect(copiedText == text)
        #expect(Self.address(copiedText) != Self.address(text))
    }

    /// The address of the first text of a copy of the templates, as a number.
    static func textAddress(_ set: [ParsedTemplate]) -> Int? {
        guard case .text(let text)? = set.first?.nodes.first else { return nil }
        return address(text).map { Int(bitPattern: $0) }
    }

    @Test func eachThreadGetsOneCopyOfItsOwn() throws {
        let templates = ThreadTemplates([ParsedTemplate(name: "page", nodes: try Self.parse(Self.longText))])
        let mine = Self.textAddress(templates.current())
        #expect(mine != nil)
        #expect(Self.textAddress(templates.current()) == mine)
        // A new thread, certain to be another one while this one waits for it.
        let fromThread = Mutex<Int?>(nil)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let address = Self.textAddress(templates.current())
            fromThread.withLock { $0 = address }
            done.signal()
        }
        thread.start()
        done.wait()
        let other = fromThread.withLock { $0 }
        #expect(other != nil)
        #expect(other != mine)
    }

    /// Pages rendered on several threads at once come out as on one.
    @Test func rendersTheSamePagesOnManyThreads() throws {
        let fixture = try RenderFixture(
            site: [
                "page.mustache":
                    "{{<layout}}{{$body}}{{#items}}<li>{{name}} {{t.each}}</li>{{/items}}{{/body}}{{/layout}}",
                "layout.mustache": "<main>\n  {{$body}}{{/body}}\n</main>\n" + Self.longText,
            ]
        )
        let renderer = try fixture.renderer()
        let table = MessageTable(locale: try LocaleID("en"), timeZone: .utc, bundles: [["each": "each & every"]])
        let context: TemplateValue = ["items": [["name": "a<b"], ["name": "c"]]]
        let expected = try renderer.renderPage(template: "page", context: context, messages: table, arguments: [:])
        let pages = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let html = (try? renderer.render(template: "page", context: context, messages: table, arguments: [:])) ?? ""
            pages.withLock { $0.append(html) }
        }
        #expect(
            expected.html.hasPrefix("<main>\n  <li>a&lt;b each &amp; every</li><li>c each &amp; every</li>\n</main>\n")
        )
        #expect(pages.withLock { $0 } == Array(repeating: expected.html, count: 8))
    }
}
