extension LocGenError.Code {
    /// A template that does not parse: an unclosed section, a bad tag or pragma.
    public static let templateSyntax = LocGenError.Code(rawValue: "template-syntax")
    /// A template, partial or layout that no template folder has.
    public static let missingTemplate = LocGenError.Code(rawValue: "missing-template")
    /// A name a template uses that the page does not define, in strict mode.
    public static let missingVariable = LocGenError.Code(rawValue: "missing-variable")
    /// A message a template shows that cannot be formatted with the page's arguments.
    public static let messageFormat = LocGenError.Code(rawValue: "message-format")
}

/// Every problem found while loading templates, so a user sees all broken templates in one run.
public struct TemplateErrors: Error, Sendable, CustomStringConvertible {
    /// The problems, sorted by file, line and column.
    public var errors: [LocGenError]

    public init(errors: [LocGenError]) {
        self.errors = errors
    }

    /// One problem per line, compiler-style.
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
