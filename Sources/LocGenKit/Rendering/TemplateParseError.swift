/// Why a template does not parse, and where.
struct TemplateParseError: Error, Equatable {
    enum Reason: Equatable {
        case sectionCloseNameIncorrect
        case unfinishedName
        case unclosedSection
        case invalidSetDelimiter
        case transformAppliedToBlock
        case illegalTagInsideParent
        case invalidPragma
        case unknownPragma
        case unclosedTag
    }

    var reason: Reason
    /// Offset in Unicode scalars from the start of the text.
    var offset: Int

    /// What went wrong, in locgen's words.
    var message: String {
        switch reason {
        case .sectionCloseNameIncorrect: "closing tag does not match the section it closes"
        case .unfinishedName: "unfinished tag: expected a name followed by the closing delimiter"
        case .unclosedSection: "a section is never closed; add its closing tag '{{/name}}'"
        case .invalidSetDelimiter: "invalid set-delimiter tag; write it as '{{=<% %>=}}'"
        case .transformAppliedToBlock: "a block ('{{$name}}') cannot take a transform"
        case .illegalTagInsideParent:
            "only blocks ('{{$name}}…{{/name}}') may appear inside a parent tag ('{{<layout}}')"
        case .invalidPragma: "invalid pragma; write it as '{{% NAME: value}}'"
        case .unknownPragma: "unknown pragma or content type"
        case .unclosedTag: "template does not parse: a tag is not closed"
        }
    }
}
