/// A partial (`{{> name}}`) or parent (`{{< name}}`) tag in a template, found by scanning its text.
///
/// swift-mustache keeps its tokens internal and only finds out at render time that a partial does not
/// exist (it renders nothing), so locgen scans for these tags itself when it loads templates.
struct PartialReference: Equatable {
    /// What kind of tag names the template.
    enum Kind: Equatable {
        /// `{{> name}}`.
        case partial
        /// `{{< name}}`, opening a layout's blocks.
        case parent
        /// `{{/name}}`, closing a section or a parent tag.
        case close
    }

    var kind: Kind
    /// The template name the tag asks for, as written.
    var name: String
    /// Where the tag's text after its sigil lies, in Unicode scalars from the start of the template.
    var nameRange: Range<Int>
    /// 1-based line of the tag's opening delimiter.
    var line: Int
    /// 1-based column of the tag's opening delimiter, in Unicode scalars.
    var column: Int
    /// Whether the tag is inside a section (`{{#…}}` or `{{^…}}`), so it may not be rendered.
    var isConditional: Bool

    /// The partial, parent and closing tags of a template that parsed, in order; dynamic ones
    /// (`{{>*name}}`) name no template and are left out.
    static func references(in text: String) -> [PartialReference] {
        scan(text).references
    }

    /// The names dynamic partials (`{{>*name}}`, `{{>*product.kind}}`) take their template from, as
    /// written after the `*`.
    static func dynamicNames(in text: String) -> [String] {
        scan(text).dynamicNames
    }

    /// Finds both in one pass, following set-delimiter tags (`{{=<% %>=}}`) the way swift-mustache does.
    private static func scan(_ text: String) -> (references: [PartialReference], dynamicNames: [String]) {
        let scalars = Array(text.unicodeScalars)
        var open = Array("{{".unicodeScalars)
        var close = Array("}}".unicodeScalars)
        var references: [PartialReference] = []
        var dynamicNames: [String] = []
        // The sigils of the open sections, blocks and parent tags, innermost last.
        var sections: [Character] = []
        var index = 0
        var line = 1
        var column = 1
        func advance(to end: Int) {
            while index < end {
                if scalars[index] == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                index += 1
            }
        }
        while index < scalars.count {
            guard scalars[index...].starts(with: open) else {
                advance(to: index + 1)
                continue
            }
            let contentStart = index + open.count
            guard let contentEnd = firstIndex(of: close, in: scalars, from: contentStart) else { break }
            let content = String(String.UnicodeScalarView(scalars[contentStart..<contentEnd]))
            let tagEnd = contentEnd + close.count
            switch content.first {
            case ">", "<", "/":
                let name = content.dropFirst().filter { !$0.isWhitespace }
                let kind: Kind = content.first == ">" ? .partial : content.first == "<" ? .parent : .close
                if kind == .partial, name.first == "*" {
                    dynamicNames.append(String(name.dropFirst()))
                } else if !name.isEmpty, name.first != "*" {
                    references.append(
                        PartialReference(
                            kind: kind,
                            name: String(name),
                            nameRange: (contentStart + 1)..<contentEnd,
                            line: line,
                            column: column,
                            isConditional: sections.contains { $0 == "#" || $0 == "^" }
                        )
                    )
                }
                if kind == .parent { sections.append("<") }
                if kind == .close { _ = sections.popLast() }
            case "#", "^", "$":
                sections.append(content.first!)
            case "=":
                let delimiters = content.dropFirst().dropLast().split(whereSeparator: \.isWhitespace)
                if delimiters.count == 2 {
                    open = Array(delimiters[0].unicodeScalars)
                    close = Array(delimiters[1].unicodeScalars)
                }
            default:
                break
            }
            advance(to: tagEnd)
        }
        return (references, dynamicNames)
    }

    private static func firstIndex(
        of needle: [Unicode.Scalar],
        in scalars: [Unicode.Scalar],
        from start: Int
    ) -> Int? {
        var index = start
        while index + needle.count <= scalars.count {
            if scalars[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
