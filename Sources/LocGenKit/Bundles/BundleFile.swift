public import LocGenICU

/// A loaded locale bundle file: its messages with their positions, and the problems found while
/// reading it (bad UTF-8, bad YAML or JSON, duplicate keys, values that are not text).
public struct BundleFile: Sendable {
    /// The path as the user gave it, used in every location.
    public var path: String
    /// The locale the file's name (or folder) says it is for; `nil` when that is not a valid tag.
    public var locale: LocaleID?
    /// The messages in file order.
    public var messages: [BundleMessage]
    /// Problems found while reading the file; always errors of the `files` area.
    public var problems: [Diagnostic]
    /// The file's lines, for showing a finding's line with a caret.
    public var lines: [String]

    public init(path: String, locale: LocaleID?, messages: [BundleMessage], problems: [Diagnostic], lines: [String]) {
        self.path = path
        self.locale = locale
        self.messages = messages
        self.problems = problems
        self.lines = lines
    }

    /// The text of a 1-based line, if the file has it.
    public func line(_ number: Int) -> String? {
        number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }
}
