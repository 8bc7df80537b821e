/// An HTML or XML tag in the literal text of a message: `<b>`, `</b>`, `<br/>`, `<a href="{url}">`.
struct MarkupTag: Equatable {
    enum Kind { case opening, closing, selfClosing }

    /// The tag name in lower case.
    var name: String
    var kind: Kind
    /// From the `<` through the `>`.
    var range: Range<Int>

    /// Where the `<` is.
    var offset: Int { range.lowerBound }

    /// HTML elements that never take a closing tag.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]

    var isVoid: Bool { Self.voidElements.contains(name) }

    /// The tag as messages show it, without attributes: `<b>`, `</b>`, `<x/>`; a void element is always `<br>`.
    var display: String {
        if isVoid { return "<\(name)>" }
        switch kind {
        case .opening: return "<\(name)>"
        case .closing: return "</\(name)>"
        case .selfClosing: return "<\(name)/>"
        }
    }

    /// Appends the tags whose `<` lies in `range`.
    ///
    /// A tag is `<` or `</`, an ASCII letter, then name characters, then `>`, white space or `/`; it ends at the
    /// next `>`, which may lie after an argument (`<a href="{url}">`). `a < b` and `<3` are not tags.
    static func scan(_ scalars: [Unicode.Scalar], in range: Range<Int>, into tags: inout [MarkupTag]) {
        for start in range where scalars[start] == "<" {
            var index = start + 1
            let isClosing = index < scalars.count && scalars[index] == "/"
            if isClosing { index += 1 }
            guard index < scalars.count, isLetter(scalars[index]) else { continue }
            let nameStart = index
            while index < scalars.count, isNameCharacter(scalars[index]) { index += 1 }
            let nameEnd = index
            guard let end = tagEnd(scalars, from: index, isClosing: isClosing) else { continue }
            var last = end - 1
            while last > nameEnd, scalars[last].isWhiteSpace { last -= 1 }
            let kind: Kind = isClosing ? .closing : last >= nameEnd && scalars[last] == "/" ? .selfClosing : .opening
            var name = String.UnicodeScalarView()
            name.append(contentsOf: scalars[nameStart..<nameEnd])
            tags.append(MarkupTag(name: String(name).lowercased(), kind: kind, range: start..<end + 1))
        }
    }

    /// The offset of the `>` that ends a tag whose name ends at `index`, or `nil` when this is no tag.
    private static func tagEnd(_ scalars: [Unicode.Scalar], from index: Int, isClosing: Bool) -> Int? {
        guard index < scalars.count else { return nil }
        let next = scalars[index]
        guard next == ">" || next == "/" || next.isWhiteSpace else { return nil }
        var cursor = index
        while cursor < scalars.count, cursor - index < 500 {
            switch scalars[cursor] {
            case ">": return cursor
            case "<": return nil
            default: cursor += 1
            }
        }
        return nil
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == ":" || scalar == "_"
            || scalar == "."
    }
}
