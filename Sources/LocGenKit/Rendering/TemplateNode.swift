import Mustache

/// Turns ``TemplateValue``s into the values swift-mustache renders, wrapped so that a name missing
/// from the page is recorded instead of silently rendering as nothing.
///
/// swift-mustache resolves `a.b.c` by asking the context stack, innermost first, for `a`, then asking
/// what it found for `b` and `c`. Not finding `a` in a section's object is normal (the name may be
/// further out), so only the root reports a first segment as missing; not finding `b` in `a` is
/// always a miss. An object therefore comes in two forms: the one a lookup returns, which reports
/// misses, and the "frame" pushed on the stack by a section, which does not. Objects are one-element
/// sequences so that a section pushes their frame form and not themselves.
enum TemplateNode {
    /// The form a lookup of `name` returns; `path` (the dotted name from the root, for reporting misses
    /// below it) is only worked out for lists and objects.
    static func value(
        of value: TemplateValue,
        named name: String,
        path: @autoclosure () -> String,
        log: RenderLog
    ) -> Any {
        switch value {
        case .text(let text):
            // A plain String where a dynamic partial (`{{>*name}}`, or `{{>*.}}` in a section over any
            // text) may read it, as swift-mustache expects there; elsewhere a TextNode, which
            // swift-mustache renders after three dynamic casts fewer than a String and without
            // `String(describing:)`.
            log.dynamicPartialNames.isEmpty
                || !(log.dynamicPartialNames.contains(name) || log.dynamicPartialNames.contains("."))
                ? TextNode(text: text) : text
        case .bool(let flag): flag
        case .list(let items): ListNode(items: items, path: path(), log: log)
        case .object(let members): ObjectNode(members: members, path: path(), log: log, isFrame: false)
        }
    }

    /// The form a section pushes on the context stack: it reports no misses.
    static func frame(of value: TemplateValue, path: String, log: RenderLog) -> Any {
        switch value {
        case .text(let text): return text
        case .bool(let flag): return flag
        case .list(let items): return ListNode(items: items, path: path, log: log)
        case .object(let members): return ObjectNode(members: members, path: path, log: log, isFrame: true)
        }
    }
}

/// A ``TemplateValue/text(_:)`` a lookup returns: it renders, answers no names and reports none (as a
/// String does: `{{title.x}}` is no warning) and takes the String transforms
/// (`{{uppercased(product.name)}}`).
struct TextNode: MustacheParent, MustacheCustomRenderable, MustacheTransformable {
    var text: String

    func child(named name: String) -> Any? { nil }
    func transform(_ name: String) -> Any? { text.transform(name) }

    var renderText: String { text }
    var isNull: Bool { false }
}

/// The page's data at the bottom of the context stack, with the messages under `t`.
struct RootNode: MustacheParent, MustacheCustomRenderable {
    var members: [String: TemplateValue]
    var messages: Any
    var log: RenderLog

    func child(named name: String) -> Any? {
        // The root is asked last, after every section's object: a name it lacks is defined nowhere.
        if name == "t" { return messages }
        guard let value = members[name] else {
            log.recordMiss(name)
            return nil
        }
        return TemplateNode.value(of: value, named: name, path: name, log: log)
    }

    var renderText: String { "" }
    var isNull: Bool { false }
}

/// A ``TemplateValue/object(_:)``: `{{product.name}}`, `{{#product}}…{{/product}}`.
struct ObjectNode: MustacheParent, MustacheCustomRenderable, MustacheSequence, IteratorProtocol {
    var members: [String: TemplateValue]
    var path: String
    var log: RenderLog
    var isFrame: Bool
    private var isDone = false

    init(members: [String: TemplateValue], path: String, log: RenderLog, isFrame: Bool) {
        self.members = members
        self.path = path
        self.log = log
        self.isFrame = isFrame
    }

    func child(named name: String) -> Any? {
        guard let value = members[name] else {
            if !isFrame { log.recordMiss(path + "." + name) }
            return nil
        }
        return TemplateNode.value(of: value, named: name, path: path + "." + name, log: log)
    }

    /// A section over an object renders once, with the object's frame on the stack.
    mutating func next() -> ObjectNode? {
        guard !isDone else { return nil }
        isDone = true
        return ObjectNode(members: members, path: path, log: log, isFrame: true)
    }

    var renderText: String { "" }
    var isNull: Bool { false }
}

/// A ``TemplateValue/list(_:)``: a section renders once per item, an inverted section when it is empty.
///
/// An empty list's inverted section pushes the list itself on the stack, so it answers no names and
/// reports no misses; `{{items.name}}` is therefore not reported.
struct ListNode: MustacheParent, MustacheCustomRenderable, MustacheSequence {
    var items: [TemplateValue]
    var path: String
    var log: RenderLog

    func child(named name: String) -> Any? { nil }

    func makeIterator() -> LazyMapSequence<[TemplateValue], Any>.Iterator {
        items.lazy.map { TemplateNode.frame(of: $0, path: path, log: log) }.makeIterator()
    }

    var renderText: String { "" }
    var isNull: Bool { false }
}
