extension TemplateParser {
    /// Reads a tag's name up to the closing delimiter and splits off its transforms:
    /// `lowercased(reversed(name))` is `name` with `lowercased`, `reversed` (outermost first).
    mutating func parseName(
        _ state: State,
        allowingSlash: Bool = false
    ) throws(TemplateParseError) -> (String, [String]) {
        read(while: Self.isWhitespace)
        let range = read { Self.isNameScalar($0, brackets: true, slash: allowingSlash) }
        read(while: Self.isWhitespace)
        guard read(state.close) else { throw TemplateParseError(reason: .unfinishedName, offset: position) }
        let name = Array(scalars[range])
        let invalid = TemplateParseError(reason: .unfinishedName, offset: position)
        var index = 0
        func readPart() -> String {
            let start = index
            while index < name.count, Self.isNameScalar(name[index], brackets: false, slash: allowingSlash) {
                index += 1
            }
            return String(scalars: name[start..<index])
        }
        let first = readPart()
        guard index < name.count else { return (first, []) }
        guard name[index] == "(" else { throw invalid }
        index += 1
        var transforms = [first]
        while true {
            let part = readPart()
            guard index < name.count else { throw invalid }
            if name[index] == "(" {
                index += 1
                transforms.append(part)
                continue
            }
            guard name[index] == ")" else { throw invalid }
            var closing = 0
            while index < name.count, name[index] == ")" {
                closing += 1
                index += 1
            }
            guard closing == transforms.count, index == name.count else { throw invalid }
            return (part, transforms)
        }
    }

    /// Reads a partial's or parent's name up to the closing delimiter.
    mutating func parsePartialName(_ state: State) throws(TemplateParseError) -> String {
        read(while: Self.isWhitespace)
        let range = read { Self.isNameScalar($0, brackets: true, slash: true) }
        read(while: Self.isWhitespace)
        guard read(state.close) else { throw TemplateParseError(reason: .unfinishedName, offset: position) }
        return text(range)
    }

    /// Skips a comment's text and its closing delimiter.
    mutating func skipComment(_ state: State, tagStart: Int) throws(TemplateParseError) {
        while !isAtEnd {
            if read(state.close) { return }
            position += 1
        }
        throw TemplateParseError(reason: .unclosedTag, offset: tagStart)
    }

    /// Reads a set-delimiter tag's body (`<% %>=` up to the closing delimiter) and returns the state with
    /// the new delimiters.
    mutating func setDelimiters(_ state: State) throws(TemplateParseError) -> State {
        let invalid = TemplateParseError(reason: .invalidSetDelimiter, offset: position)
        read(while: Self.isWhitespace)
        let open = read { !Self.isWhitespace($0) }
        guard !isAtEnd else { throw invalid }
        read(while: Self.isWhitespace)
        let close = read { $0 != "=" && !Self.isWhitespace($0) }
        guard !isAtEnd else { throw invalid }
        read(while: Self.isWhitespace)
        guard read(["="]), read(state.close), !open.isEmpty, !close.isEmpty else {
            throw TemplateParseError(reason: .invalidSetDelimiter, offset: position)
        }
        var state = state
        state.open = Array(scalars[open])
        state.close = Array(scalars[close])
        state.isParentTopLevel = false
        return state
    }

    /// Reads a pragma's body (`CONTENT_TYPE: TEXT` up to the closing delimiter). Only the content types
    /// `TEXT` (escaping off) and `HTML` (on) are known.
    mutating func parsePragma(_ state: State) throws(TemplateParseError) -> TemplateNode {
        let isName = { (scalar: Unicode.Scalar) in Self.isNameScalar(scalar, brackets: false, slash: false) }
        read(while: Self.isWhitespace)
        let variable = text(read(while: isName))
        read(while: Self.isWhitespace)
        guard read([":"]) else { throw TemplateParseError(reason: .invalidPragma, offset: position) }
        read(while: Self.isWhitespace)
        let value = text(read(while: isName))
        read(while: Self.isWhitespace)
        guard read(state.close), !variable.isEmpty, !value.isEmpty else {
            throw TemplateParseError(reason: .invalidPragma, offset: position)
        }
        switch (variable, value) {
        case ("CONTENT_TYPE", "TEXT"): return .escaping(false)
        case ("CONTENT_TYPE", "HTML"): return .escaping(true)
        default: throw TemplateParseError(reason: .unknownPragma, offset: position)
        }
    }

    /// Whether a scalar may be part of a name: ASCII letters and digits, `.-_?*`, with `brackets` also
    /// `(` and `)` and with `slash` also `/`.
    static func isNameScalar(_ scalar: Unicode.Scalar, brackets: Bool, slash: Bool) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", ".", "-", "_", "?", "*": true
        case "(", ")": brackets
        case "/": slash
        default: false
        }
    }
}
