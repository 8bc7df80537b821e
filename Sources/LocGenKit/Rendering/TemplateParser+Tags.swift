extension TemplateParser {
    /// The nodes of the section (or whole template) being parsed.
    struct Body {
        var nodes: [TemplateNode] = []
        /// Where each node's tag or text starts, to point at a tag a parent tag may not hold.
        var starts: [Int] = []
        /// The blanks that began the current line, until a node takes them or a standalone tag drops them.
        var whitespaceBefore = ""

        mutating func append(_ node: TemplateNode, at start: Int) {
            nodes.append(node)
            starts.append(start)
        }

        /// Adds the line's leading blanks as text, when a tag that keeps them follows.
        mutating func flushWhitespace(at start: Int) {
            guard !whitespaceBefore.isEmpty else { return }
            append(.text(whitespaceBefore), at: start)
            whitespaceBefore = ""
        }
    }

    /// Parses nodes up to the end of the text, or up to the closing tag of the section `state` is in.
    mutating func parse(state initial: State) throws(TemplateParseError) -> [TemplateNode] {
        var body = Body()
        var state = initial
        while !isAtEnd {
            if state.isNewLine { readLineStart(&body, &state) }
            let textStart = position
            let text = readText(state)
            if !isAtEnd, scalars[position] == "\n" {
                body.append(.text(body.whitespaceBefore + text + "\n"), at: textStart)
                state.isNewLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                body.append(.text(body.whitespaceBefore + text), at: textStart)
                body.whitespaceBefore = ""
                state.isNewLine = false
            }
            if isAtEnd { break }
            let tagStart = position - state.open.count
            var isNewLine = false
            switch current {
            case "#", "^":
                isNewLine = try parseSection(&body, state, at: tagStart)
            case "/":
                try parseClose(&body, state, at: tagStart)
                bodyStarts = body.starts
                return body.nodes
            case "!":
                position += 1
                try skipComment(state, tagStart: tagStart)
                isNewLine = isStandalone(state)
            case "{", "&":
                let isTriple = current == "{"
                body.flushWhitespace(at: tagStart)
                position += 1
                let (name, transforms) = try parseName(state)
                if isTriple, !read(["}"]) {
                    throw TemplateParseError(reason: isAtEnd ? .unclosedTag : .unfinishedName, offset: position)
                }
                body.append(.variable(TemplateName(name, transforms: transforms), isEscaped: false), at: tagStart)
            case ">":
                isNewLine = try parsePartial(&body, state, at: tagStart)
            case "<":
                isNewLine = try parseParent(&body, state, at: tagStart)
            case "$":
                isNewLine = try parseBlock(&body, state, at: tagStart)
            case "=":
                position += 1
                state = try setDelimiters(state)
                isNewLine = isStandalone(state)
            case "%":
                position += 1
                body.append(try parsePragma(state), at: tagStart)
                isNewLine = isStandalone(state)
            default:
                body.flushWhitespace(at: tagStart)
                let (name, transforms) = try parseName(state)
                body.append(.variable(TemplateName(name, transforms: transforms), isEscaped: true), at: tagStart)
            }
            state.isNewLine = isNewLine
        }
        if state.sectionName != nil {
            throw TemplateParseError(reason: .unclosedSection, offset: state.sectionStart)
        }
        bodyStarts = body.starts
        return body.nodes
    }

    /// Reads the blanks that start a line.
    mutating func readLineStart(_ body: inout Body, _ state: inout State) {
        let blanks = read(while: Self.isBlank)
        guard state.isInsideParent, !state.isParentTopLevel else {
            body.whitespaceBefore = text(blanks)
            return
        }
        // swift-mustache drops a block definition's first-line indentation from every line.
        if let indent = state.blockDefinitionIndent {
            body.whitespaceBefore = text(min(blanks.lowerBound + indent, blanks.upperBound)..<blanks.upperBound)
        } else {
            state.blockDefinitionIndent = blanks.count
        }
    }

    /// `{{#name}}…{{/name}}` or `{{^name}}…{{/name}}`; returns whether the opening tag is standalone.
    mutating func parseSection(_ body: inout Body, _ state: State, at tagStart: Int) throws(TemplateParseError) -> Bool
    {
        let isInverted = current == "^"
        position += 1
        let (name, transforms) = try parseName(state)
        let isNewLine = isStandalone(state)
        if !isNewLine { body.flushWhitespace(at: tagStart) }
        conditionalDepth += 1
        let nodes = try parse(state: state.section(name, at: tagStart, isNewLine: isNewLine, transforms: transforms))
        conditionalDepth -= 1
        let tagName = TemplateName(name, transforms: transforms)
        body.append(isInverted ? .invertedSection(tagName, nodes) : .section(tagName, nodes), at: tagStart)
        return isNewLine
    }

    /// `{{/name}}`, which must close the section `state` is in.
    mutating func parseClose(_ body: inout Body, _ state: State, at tagStart: Int) throws(TemplateParseError) {
        position += 1
        let nameStart = position
        let (name, transforms) = try parseName(state, allowingSlash: true)
        guard name == state.sectionName, transforms == state.sectionTransforms else {
            throw TemplateParseError(reason: .sectionCloseNameIncorrect, offset: nameStart)
        }
        if !isStandalone(state) { body.flushWhitespace(at: tagStart) }
    }

    /// `{{> name}}` or `{{>*name}}`; returns whether the tag is standalone. The line's blanks stay as
    /// text and, for a standalone tag, indent every further line of the partial.
    mutating func parsePartial(_ body: inout Body, _ state: State, at tagStart: Int) throws(TemplateParseError) -> Bool
    {
        position += 1
        read(while: Self.isWhitespace)
        let isDynamic = read(["*"])
        let name = try parsePartialName(state)
        let whitespace = body.whitespaceBefore
        body.flushWhitespace(at: tagStart)
        let indentation: String? = isStandalone(state) ? whitespace : nil
        if isDynamic {
            let dynamic = TemplateName(name, transforms: [])
            body.append(.dynamicPartial(dynamic, indentation: indentation, blocks: nil), at: tagStart)
        } else if let index = resolve(name, kind: .partial, at: tagStart) {
            body.append(.partial(index: index, indentation: indentation, blocks: nil), at: tagStart)
        }
        return indentation != nil
    }

    /// `{{< name}}…{{/name}}` or `{{<*name}}…{{/*name}}`: only blocks and text (ignored) inside.
    mutating func parseParent(_ body: inout Body, _ state: State, at tagStart: Int) throws(TemplateParseError) -> Bool {
        position += 1
        read(while: Self.isWhitespace)
        let name = try parsePartialName(state)
        let whitespace = body.whitespaceBefore
        body.flushWhitespace(at: tagStart)
        let isNewLine = isStandalone(state)
        let nodes = try parse(state: state.parent(name, at: tagStart))
        var blocks: [String: [TemplateNode]] = [:]
        for (node, start) in zip(nodes, bodyStarts) {
            switch node {
            case .blockDefinition(let block, let nodes): blocks[block] = nodes
            case .text: break
            default: throw TemplateParseError(reason: .illegalTagInsideParent, offset: start)
            }
        }
        if name.first == "*" {
            let dynamic = TemplateName(String(name.dropFirst()), transforms: [])
            body.append(.dynamicPartial(dynamic, indentation: whitespace, blocks: blocks), at: tagStart)
        } else if let index = resolve(name, kind: .parent, at: tagStart) {
            body.append(.partial(index: index, indentation: whitespace, blocks: blocks), at: tagStart)
        }
        return isNewLine
    }

    /// `{{$name}}…{{/name}}`: a block definition directly inside a parent tag, else a block with its
    /// default, indented by the line's blanks.
    mutating func parseBlock(_ body: inout Body, _ state: State, at tagStart: Int) throws(TemplateParseError) -> Bool {
        position += 1
        let (name, transforms) = try parseName(state)
        guard transforms.isEmpty else {
            throw TemplateParseError(reason: .transformAppliedToBlock, offset: position)
        }
        if state.isParentTopLevel {
            let isNewLine = isStandalone(state)
            let nodes = try parse(state: state.section(name, at: tagStart, isNewLine: isNewLine))
            body.append(.blockDefinition(name, nodes), at: tagStart)
            return isNewLine
        }
        let whitespace = body.whitespaceBefore
        body.flushWhitespace(at: tagStart)
        let isNewLine = isStandalone(state)
        let nodes = try parse(state: state.section(name, at: tagStart, isNewLine: isNewLine))
        body.append(.block(name, defaultNodes: nodes, indentation: whitespace), at: tagStart)
        return isNewLine
    }

    /// Reads text up to a line break (not read) or the opening delimiter (read), or to the end.
    mutating func readText(_ state: State) -> String {
        let start = position
        while !isAtEnd {
            let scalar = scalars[position]
            if scalar == "\n" { return text(start..<position) }
            if scalar == state.open[0], read(state.open) {
                return text(start..<(position - state.open.count))
            }
            position += 1
        }
        return text(start..<position)
    }
}
