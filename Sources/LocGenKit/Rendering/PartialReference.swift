/// A partial (`{{> name}}`) or parent (`{{< name}}`) tag naming a template, as the parser found it;
/// dynamic ones (`{{>*name}}`) name none and are not recorded.
struct PartialReference: Equatable {
    /// What kind of tag names the template.
    enum Kind: Equatable {
        /// `{{> name}}`.
        case partial
        /// `{{< name}}`, opening a layout's blocks.
        case parent
    }

    var kind: Kind
    /// The template name the tag asks for, as written.
    var name: String
    /// 1-based line of the tag's opening delimiter.
    var line: Int
    /// 1-based column of the tag's opening delimiter, in Unicode scalars.
    var column: Int
    /// Whether the tag is inside a section (`{{#…}}` or `{{^…}}`), so it may not be rendered.
    var isConditional: Bool
}
