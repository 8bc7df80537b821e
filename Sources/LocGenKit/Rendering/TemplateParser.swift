/// Parses template text into ``TemplateNode``s, following the Mustache spec's rules for standalone
/// tags and indentation, and swift-mustache 2.1.1's where the spec leaves room (locgen rendered with it
/// before, and pages must come out byte for byte the same).
///
/// Works on Unicode scalars, so positions are the scalar columns ``SourceLocation`` uses. Partial and
/// parent tags are resolved to template indexes here; the tags naming no template are collected in
/// ``missingPartials`` and every partial, parent and closing tag in ``references``.
struct TemplateParser {
    let scalars: [Unicode.Scalar]
    /// The index of every template the set has, by name.
    let templateIndexes: [String: Int]
    var position = 0
    /// Partial, parent and closing tags, in order, for the cycle check.
    var references: [PartialReference] = []
    /// Partial and parent tags naming no template in the set.
    var missingPartials: [PartialReference] = []
    /// How many `{{#…}}` and `{{^…}}` sections are open.
    var conditionalDepth = 0
    /// Where the tag of each node the last finished ``parse(state:)`` returned starts.
    var bodyStarts: [Int] = []

    init(_ text: String, templateIndexes: [String: Int]) {
        scalars = Array(text.unicodeScalars)
        self.templateIndexes = templateIndexes
    }

    /// Parses the whole text.
    mutating func parse() throws(TemplateParseError) -> [TemplateNode] {
        try parse(state: State())
    }

    struct State {
        var sectionName: String?
        var sectionTransforms: [String] = []
        /// Where the tag opening the section being parsed starts.
        var sectionStart = 0
        var isNewLine = true
        /// Inside a parent tag (`{{<layout}}`), at any depth.
        var isInsideParent = false
        /// Directly inside a parent tag, where `{{$name}}` defines a block.
        var isParentTopLevel = false
        var open: [Unicode.Scalar] = ["{", "{"]
        var close: [Unicode.Scalar] = ["}", "}"]
        /// How much of each line's leading whitespace a block definition drops: its first line's.
        var blockDefinitionIndent: Int?

        func section(_ name: String, at start: Int, isNewLine: Bool, transforms: [String] = []) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = transforms
            state.sectionStart = start
            state.isParentTopLevel = false
            if !isNewLine { state.isNewLine = false }
            return state
        }

        func parent(_ name: String, at start: Int) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = []
            state.sectionStart = start
            state.isNewLine = true
            state.isInsideParent = true
            state.isParentTopLevel = true
            return state
        }
    }

    var isAtEnd: Bool { position >= scalars.count }
    var current: Unicode.Scalar { position < scalars.count ? scalars[position] : "\0" }

    /// The text of `scalars[range]`.
    func text(_ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }

    /// Reads while `predicate` holds; returns the range read.
    @discardableResult
    mutating func read(while predicate: (Unicode.Scalar) -> Bool) -> Range<Int> {
        let start = position
        while position < scalars.count, predicate(scalars[position]) { position += 1 }
        return start..<position
    }

    /// Reads `expected` if the text continues with it.
    mutating func read(_ expected: [Unicode.Scalar]) -> Bool {
        guard position + expected.count <= scalars.count,
            scalars[position..<(position + expected.count)].elementsEqual(expected)
        else { return false }
        position += expected.count
        return true
    }

    static func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }
    static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Whether the tag just read is alone on its line: the line started before it (`isNewLine`) and
    /// only blanks follow up to the line's end, which are then skipped with the line break.
    mutating func isStandalone(_ state: State) -> Bool {
        guard state.isNewLine else { return false }
        if isAtEnd { return true }
        var end = position
        while end < scalars.count, Self.isBlank(scalars[end]) { end += 1 }
        guard end < scalars.count, Self.isNewline(scalars[end]) else { return false }
        position = end + 1
        return true
    }

    /// The index of the template a partial or parent tag names, recording the tag; `nil` (and the tag
    /// recorded as missing) when the set has no such template.
    mutating func resolve(_ name: String, kind: PartialReference.Kind, at offset: Int) -> Int? {
        guard !name.isEmpty else { return nil }
        let (line, column) = lineAndColumn(of: offset)
        let reference = PartialReference(
            kind: kind,
            name: name,
            line: line,
            column: column,
            isConditional: conditionalDepth > 0
        )
        references.append(reference)
        guard let index = templateIndexes[name] else {
            missingPartials.append(reference)
            return nil
        }
        return index
    }

    /// The 1-based line and column (in Unicode scalars) of an offset.
    func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, scalars.count) where scalars[index] == "\n" {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }
}
