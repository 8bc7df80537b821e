import LocGenICU

/// Finds the locale bundles in the paths `locgen validate` is given.
///
/// A locale's bundle is `<tag>.yaml` (or `.yml`, `.json`) plus every such file under a folder
/// `<tag>/`, at any depth. A folder path is read as a `locales/` folder; a file path is one file of
/// the locale its name says, or, for `locales/<tag>/…/name.yaml`, of the folder's locale.
/// Hidden files and folders (`.git`) and files with other extensions (`README.md`) are skipped.
/// Links to files are followed, and so are links naming a locale folder; links to folders inside
/// a locale's folder are not, so a link back up can never make the search loop.
public enum BundleDiscovery {
    /// The extensions of bundle files, lower-case.
    public static let fileExtensions: Set<String> = ["yaml", "yml", "json"]

    /// The bundles in the given files and folders, merged by locale and sorted by locale tag.
    ///
    /// Throws `unreadable-file` for a path that does not exist or a folder that cannot be listed,
    /// and for a file given by name that is not a `.yaml`, `.yml` or `.json` file.
    public static func sources(in paths: [String]) throws(LocGenError) -> [BundleSource] {
        var collector = BundleCollector()
        for path in paths {
            try collector.add(path)
        }
        return collector.sources
    }

    /// The name and extension of a bundle file name (`de-CH`, `yaml`), or `nil` for other files.
    static func bundleName(of fileName: String) -> (stem: String, extension: String)? {
        guard !fileName.hasPrefix("."), let dot = fileName.lastIndex(of: ".") else { return nil }
        let fileExtension = String(fileName[fileName.index(after: dot)...])
        guard fileExtensions.contains(fileExtension.lowercased()) else { return nil }
        return (String(fileName[..<dot]), fileExtension)
    }

    /// The `file-name` problem for a name that is not a valid tag, suggesting the tag ICU's
    /// message points to (`en-GB` for `en_UK`) or else a generic one.
    static func nameProblem(
        name: String,
        fileExtension: String?,
        error: ICUError,
        firstFile: String
    ) -> Diagnostic {
        var suggestion = "de-CH"
        if let range = error.message.firstRange(of: "did you mean '") {
            let rest = error.message[range.upperBound...]
            if let end = rest.firstIndex(of: "'"), let parsed = try? LocaleID.parse(String(rest[..<end])) {
                suggestion = parsed.locale.tag
            }
        }
        let message =
            if let fileExtension {
                "file name '\(name)' is not a valid locale tag: \(error.message); name the file after a BCP 47 tag "
                    + "such as \(suggestion).\(fileExtension)"
            } else {
                "folder name '\(name)' is not a valid locale tag: \(error.message); name the folder after a BCP 47 "
                    + "tag such as \(suggestion)"
            }
        return Diagnostic(
            check: .invalidFileName,
            severity: .error,
            message: message,
            location: SourceLocation(file: firstFile, line: 1, column: 1)
        )
    }
}
