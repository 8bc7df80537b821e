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
/// name with a longer key) and renderable (formatting its key).
enum MessagePathNode {
    /// The node for a key: one that renders the message when the table has it, else a missing one.
    ///
    /// The two differ in sections. swift-mustache pushes a section's value on the context stack, and a
    /// message node there would answer every name; so an existing message is a one-element sequence
    /// (its formatted text is pushed instead) and a missing one is "null" (nothing is pushed).
    static func node(for key: String, scope: MessageScope) -> Any {
        scope.table.pattern(for: key) == nil
            ? MissingMessageKeyNode(key: key, scope: scope) : MessageKeyNode(key: key, scope: scope)
    }

    static func key(_ key: String, then name: String) -> String {
        key.isEmpty ? name : key + "." + name
    }
}

/// A key the table has a message for.
struct MessageKeyNode: MustacheParent, MustacheCustomRenderable, MustacheSequence {
    var key: String
    var scope: MessageScope

    func child(named name: String) -> Any? {
        MessagePathNode.node(for: MessagePathNode.key(key, then: name), scope: scope)
    }

    var renderText: String { scope.format(key) ?? "" }
    var isNull: Bool { false }

    /// A section renders once with the formatted message on the stack (`{{.}}`).
    func makeIterator() -> IndexingIterator<[String]> {
        guard let text = scope.format(key) else { return [].makeIterator() }
        return [text].makeIterator()
    }
}

/// A key the table has no message for, or `t` itself and key prefixes such as `cart` in `cart.add`.
struct MissingMessageKeyNode: MustacheParent, MustacheCustomRenderable {
    var key: String
    var scope: MessageScope

    func child(named name: String) -> Any? {
        MessagePathNode.node(for: MessagePathNode.key(key, then: name), scope: scope)
    }

    /// Rendering it is a miss; a section over it is skipped and an inverted one shown, without either
    /// counting as a miss.
    var renderText: String { scope.format(key) ?? "" }
    var isNull: Bool { true }
}
