import Testing

@testable import LocGenKit

struct StringUTF8Tests {
    /// Texts of every length around the in-place limit of small strings (15 bytes), sharing prefixes, with
    /// bytes above 0x7F (which a signed comparison would put first) and a combining mark that canonical
    /// ordering would treat differently from its bytes.
    static let texts: [String] = {
        let parts = ["", "a", "b", "ab", "é", "e\u{301}", "z", "Ω", "日本", "/", "-", "0", "A"]
        var texts = parts
        for first in parts {
            for second in parts { texts.append(first + second) }
        }
        texts += [
            "https://shop.example.com/de/", "https://shop.example.com/de/a-long-product-slug-000001/",
            "https://shop.example.com/de/a-long-product-slug-000001", "https://shop.example.com/de/ä",
            String(repeating: "x", count: 15), String(repeating: "x", count: 16), String(repeating: "x", count: 15) + "y",
        ]
        return texts
    }()

    @Test func sortsByUTF8BytesAsTheByteViewDoes() {
        for left in Self.texts {
            for right in Self.texts {
                #expect(
                    left.utf8Precedes(right) == left.utf8.lexicographicallyPrecedes(right.utf8),
                    "\(left.debugDescription) before \(right.debugDescription)"
                )
            }
        }
    }

    @Test func putsBytesAbove127AfterASCII() {
        #expect("z".utf8Precedes("é"))
        #expect(!"é".utf8Precedes("z"))
        #expect("e\u{301}".utf8Precedes("é"))
        #expect("".utf8Precedes("a") && !"a".utf8Precedes("") && !"".utf8Precedes(""))
    }
}
