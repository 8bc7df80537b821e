/// `locgen build --check`: the site audit of `locgen seo check` on a build's output, run on the
/// staging folder before it is swapped in, so a site that fails the check never replaces the
/// previous output.
struct OutputCheck {
    let site: SitePlan
    /// The folder to audit: the staging folder, or the output when the build had nothing to do.
    let folder: String

    /// Audits the folder with the site's base URL, naming files as they will be in the output.
    /// Warnings are added to the report (they fail a `--strict` build later); errors throw.
    func run(adding report: inout BuildReport, isStrict: Bool) throws(BuildFailure) {
        let result: SiteAuditResult
        do {
            result = try SiteAuditor(
                directory: folder,
                baseURLs: [site.config.baseURL.description],
                displayDirectory: site.config.outputPath
            ).audit()
        } catch {
            throw BuildFailure(.build, error)
        }
        let errors = result.diagnostics.filter { $0.severity == .error }
        report.warnings += result.diagnostics.filter { $0.severity == .warning }.map(Self.line)
        guard !errors.isEmpty else { return }
        var problems = errors.map { LocGenError(.seoCheck, $0.message + " [\($0.check)]", at: $0.location) }
        problems.append(
            LocGenError(
                .seoCheck,
                "locgen seo check found \(SummaryLine.counted(errors.count, "error")) in the new output, so it did not replace \(site.config.outputPath); run 'locgen seo check \(site.config.outputPath)' on a build without --check to see them in place"
            )
        )
        throw BuildFailure(.build, problems)
    }

    static func line(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.location): warning: \(diagnostic.message) [\(diagnostic.check)]"
    }
}

extension LocGenError.Code {
    /// `locgen build --check` found an error in the built site.
    public static let seoCheck = Self(rawValue: "seo-check")
}
