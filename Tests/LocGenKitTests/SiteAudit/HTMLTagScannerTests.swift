import Testing

@testable import LocGenKit

/// The head-tag scanner on real-world HTML, and on damaged bytes of every kind.
struct HTMLTagScannerTests {
    static func tags(_ html: String) -> [HTMLTagScanner.Tag] { HTMLTagScanner.tags(in: Array(html.utf8)) }

    @Test func readsAttributesQuotedUnquotedAndWithReferences() {
        let tags = Self.tags(#"<LINK Rel=canonical HREF='https://a.example/?x=1&amp;y=2'><link rel="alternate" hreflang = "de" href="https://a.example/&#x64;e/">"#)
        #expect(tags.map(\.name) == ["link", "link"])
        #expect(tags[0].attribute("rel")?.value == "canonical")
        #expect(tags[0].attribute("href")?.value == "https://a.example/?x=1&y=2")
        #expect(tags[1].attribute("hreflang")?.value == "de")
        #expect(tags[1].attribute("href")?.value == "https://a.example/de/")
    }

    @Test func skipsCommentsAndRawText() {
        let html = """
            <!doctype html><!-- <link rel="canonical" href="/a"> --><style>a<link rel=x>{}</style>
            <title><meta name="robots" content="noindex"></title>
            <script>if (a<b) document.write('<link rel="canonical" href="/b">')</script>
            <script type="application/ld+json">{"a": "</scrip"}</script><html lang="de">
            """
        let tags = Self.tags(html)
        #expect(tags.map(\.name) == ["script", "script", "html"])
        #expect(tags[1].content == #"{"a": "</scrip"}"#)
        #expect(tags[2].attribute("lang")?.value == "de")
    }

    @Test func pointsAtLinesAndColumnsInScalars() {
        let bytes = Array("<html>\n<title>Ü</title>  ÄÖ<link href=\"x\">".utf8)
        let tag = HTMLTagScanner.tags(in: bytes).first { $0.name == "link" }!
        let lines = LineTable(bytes)
        #expect(lines.position(of: tag.offset) == TextPosition(line: 2, column: 21))
        #expect(lines.position(of: tag.attribute("href")!.offset) == TextPosition(line: 2, column: 33))
        #expect(lines.line(2) == "<title>Ü</title>  ÄÖ<link href=\"x\">")
    }

    @Test(arguments: ["<", "<a", "<link href=\"", "<link href='x", "<!--", "<!-- -", "<script>", "<html lang", "<?", "</", "<!", "<a =", "<a b=>"])
    func endsUnterminatedInputAtTheEnd(_ html: String) {
        _ = Self.tags(html)
        _ = Self.tags(html + html)
    }

    @Test func staysLinearOnHugeUnterminatedInput() {
        // Quadratic rescanning would take minutes on these.
        let manyOpens = [UInt8](repeating: UInt8(ascii: "<"), count: 2_000_000)
        #expect(HTMLTagScanner.tags(in: manyOpens).isEmpty)
        let script = Array("<script>".utf8) + [UInt8](repeating: UInt8(ascii: "<"), count: 1_000_000)
        #expect(HTMLTagScanner.tags(in: script).count == 1)
        let attributes = Array("<link ".utf8) + Array(String(repeating: "a=b ", count: 200_000).utf8)
        #expect(HTMLTagScanner.tags(in: attributes).first?.attributes.count == 200_000)
    }

    /// Damaged pages from a fixed seed: never a crash or hang, every offset inside the file, and the
    /// whole audit of the damaged site completes.
    @Test func survivesDamagedBytes() throws {
        var generator = ValidatorFuzzTests.SplitMix(state: 0x5E0)
        let page = SiteFixture.german
        let fragments: [[UInt8]] = [
            Array("<".utf8), Array(">".utf8), Array("\"".utf8), Array("'".utf8), Array("<!--".utf8), Array("-->".utf8),
            Array("<script>".utf8), Array("</script>".utf8), Array("&#x".utf8), Array("&".utf8), Array("=".utf8),
            Array("<link rel=alternate hreflang=".utf8), [0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0x00],
        ]
        let site = try SiteFixture()
        for round in 0..<400 {
            var bytes = Array(page.utf8)
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                let position = Int.random(in: 0...bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0 where position < bytes.count:
                    bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...30, using: &generator)))
                case 1 where position < bytes.count:
                    bytes[position] = UInt8.random(in: 0...255, using: &generator)
                default:
                    bytes.insert(contentsOf: fragments.randomElement(using: &generator)!, at: position)
                }
            }
            for tag in HTMLTagScanner.tags(in: bytes) {
                #expect(tag.offset < bytes.count, "round \(round)")
                for attribute in tag.attributes { #expect(attribute.offset <= bytes.count, "round \(round)") }
            }
            if round % 40 == 0 {
                try site.folder.write("de/index.html", bytes: bytes)
                let findings = try site.audit()
                for finding in findings where finding.location.file == "de/index.html" {
                    #expect(finding.location.line >= 1 && finding.location.line <= bytes.count { $0 == 10 } + 1, "round \(round)")
                }
            }
        }
    }
}
