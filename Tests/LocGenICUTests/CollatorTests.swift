import LocGenICU
import Testing

struct CollatorTests {
    @Test(arguments: [
        // German: umlauts sort with their base letter.
        ("de", ["Zucker", "Äpfel", "Banane", "Apfel"], ["Apfel", "Äpfel", "Banane", "Zucker"]),
        // Swedish: ä is a letter of its own after z.
        ("sv", ["Zucker", "Äpfel", "Banane", "Apfel"], ["Apfel", "Banane", "Zucker", "Äpfel"]),
        // Japanese: kana before kanji, hiragana and katakana interleaved by sound.
        ("ja", ["漢字", "いぬ", "アニメ", "かさ"], ["アニメ", "いぬ", "かさ", "漢字"]),
        // Simplified Chinese: pinyin (an < zhong).
        ("zh", ["中国", "安全"], ["安全", "中国"]),
        // Traditional Chinese: strokes (中 has 4, 安 has 6).
        ("zh-Hant", ["安全", "中國"], ["中國", "安全"]),
    ])
    func sortsInTheLocalesOrder(tag: String, texts: [String], expected: [String]) throws {
        let collator = try Collator(locale: try LocaleID(tag))
        #expect(try collator.sorted(texts) == expected)
    }

    @Test func sortKeysCompareBytewiseAndGrowForLongText() throws {
        let collator = try Collator(locale: try LocaleID("de"))
        let long = String(repeating: "Straße ", count: 200)
        let key = try collator.sortKey(for: long)
        #expect(key.count > 1400)
        #expect(!key.contains(0))
        #expect(try collator.sortKey(for: "a").lexicographicallyPrecedes(try collator.sortKey(for: "b")))
    }
}
