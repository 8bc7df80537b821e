import Mustache

/// Translates swift-mustache's parser errors into ``LocGenError``s that point into template files.
enum TemplateSyntaxError {
    /// The error for a template that does not parse.
    ///
    /// swift-mustache's line and column are 1-based; its column counts `Character`s, which is converted
    /// to the Unicode scalars ``SourceLocation`` uses. `lineOffset` takes away lines locgen put in front
    /// of the file's text.
    static func error(_ error: MustacheTemplate.ParserError, file: String, lineOffset: Int) -> LocGenError {
        let context = error.context
        let column = context.line.prefix(max(0, context.columnNumber - 1)).unicodeScalars.count + 1
        return LocGenError(
            .templateSyntax,
            message(for: error.error),
            at: SourceLocation(file: file, line: context.lineNumber - lineOffset, column: column),
            underlyingError: UnderlyingParserError(description: String(describing: error.error))
        )
    }

    /// What went wrong, in locgen's words.
    static func message(for error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect:
            return "closing tag does not match the section it closes"
        case .unfinishedName:
            return "unfinished tag: expected a name followed by the closing delimiter"
        case .expectedSectionEnd:
            return "a section is never closed; add its closing tag '{{/name}}'"
        case .invalidSetDelimiter:
            return "invalid set-delimiter tag; write it as '{{=<% %>=}}'"
        case .transformAppliedToInheritanceSection:
            return "a block ('{{$name}}') cannot take a transform"
        case .illegalTokenInsideInheritSection, .textInsideInheritSection:
            return "only blocks ('{{$name}}…{{/name}}') may appear inside a parent tag ('{{<layout}}')"
        case .invalidConfigVariableSyntax:
            return "invalid pragma; write it as '{{% NAME: value}}'"
        case .unrecognisedConfigVariable:
            return "unknown pragma or content type"
        case nil:
            return "template does not parse: a tag is not closed"
        }
    }
}

/// swift-mustache's own description of a parser error, kept as the cause.
struct UnderlyingParserError: Error, Sendable, CustomStringConvertible {
    var description: String
}
