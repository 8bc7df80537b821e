import ArgumentParser
import LocGenKit

/// `locgen seo check DIR`: audits a built static site for what search engines need.
struct SEOCheck: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Audit a built site folder: hreflang, canonicals, sitemaps, robots.txt and Product JSON-LD.",
        discussion: """
            Works on any static site folder, not only locgen's. URLs are matched with files
            through the site's base URL (--base-url, else the origin of the pages' canonical
            links); pages of other hosts are looked for under _hosts/<host>/, as locgen lays
            them out.

            Examples:
              locgen seo check public
              locgen seo check --base-url https://shop.example.com/ public
              locgen seo check --format sarif public > seo.sarif
              locgen seo check --list-checks

            Exit status: 0 no errors (warnings and notes allowed), 1 error-level findings,
            2 a usage error (no folder, a bad option).
            """
    )

    @Argument(help: "The built site folder.")
    var directory: String?

    @Option(
        name: .customLong("base-url"),
        help: "A base URL of the site (https://shop.example.com/); repeatable (default: the canonical links' origin)."
    )
    var baseURLs: [String] = []

    @Option(help: "Output: text, json, github or sarif.")
    var format = "text"

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(help: "Colour in text output: auto, always or never.")
    var color: Validate.ColorChoice = .auto

    @Flag(help: "List every check with its id, default severity and explanation, then exit.")
    var listChecks = false

    static let formats: [ReportFormat] = [.text, .json, .github, .sarif]

    func validate() throws {
        guard let format = ReportFormat(rawValue: format), Self.formats.contains(format) else {
            throw ValidationError("unknown --format '\(format)'; use text, json, github or sarif")
        }
        guard listChecks || directory != nil else {
            throw ValidationError("missing the site folder to check; pass it, as in 'locgen seo check public'")
        }
    }

    func run() async throws {
        if listChecks {
            Terminal.print(
                Check.listing(
                    of: Check.site,
                    footer: ["--strict makes every warning an error; notes never fail. Details: docs/SEO.md."]
                )
            )
            return
        }
        let result: SiteAuditResult
        do {
            result = try SiteAuditor(directory: directory ?? ".", baseURLs: baseURLs, isStrict: strict).audit()
        } catch {
            Terminal.printError(error.compilerStyleDescription)
            Terminal.exit(2)
        }
        let useColor = color.isOn
        let reporter = DiagnosticReporter(
            format: ReportFormat(rawValue: format) ?? .text,
            useColor: useColor,
            toolVersion: LocGenCommand.version,
            checks: Check.site
        )
        Terminal.write(reporter.render(result.diagnostics, summary: result.summary))
        Terminal.exit(result.exitStatus)
    }
}
