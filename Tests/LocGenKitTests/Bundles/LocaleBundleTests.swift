import LocGenICU
import LocGenKit
import Testing

struct LocaleBundleTests {
    @Test func mergesALocalesFilesAndReportsKeysDefinedInTwoFiles() throws {
        let directory = try TemporaryDirectory()
        let main = try directory.write("locales/de.yaml", "cart:\n  add: Hinzufügen\n")
        let split = try directory.write("locales/de/checkout.yaml", "cart.add: Nochmal\ncheckout:\n  pay: Bezahlen\n")
        let source = try #require(try BundleDiscovery.sources(in: [directory.path + "/locales"]).first)
        let bundle = LocaleBundle.load(source)
        #expect(bundle.locale == (try LocaleID("de")))
        #expect(bundle.files.map(\.path) == [main, split])
        #expect(bundle.messages.keys.sorted() == ["cart.add", "checkout.pay"])
        #expect(bundle.messages["cart.add"]?.value == "Hinzufügen")
        #expect(bundle.files[0].problems.isEmpty)
        #expect(
            bundle.files[1].problems.map { "\($0.location): \($0.message)" } == [
                "\(split):1:1: key 'cart.add' is already defined at \(main):2:3; remove one of them"
            ]
        )
        #expect(bundle.files[1].problems.first?.sourceLine == "cart.add: Nochmal")
        #expect(bundle.files[1].messages.map(\.key) == ["checkout.pay"])
    }

    @Test func keepsLoadingABundleWhoseNameIsNotATag() throws {
        let directory = try TemporaryDirectory()
        try directory.write("locales/en_UK.yaml", "a: \"unterminated\n")
        let source = try #require(try BundleDiscovery.sources(in: [directory.path + "/locales"]).first)
        let bundle = LocaleBundle.load(source)
        #expect(bundle.locale == .root)
        #expect(bundle.files[0].problems.map(\.check) == [.invalidFileName, .parseError])
    }
}
