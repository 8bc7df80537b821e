/// Collects the findings of a site audit, with the severity each check has (warnings become errors
/// with `--strict`; notes stay notes) and paths shown as the user named the folder.
struct SiteFindings: Sendable {
    /// The folder files are read from.
    let directory: String
    /// The folder as findings name it.
    let displayDirectory: String
    let isStrict: Bool
    private(set) var diagnostics: [Diagnostic] = []

    init(directory: String, displayDirectory: String, isStrict: Bool) {
        self.directory = directory
        self.displayDirectory = displayDirectory
        self.isStrict = isStrict
    }

    /// A path relative to the folder as diagnostics show it: `public/de/index.html`.
    func displayPath(_ relative: String) -> String {
        Self.join(displayDirectory, relative)
    }

    /// A path relative to the folder as it is read.
    func sourcePath(_ relative: String) -> String {
        Self.join(directory, relative)
    }

    private static func join(_ folder: String, _ relative: String) -> String {
        folder == "." ? relative : (folder.hasSuffix("/") ? folder : folder + "/") + relative
    }

    /// Records a finding at a location; `sourceLine` is shown with a caret.
    mutating func report(_ check: Check.ID, _ message: String, at location: SourceLocation, sourceLine: String? = nil) {
        var severity = Check.site.first { $0.id == check }?.defaultSeverity ?? .error
        if isStrict, severity == .warning { severity = .error }
        diagnostics.append(
            Diagnostic(check: check, severity: severity, message: message, location: location, sourceLine: sourceLine)
        )
    }

    /// Records a finding at a place of a page.
    mutating func report(_ check: Check.ID, _ message: String, in page: AuditedPage, at place: AuditedPage.Place) {
        report(check, message, at: place.position.location(in: page.path), sourceLine: place.sourceLine)
    }

    /// The largest page or robots.txt read; a larger one is reported, not read into memory.
    static let maximumPageBytes = 64 << 20
    /// The largest sitemap read: twice the protocol's 50 MB, so a sitemap over the limit is still
    /// checked; a larger one is reported as over the limit without being read.
    static let maximumSitemapBytes = 100 << 20

    /// The bytes of a file of the folder, or `nil` after reporting why it cannot be read.
    mutating func read(_ relative: String, limit: Int = maximumPageBytes) -> [UInt8]? {
        if case .success(let item) = FileSystem.item(at: sourcePath(relative)), item.size > limit {
            report(
                .unreadable,
                "the file has \(SummaryLine.grouped(item.size)) bytes, more than the \(limit >> 20) MiB locgen seo check reads; it was not checked",
                at: SourceLocation(file: displayPath(relative), line: 0, column: 0)
            )
            return nil
        }
        do {
            return try TextFile.bytes(atPath: sourcePath(relative))
        } catch {
            report(.unreadable, error.message, at: SourceLocation(file: displayPath(relative), line: 0, column: 0))
            return nil
        }
    }
}
