public import LocGenICU

/// The files that make up one locale's bundle: `locales/<tag>.yaml` and everything under
/// `locales/<tag>/`, as ``BundleDiscovery`` found them.
public struct BundleSource: Sendable, Equatable {
    /// The locale as the file or folder is named (`de-CH`, or ICU's `de_CH`).
    public var localeTag: String
    /// The canonical locale, or `nil` when the name is not a valid BCP 47 tag.
    public var locale: LocaleID?
    /// The paths: files named after the locale first, then the files in its folder, each group
    /// sorted by path.
    public var files: [String]
    /// The `file-name` problem when the name is not a valid locale tag, at the first file's 1:1.
    public var nameProblem: Diagnostic?

    /// Makes a source from its parts; ``BundleDiscovery`` makes them from paths.
    public init(localeTag: String, locale: LocaleID?, files: [String], nameProblem: Diagnostic? = nil) {
        self.localeTag = localeTag
        self.locale = locale
        self.files = files
        self.nameProblem = nameProblem
    }
}
