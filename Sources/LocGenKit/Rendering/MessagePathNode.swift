import LocGenICU
import Mustache

/// What `t.` messages are formatted with during one render.
final class MessageScope {
    let template: String
    let table: MessageTable
    let arguments: [String: MessageValue]
    let log: RenderLog

    init(template: String, table: MessageTable, arguments: [String: MessageValue], log: RenderLog) {
        self.template = template
        self.table = table
        self.arguments = arguments
        self.log = log
    }

    /// The formatted message for `key`; records a miss when the table has none and an error when it
    /// cannot be formatted, returning `nil` for both.
    func format(_ key: String) -> String? {
        do {
            guard let text = try table.format(key, arguments: arguments) else {
                log.recordMiss("t." + key)
                return nil
            }
            return text
        } catch {
            log.record(
                LocGenError(
                    .messageFormat,
                    "template '\(template)': message '\(key)' cannot be formatted: \(error.description)",
                    underlyingError: error
                )
            )
            return nil
        }
    }
}

/// `t` and every dotted path below it: `{{t.cart.add}}` walks `t` → `cart` → `cart.add` and renders
/// the message `cart.add`.
///
/// A node cannot know whether more segments follow, so every node is both a parent (answering any
/// name with a longer key) and renderable (formatting its key). A section over a message renders once
/// with the formatted text on the stack when the message exists, and not at all when it does not.
struct MessagePathNode: MustacheParent, MustacheCustomRenderable, MustacheSequence {
    /// The key so far; empty for `t` itself.
    var key: String
    var scope: MessageScope

    func child(named name: String) -> Any? {
        MessagePathNode(key: key.isEmpty ? name : key + "." + name, scope: scope)
    }

    var renderText: String { scope.format(key) ?? "" }
    var isNull: Bool { scope.table.pattern(for: key) == nil }

    func makeIterator() -> IndexingIterator<[String]> {
        guard scope.table.pattern(for: key) != nil, let text = scope.format(key) else { return [].makeIterator() }
        return [text].makeIterator()
    }
}
