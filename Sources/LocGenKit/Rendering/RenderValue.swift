import Foundation

/// What a name stands for during a render: a value of the page, a message, a number a transform made,
/// or the page itself; also what the context stack holds.
///
/// A list or object carries the dotted path it was found under (`product.images`), used only to name
/// what is missing below it.
enum RenderValue {
    case text(String)
    case bool(Bool)
    case number(Int)
    case list([TemplateValue], path: String)
    case object([String: TemplateValue], path: String)
    /// `t.key` for a key the table has a message for.
    case message(String)
    /// `t`, `t.key` for a key the table has no message for, or a prefix of longer keys.
    case missingMessage(String)
    /// The page's data, at the bottom of the stack.
    case root

    /// A page value found under `path`.
    init(_ value: TemplateValue, path: @autoclosure () -> String) {
        switch value {
        case .text(let text): self = .text(text)
        case .bool(let flag): self = .bool(flag)
        case .list(let items): self = .list(items, path: path())
        case .object(let members): self = .object(members, path: path())
        }
    }

    /// The value after a transform (`uppercased`, `empty`, `plusone` …), or `nil` when the value does not
    /// take it. Text and numbers take the transforms swift-mustache gives Strings and integers; lists take
    /// `empty`, `count`, `first`, `last` and `reversed`, objects `empty` and `count`, so that
    /// `{{^empty(product.related)}}<h2>…</h2>{{/empty(product.related)}}` leaves out a heading with nothing
    /// under it.
    func transformed(_ name: String) -> RenderValue? {
        switch self {
        case .text(let text):
            switch name {
            case "empty": return .bool(text.isEmpty)
            case "capitalized": return .text(text.capitalized)
            case "lowercased": return .text(text.lowercased())
            case "uppercased": return .text(text.uppercased())
            case "reversed": return .text(String(text.reversed()))
            default: return nil
            }
        case .number(let number):
            switch name {
            case "equalzero": return .bool(number == 0)
            case "plusone": return .number(number + 1)
            case "minusone": return .number(number - 1)
            case "even": return .bool(number & 1 == 0)
            case "odd": return .bool(number & 1 == 1)
            default: return nil
            }
        case .list(let items, let path):
            switch name {
            case "empty": return .bool(items.isEmpty)
            case "count": return .number(items.count)
            case "first": return items.first.map { RenderValue($0, path: path) }
            case "last": return items.last.map { RenderValue($0, path: path) }
            case "reversed": return .list(items.reversed(), path: path)
            default: return nil
            }
        case .object(let members, _):
            switch name {
            case "empty": return .bool(members.isEmpty)
            case "count": return .number(members.count)
            default: return nil
            }
        case .bool, .message, .missingMessage, .root:
            return nil
        }
    }
}

/// Where a section over a list is: `{{first()}}`, `{{last()}}`, `{{index()}}`, `{{even()}}`,
/// `{{odd()}}`.
struct SequencePosition {
    var index: Int
    var isLast: Bool

    func transformed(_ name: String) -> RenderValue? {
        switch name {
        case "first": .bool(index == 0)
        case "last": .bool(isLast)
        case "index": .number(index)
        case "even": .bool(index & 1 == 0)
        case "odd": .bool(index & 1 == 1)
        default: nil
        }
    }
}
