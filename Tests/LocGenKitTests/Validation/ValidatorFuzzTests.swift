import LocGenICU
import LocGenKit
import Testing

/// Damaged bundles of every kind: none may crash or hang the validator, and every finding must
/// point inside the file it names.
struct ValidatorFuzzTests {
    static let source = """
        cart:
          add: "Add to cart"
          items: "{count, plural, one {# item} other {# items}}"
        product:
          stock_left: '{count, plural, =0 {Sold out} one {Only # left} other {# left}}'
          title: "<b>{name}</b> by {brand}"
          delivery: "Arrives {date, date, ::yMMMd}"
          gender: "{g, select, female {She} male {He} other {They}} bought it."
        seo:
          title: "Buy {name} online"
        """

    static let translation = """
        cart:
          add: "In den Warenkorb"
          items: "{count, plural, one {# Artikel} other {# Artikel}}"
        product:
          stock_left: '{count, plural, =0 {Ausverkauft} one {Nur noch # Stück} other {Nur noch # Stück}}'
          title: "<b>{name}</b> von {brand}"
          delivery: |
            Lieferung am {date, date, ::yMMMd}
          gender: "{g, select, female {Sie} male {Er} other {Sie}} hat es gekauft."
        seo:
          title: "{name} online kaufen"
        """

    /// A small deterministic generator (SplitMix64), so a failure can be replayed from its seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let fragments: [[UInt8]] = [
        Array("{".utf8), Array("}".utf8), Array("'".utf8), Array("\"".utf8), Array(":".utf8), Array("\n".utf8),
        Array("\t".utf8), Array("  ".utf8), Array("#".utf8), Array("- ".utf8), Array("&a ".utf8), Array("*a".utf8),
        Array("{count, plural, few {x}}".utf8), Array("<b>".utf8), Array("</i>".utf8), Array("%s".utf8),
        Array("{{x}}".utf8), Array("\\u00".utf8), Array("---\n".utf8), Array("? ".utf8), Array("日本".utf8),
        [0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0x00],
    ]

    static func damage(_ text: String, with generator: inout SplitMix) -> [UInt8] {
        var bytes = Array(text.utf8)
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            let position = Int.random(in: 0...bytes.count, using: &generator)
            switch Int.random(in: 0..<4, using: &generator) {
            case 0 where !bytes.isEmpty:
                let end = min(bytes.count, position + Int.random(in: 1...8, using: &generator))
                if position < end { bytes.removeSubrange(position..<end) }
            case 1 where position < bytes.count:
                bytes[position] = UInt8.random(in: 0...255, using: &generator)
            default:
                bytes.insert(contentsOf: fragments.randomElement(using: &generator)!, at: position)
            }
        }
        return bytes
    }

    /// Lines as editors count them: LF, CR LF and a lone CR each end one.
    static func editorLines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\r") {
                lines.append(bytes[start..<index])
                if bytes[index] == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
                    index += 1
                }
                start = index + 1
            }
            index += 1
        }
        lines.append(bytes[start...])
        return lines
    }

    @Test(arguments: 0..<8)
    func survivesDamagedBundles(batch: Int) async throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write("locales/en.yaml", Self.source)
        let options = ValidationOptions(sourceLocale: try LocaleID("en"))
        var generator = SplitMix(state: UInt64(batch) &* 7919 &+ 1)
        for round in 0..<250 {
            let damagedSource = round % 5 == 0
            let bytes = Self.damage(damagedSource ? Self.source : Self.translation, with: &generator)
            let path = try directory.write(damagedSource ? "locales/en.yaml" : "locales/de.yaml", bytes: bytes)
            if damagedSource { _ = try directory.write("locales/de.yaml", Self.translation) }
            let result = try await Validator(options: options).validate(paths: [directory.path + "/locales"])
            let lines = Self.editorLines(bytes)
            for diagnostic in result.diagnostics where diagnostic.location.file == path {
                let line = diagnostic.location.line
                #expect(line >= 1 && line <= lines.count, "batch \(batch) round \(round): \(diagnostic)")
                if line >= 1 && line <= lines.count {
                    // Columns count scalars; a line of n bytes has at most n scalars, plus the end.
                    #expect(diagnostic.location.column >= 1 && diagnostic.location.column <= lines[line - 1].count + 1,
                            "batch \(batch) round \(round): \(diagnostic)")
                }
            }
            if damagedSource { _ = try directory.write("locales/en.yaml", Self.source) }
        }
    }

    @Test func survivesDamagedMessages() throws {
        let checker = try MessageChecker(locale: try LocaleID("ru"), options: ValidationOptions(sourceLocale: try LocaleID("en")))
        let source = SourceMessage(value: "{count, plural, one {# item} other {# items}} in <b>{place}</b>")
        var generator = SplitMix(state: 99)
        let base = "{count, plural, one {# товар} few {# товара} many {# товаров} other {# товара}} в <b>{place}</b>"
        for _ in 0..<5000 {
            let bytes = Self.damage(base, with: &generator)
            let text = String(decoding: bytes, as: UTF8.self)
            let count = text.unicodeScalars.count
            for finding in checker.check(key: "k", value: text, source: source) {
                if let offset = finding.offset {
                    #expect(offset >= 0 && offset <= count, "\(finding) in \(text.debugDescription)")
                }
            }
        }
    }
}
