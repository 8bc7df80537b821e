extension TemplateParser {
    /// Parses nodes up to the end of the text, or up to the closing tag of the section `state` is in.
    mutating func parse(state initial: State) throws(TemplateParseError) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        // Where each node's tag starts, to point at a tag a parent tag may not hold.
        var starts: [Int] = []
        var state = initial
        var whitespaceBefore = ""
        while !isAtEnd {
            if state.isNewLine {
                let blanks = read(while: Self.isBlank)
                if state.isInsideParent, !state.isParentTopLevel {
                    // swift-mustache drops a block definition's first-line indentation from every line.
                    if let indent = state.blockDefinitionIndent {
                        whitespaceBefore = text(min(blanks.lowerBound + indent, blanks.upperBound)..<blanks.upperBound)
                    } else {
                        state.blockDefinitionIndent = blanks.count
                    }
                } else {
                    whitespaceBefore = text(blanks)
                }
            }
            let textStart = position
            let text = readText(state)
            if !isAtEnd, scalars[position] == "\n" {
                nodes.append(.text(whitespaceBefore + text + "\n"))
                starts.append(textStart)
                state.isNewLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(whitespaceBefore + text))
                starts.append(textStart)
                whitespaceBefore = ""
                state.isNewLine = false
            }
            if isAtEnd { break }
            let tagStart = position - state.open.count
            func flushWhitespace() {
                if !whitespaceBefore.isEmpty {
                    nodes.append(.text(whitespaceBefore))
                    starts.append(tagStart)
                    whitespaceBefore = ""
                }
            }
            var isNewLine = false
            switch current {
            case "#", "^":
                let isInverted = current == "^"
                position += 1
                let (name, transforms) = try parseName(state)
                if isStandalone(state) { isNewLine = true } else { flushWhitespace() }
                conditionalDepth += 1
                let body = try parse(
                    state: state.section(name, at: tagStart, isNewLine: isNewLine, transforms: transforms)
                )
                conditionalDepth -= 1
                let tagName = TemplateName(name, transforms: transforms)
                nodes.append(isInverted ? .invertedSection(tagName, body) : .section(tagName, body))
            case "/":
                position += 1
                let nameStart = position
                let (name, transforms) = try parseName(state, allowingSlash: true)
                guard name == state.sectionName, transforms == state.sectionTransforms else {
                    throw TemplateParseError(reason: .sectionCloseNameIncorrect, offset: nameStart)
                }
                if !isStandalone(state) { flushWhitespace() }
                bodyStarts = starts
                return nodes
            case "!":
                position += 1
                try skipComment(state, tagStart: tagStart)
                isNewLine = isStandalone(state)
            case "{", "&":
                let isTriple = current == "{"
                flushWhitespace()
                position += 1
                let (name, transforms) = try parseName(state)
                if isTriple, !read(["}"]) {
                    throw TemplateParseError(reason: isAtEnd ? .unclosedTag : .unfinishedName, offset: position)
                }
                nodes.append(.variable(TemplateName(name, transforms: transforms), isEscaped: false))
            case ">":
                position += 1
                read(while: Self.isWhitespace)
                let isDynamic = read(["*"])
                let name = try parsePartialName(state)
                if !whitespaceBefore.isEmpty {
                    nodes.append(.text(whitespaceBefore))
                    starts.append(tagStart)
                }
                let indentation: String? = isStandalone(state) ? whitespaceBefore : nil
                isNewLine = indentation != nil
                if isDynamic {
                    nodes.append(
                        .dynamicPartial(TemplateName(name, transforms: []), indentation: indentation, blocks: nil)
                    )
                } else if let index = resolve(name, kind: .partial, at: tagStart) {
                    nodes.append(.partial(index: index, indentation: indentation, blocks: nil))
                }
                whitespaceBefore = ""
            case "<":
                position += 1
                read(while: Self.isWhitespace)
                let name = try parsePartialName(state)
                if !whitespaceBefore.isEmpty {
                    nodes.append(.text(whitespaceBefore))
                    starts.append(tagStart)
                }
                isNewLine = isStandalone(state)
                let body = try parse(state: state.parent(name, at: tagStart))
                var blocks: [String: [TemplateNode]] = [:]
                for (node, start) in zip(body, bodyStarts) {
                    switch node {
                    case .blockDefinition(let block, let nodes): blocks[block] = nodes
                    case .text: break
                    default: throw TemplateParseError(reason: .illegalTagInsideParent, offset: start)
                    }
                }
                if name.first == "*" {
                    let dynamic = TemplateName(String(name.dropFirst()), transforms: [])
                    nodes.append(.dynamicPartial(dynamic, indentation: whitespaceBefore, blocks: blocks))
                } else if let index = resolve(name, kind: .parent, at: tagStart) {
                    nodes.append(.partial(index: index, indentation: whitespaceBefore, blocks: blocks))
                }
                whitespaceBefore = ""
            case "$":
                position += 1
                let (name, transforms) = try parseName(state)
                guard transforms.isEmpty else {
                    throw TemplateParseError(reason: .transformAppliedToBlock, offset: position)
                }
                if state.isParentTopLevel {
                    isNewLine = isStandalone(state)
                    let body = try parse(state: state.section(name, at: tagStart, isNewLine: isNewLine))
                    nodes.append(.blockDefinition(name, body))
                } else {
                    if !whitespaceBefore.isEmpty {
                        nodes.append(.text(whitespaceBefore))
                        starts.append(tagStart)
                    }
                    isNewLine = isStandalone(state)
                    let body = try parse(state: state.section(name, at: tagStart, isNewLine: isNewLine))
                    nodes.append(.block(name, defaultNodes: body, indentation: whitespaceBefore))
                    whitespaceBefore = ""
                }
            case "=":
                position += 1
                state = try setDelimiters(state)
                isNewLine = isStandalone(state)
            case "%":
                position += 1
                nodes.append(try parsePragma(state))
                isNewLine = isStandalone(state)
            default:
                flushWhitespace()
                let (name, transforms) = try parseName(state)
                nodes.append(.variable(TemplateName(name, transforms: transforms), isEscaped: true))
            }
            while starts.count < nodes.count { starts.append(tagStart) }
            state.isNewLine = isNewLine
        }
        if state.sectionName != nil {
            throw TemplateParseError(reason: .unclosedSection, offset: state.sectionStart)
        }
        bodyStarts = starts
        return nodes
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
