import Foundation

extension SiteConfig {
    /// Reads and checks a `locgen.yaml`.
    ///
    /// Reports every problem in one run, each at its file, line and column: YAML syntax, unknown, missing and
    /// duplicate keys, values of the wrong type, bad locales, currencies, time zones, search engines, URLs,
    /// paths and tax rates, and markets sharing a URL. Paths in the file are resolved against its folder.
    ///
    /// - Parameter path: The file, as the user gave it; locations in errors use this spelling.
    /// - Throws: ``SiteConfigErrors`` holding every problem, sorted by position; a file that cannot be read
    ///   gives one ``LocGenError/Code/unreadableFile`` error.
    public static func load(path: String) throws(SiteConfigErrors) -> SiteConfig {
        let text: String
        do {
            text = try TextFile.text(atPath: path)
        } catch {
            var error = error
            if error.code == .unreadableFile, !FileManager.default.fileExists(atPath: path) {
                // The usual cause: running locgen outside a site folder.
                error.message += "; run locgen in a site folder, pass --site, or create a site with 'locgen init'"
            }
            throw SiteConfigErrors([error])
        }
        return try decode(text, file: path, directory: directory(of: path))
    }

    /// Checks the text of a `locgen.yaml`; `file` is used in locations and `directory` for its paths.
    static func decode(_ text: String, file: String, directory: String) throws(SiteConfigErrors) -> SiteConfig {
        let document = YAMLDocument(text: text, file: file)
        if let syntaxError = document.syntaxError { throw SiteConfigErrors([syntaxError]) }
        var checker = ConfigChecker(document: document, table: ConfigKey.siteConfig)
        let root = checker.checkRoot()
        var builder = SiteConfigBuilder(directory: directory)
        let config = builder.build(root)
        // A value shared through a YAML alias is checked once per use; report each problem once.
        var seen: Set<String> = []
        let problems = (checker.problems + builder.problems).filter { seen.insert($0.description).inserted }
        guard problems.isEmpty else { throw SiteConfigErrors(problems) }
        guard let config else {
            preconditionFailure("locgen.yaml was not built, but no problem was reported")
        }
        return config
    }

    /// The folder of a file path as the user gave it: `site` for `site/locgen.yaml`, `.` for `locgen.yaml`.
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = path[..<slash]
        return folder.isEmpty ? "/" : String(folder)
    }
}
