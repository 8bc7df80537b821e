// Parses the same 20,000 product records (JSON Lines as the catalog reader sees them) with each
// candidate and prints the best of three runs, then probes what each does with number text and
// surrogate-pair escapes. The results are written down in JSONValueParser.swift.
import Foundation
import Yams

/// Any JSON value, decoded with JSONDecoder; numbers as Decimal, the most exact it offers.
enum JSONAny: Decodable {
    case null, bool(Bool), number(Decimal), string(String), array([JSONAny]), object([String: JSONAny])
    init(from decoder: any Decoder) throws {
        if var array = try? decoder.unkeyedContainer() {
            var items: [JSONAny] = []
            while !array.isAtEnd { items.append(try array.decode(JSONAny.self)) }
            self = .array(items); return
        }
        if let keyed = try? decoder.container(keyedBy: Key.self) {
            var object: [String: JSONAny] = [:]
            for key in keyed.allKeys { object[key.stringValue] = try keyed.decode(JSONAny.self, forKey: key) }
            self = .object(object); return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() { self = .null }
        else if let b = try? single.decode(Bool.self) { self = .bool(b) }
        else if let d = try? single.decode(Decimal.self) { self = .number(d) }
        else { self = .string(try single.decode(String.self)) }
    }
    struct Key: CodingKey { var stringValue: String; var intValue: Int?; init(stringValue: String) { self.stringValue = stringValue }; init?(intValue: Int) { nil } }
}

func line(_ i: Int) -> String {
    let cents = String(format: "%02d", i % 100)
    return #"{"id": "p\#(i)", "slug": {"en": "product-\#(i)", "de": "produkt-\#(i)", "ru": "товар-\#(i)"}, "price": \#(i % 997).\#(cents), "stock": \#(i % 13), "category": "jackets", "created": "2026-01-05", "images": [{"src": "img/p\#(i).jpg", "alt": {"en": "Product \#(i) from the front"}}], "name": {"en": "Alpine jacket \#(i)", "de": "Alpinjacke \#(i)", "ja": "アルパインジャケット\#(i)"}, "description": {"en": "A warm, windproof jacket for cold days in the mountains, with a hood, two zipped pockets and taped seams.", "de": "Eine warme, winddichte Jacke für kalte Tage in den Bergen, mit Kapuze, zwei Reißverschlusstaschen und verschweißten Nähten."}, "markets": {"cn": {"price": "899"}, "us": {"sold": false}}, "related": ["p\#(i + 1)", "p\#(i + 2)"]}"#
}

let count = 20_000
let lines = (0..<count).map { Array(line($0).utf8) }
let strings = lines.map { String(decoding: $0, as: UTF8.self) }
let datas = lines.map { Data($0) }
print("records:", count, "bytes:", lines.reduce(0) { $0 + $1.count + 1 })

func time(_ name: String, _ body: () throws -> Int) rethrows {
    var best = Double.infinity
    var checksum = 0
    for _ in 0..<3 {
        let start = DispatchTime.now().uptimeNanoseconds
        checksum = try body()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        best = min(best, seconds)
    }
    print(name.padding(toLength: 36, withPad: " ", startingAt: 0), String(format: "%.3f s", best), "(\(checksum))")
}

try time("JSONSerialization.jsonObject") {
    var n = 0
    for data in datas { if try JSONSerialization.jsonObject(with: data) is [String: Any] { n += 1 } }
    return n
}
try time("JSONDecoder -> JSONAny (Decimal)") {
    var n = 0
    let decoder = JSONDecoder()
    for data in datas { if case .object = try decoder.decode(JSONAny.self, from: data) { n += 1 } }
    return n
}
try time("Yams.compose") {
    var n = 0
    for string in strings { if try Yams.compose(yaml: string)?.mapping != nil { n += 1 } }
    return n
}
try time("UTF8Check + JSONValueParser") {
    var n = 0
    for bytes in lines {
        if UTF8Check.firstInvalid(in: bytes, from: .start) == nil, case .object = try JSONValueParser.parse(bytes, from: .start).value { n += 1 }
    }
    return n
}

// Exactness and validity probes.
let price = #"{"price": 12345678901234567890.12, "small": 129.90}"#
let object = try JSONSerialization.jsonObject(with: Data(price.utf8)) as! [String: Any]
print("JSONSerialization price:", object["price"]!, type(of: object["price"]!), "small:", object["small"]!)
if case .object(let o) = try JSONDecoder().decode(JSONAny.self, from: Data(price.utf8)) { print("JSONDecoder Decimal price:", o["price"]!, o["small"]!) }
let emoji = #"{"name": "\ud83d\ude00"}"#
do { print("Yams surrogate pair:", try Yams.compose(yaml: emoji)?.mapping?["name"]?.string ?? "nil") } catch { print("Yams surrogate pair error:", error) }
print("JSONSerialization surrogate pair:", (try JSONSerialization.jsonObject(with: Data(emoji.utf8)) as! [String: Any])["name"]!)
for text in ["129.90", "0.1", "1.005", "12345678901234567.5", "100"] {
    let value = (try JSONSerialization.jsonObject(with: Data("[\(text)]".utf8)) as! [Any])[0]
    print("JSONSerialization", text, "->", value, type(of: value))
}
