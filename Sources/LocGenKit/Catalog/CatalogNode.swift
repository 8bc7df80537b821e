/// One value of a product record with where it starts, whatever format it came from.
///
/// JSON, JSON Lines and YAML records keep their own shape; a CSV row becomes an object whose
/// values are all strings (`name.en` → `{"name": {"en": …}}`). ``ProductDecoder`` reads only this.
struct CatalogNode: Sendable {
    enum Value: Sendable {
        case null
        case bool(Bool)
        /// A number as written ("129.90", "1.2e3"), never converted to binary floating point.
        case number(String)
        case string(String)
        case array([CatalogNode])
        case object([Member])
    }

    /// A field of an object, in file order; duplicates are kept so the decoder can report them.
    struct Member: Sendable {
        var key: String
        var keyPosition: TextPosition
        var value: CatalogNode
    }

    var value: Value
    var position: TextPosition

    /// The text of a string or a number; `nil` for anything else.
    var text: String? {
        switch value {
        case .string(let text), .number(let text): return text
        default: return nil
        }
    }

    /// What the value is, for messages: `'abc'` for text, `a list` for an array.
    var shown: String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let text): return text
        case .string(let text): return "'\(PathSafety.visible(text))'"
        case .array: return "a list"
        case .object: return "an object"
        }
    }

    /// The value of an object's first member named `key`; `nil` for a missing member or a value that is no
    /// object.
    func member(_ key: String) -> CatalogNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }
}
