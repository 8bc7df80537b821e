/// A name as a tag writes it (`product.name`, `.`, `uppercased(product.name)`, `first()`), split once
/// when the template is parsed.
///
/// A class, so that a node handing its name to a lookup retains one reference instead of each part.
final class TemplateName: Sendable {
    /// Where the lookup of the first segment starts.
    enum Start: Sendable, Equatable {
        /// Every frame of the context stack, innermost first (`product.name`).
        case stack
        /// Only the innermost frame (`.name`).
        case top
        /// The innermost frame itself (`.`, or a tag with no name).
        case implicit
        /// The position in the list a section renders (`first()`, `index()`).
        case sequence
    }

    let start: Start
    /// The dotted name's parts (`product`, `name`); empty for `.implicit` and `.sequence`.
    let segments: [String]
    /// The transforms in the order they apply: `lowercased(reversed(name))` is `reversed`, `lowercased`.
    let transforms: [String]
    /// The segments joined with `.`: the path a list or object found by this name is reported under.
    let path: String
    /// The message key when the first segment is `t` (`cart.add` for `t.cart.add`, empty for `t`).
    let messageKey: String?

    /// Splits `name` as written between the delimiters, with its transforms already taken off.
    init(_ name: String, transforms: [String]) {
        self.transforms = transforms.reversed()
        let segments = name.split(separator: ".").map(String.init)
        self.segments = segments
        if name.isEmpty, !transforms.isEmpty {
            start = .sequence
        } else if segments.isEmpty {
            start = .implicit
        } else {
            start = name.first == "." ? .top : .stack
        }
        path = segments.joined(separator: ".")
        messageKey = segments.first == "t" ? segments.dropFirst().joined(separator: ".") : nil
    }

    /// A name from its parts as they are: for ``detached()``.
    init(start: Start, segments: [String], transforms: [String], path: String, messageKey: String?) {
        self.start = start
        self.segments = segments
        self.transforms = transforms
        self.path = path
        self.messageKey = messageKey
    }
}
