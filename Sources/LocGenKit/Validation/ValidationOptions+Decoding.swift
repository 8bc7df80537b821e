import LocGenICU
import Yams

extension ValidationOptions {
    /// Reads the validation settings of a site's `locgen.yaml`: `source-locale` and the
    /// `validate:` section. Other sections (`markets:` …) belong to the build and are not read here.
    ///
    /// `overridingSource` (from `--source`) replaces `source-locale`, which is then optional; a
    /// `source-locale` in the file is still checked.
    ///
    /// Throws ``LocGenError/Code/unreadableFile`` when the file cannot be read,
    /// ``LocGenError/Code/invalidDocument`` when it is not YAML, and otherwise
    /// ``LocGenError/Code/invalidConfiguration`` for every problem found: unknown settings and checks
    /// (with a suggestion), wrong types, invalid locale tags and key patterns. Several problems come
    /// as one error made by ``LocGenError/combining(_:)``, whose message has one
    /// `locgen.yaml:7:5: error: …` line per problem.
    public static func load(configAt path: String, overridingSource: String?) throws(LocGenError) -> ValidationOptions {
        let text = try TextFile.text(atPath: path)
        let root = try YAMLComposer.compose(text, path: path, code: .invalidDocument)
        var reader = ConfigurationReader(file: path)
        let options = reader.options(from: root, overridingSource: overridingSource)
        guard let options, reader.problems.isEmpty else {
            // In file order, as a user fixes them; problems of --source, which have no place, last.
            let problems = reader.problems.enumerated().sorted { lhs, rhs in
                switch (lhs.element.location, rhs.element.location) {
                case (let left?, let right?) where left != right: left < right
                case (.some, nil): true
                case (nil, .some): false
                default: lhs.offset < rhs.offset
                }
            }
            throw LocGenError.combining(problems.map(\.element))
        }
        return options
    }

    /// The default settings for a run without a site: every check at its default severity.
    ///
    /// Throws ``LocGenError/Code/invalidConfiguration`` when `source` is not a valid locale tag.
    public static func defaultOptions(source: String) throws(LocGenError) -> ValidationOptions {
        do {
            return ValidationOptions(sourceLocale: try LocaleID(source))
        } catch {
            throw LocGenError(.invalidConfiguration, "invalid source locale: \(error.message)", underlyingError: error)
        }
    }
}
