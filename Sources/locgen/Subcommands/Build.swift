import ArgumentParser
import LocGenICU
import LocGenKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// `locgen build`: the site folder in, one page per product per market out.
struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site: one page per product per market, an index per market, and static/.",
        discussion: """
            Reads locgen.yaml in the site folder, streams the catalog, renders on
            all cores into a staging folder next to the output and swaps it in
            only when the build succeeded; pages whose inputs did not change are
            reused from the previous output. With --check, the new output must
            also pass 'locgen seo check' (no error-level finding) to replace it.

            Templates and UI strings come from the site's templates/ and locales/,
            then from each --theme folder, then from the default theme built into
            locgen (unless --no-default-theme).

            Examples:
              locgen build
              locgen build --site examples/shop --market de --market ch
              locgen build --quiet --report build.json
              locgen build --gzip                     # sitemap.xml.gz instead of sitemap.xml
              locgen build --check                    # fail on any 'locgen seo check' error
              locgen build --theme ../my-theme        # my-theme, then the built-in theme
              locgen build --no-default-theme --theme ../my-theme
              locgen build --shard 2/4 --output shard-2   # then: locgen merge shard-*

            Exit status: 0 built, 1 the build failed (bad products, a template
            error, a file that cannot be written), 2 a usage or configuration
            error.
            """
    )

    @Option(help: "The site folder, holding locgen.yaml.")
    var site = "."

    @Option(name: .customLong("market"), help: "Build only this market; repeat for more (default: every market).")
    var markets: [String] = []

    @Option(
        name: .customLong("theme"),
        help: "A theme folder (templates/ and locales/) after the site's and before the built-in theme; repeatable."
    )
    var themes: [String] = []

    @Option(help: "The build's date (YYYY-MM-DD), from which delivery estimates count and changed pages' sitemap lastmod (default: SOURCE_DATE_EPOCH, or today in UTC).")
    var date: String?

    @Flag(help: "Do not use the built-in default theme; templates and strings come only from the site and --theme.")
    var noDefaultTheme = false

    @Flag(help: "Write sitemaps gzip-compressed as .xml.gz; robots.txt and the sitemap index name those files.")
    var gzip = false

    @Flag(help: "Treat warnings, such as a missing template variable, as errors.")
    var strict = false

    @Flag(help: "Run 'locgen seo check' on the new output before it replaces the old; any error fails the build.")
    var check = false

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Option(help: "Write the build report as JSON to this file.")
    var report: String?

    @Option(help: "The output folder (default: 'output' in locgen.yaml, else public).")
    var output: String?

    @Option(
        help: ArgumentHelp(
            "Build only shard K of N (e.g. 2/4): its products' pages, for 'locgen merge'.",
            valueName: "K/N"
        )
    )
    var shard: String?

    func validate() throws {
        if let shard {
            do {
                _ = try ShardSpec(parsing: shard)
            } catch {
                throw ValidationError("--shard: \(error.message)")
            }
            if check {
                throw ValidationError(
                    "--check checks a whole site, and a shard is a part of one; check the merged site with 'locgen merge --check'"
                )
            }
        }
    }

    func run() async throws {
        let request = BuildRequest(
            siteDirectory: site,
            marketIDs: markets,
            isStrict: strict,
            themeDirectories: Self.themeDirectories(themes, noDefaultTheme: noDefaultTheme),
            buildDate: try buildDate(),
            outputPath: output,
            shard: try shard.map { try ShardSpec(parsing: $0) },
            compressesSitemaps: gzip,
            checksOutput: check
        )
        let renderer = MustacheRenderer(templates: Self.templates(in: request.templateDirectories), isStrict: strict)
        let progress = BuildProgressPrinter(mode: BuildProgressPrinter.Mode(quiet: quiet))
        let result: BuildReport
        do {
            result = try await Builder(renderer: renderer).build(request, progress: progress)
        } catch {
            progress.clearLine()
            Terminal.printError(error.description)
            Terminal.exit(error.exitCode)
        }
        Self.finish(result, reportPath: report, quiet: quiet)
    }

    /// The `--theme` folders, then the built-in theme unless `--no-default-theme`; exits 1 when the
    /// built-in theme cannot be written out.
    static func themeDirectories(_ themes: [String], noDefaultTheme: Bool) -> [String] {
        guard !noDefaultTheme else { return themes }
        do {
            return themes + [try DefaultTheme.materialize()]
        } catch {
            Terminal.printError(error.compilerStyleDescription)
            Terminal.exit(1)
        }
    }

    /// The templates of these folders; exits 2 when a template does not parse.
    static func templates(in directories: [String]) -> TemplateSet {
        do {
            return try TemplateSet.load(directories: directories)
        } catch {
            Terminal.printError(error.description)
            Terminal.exit(2)
        }
    }

    /// Writes `--report`, then prints the warnings and the summary unless `--quiet`.
    static func finish(_ result: BuildReport, reportPath: String?, quiet: Bool) {
        if let reportPath {
            do {
                try result.writeJSON(toPath: reportPath)
            } catch {
                Terminal.printError(error.compilerStyleDescription)
                Terminal.exit(1)
            }
        }
        guard !quiet else { return }
        for warning in result.warnings { Terminal.printError(warning) }
        Terminal.print(summary(of: result))
    }

    /// The date delivery estimates count from: `--date`, else `SOURCE_DATE_EPOCH` (the reproducible-builds
    /// convention), else today in UTC.
    private func buildDate() throws -> LocalDateTime {
        if let date {
            guard case .local(let day)? = DateValue(iso8601: date), day.hour == 0, day.minute == 0 else {
                throw ValidationError("--date '\(date)' is not a date; write it as 2026-11-26")
            }
            return day
        }
        var seconds = Int(time(nil))
        if let epoch = Terminal.environment("SOURCE_DATE_EPOCH") {
            guard let value = Int(epoch) else {
                throw ValidationError("SOURCE_DATE_EPOCH '\(epoch)' is not a number of seconds since 1970")
            }
            seconds = value
        }
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return LocalDateTime(year: 1970, month: 1, day: 1).addingDays(days)
    }

    /// `built 14 pages (3 rendered, 11 reused, 3 products unchanged) and 2 static files into public in 0.21 s`, a
    /// line per market and the number of warnings.
    static func summary(of report: BuildReport) -> String {
        let (seconds, attoseconds) = report.duration.components
        let hundredths = Int(seconds) * 100 + Int(attoseconds / 10_000_000_000_000_000)
        let time = "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100) s"
        if report.isUpToDate {
            return "nothing changed: the \(report.totalPages) pages in \(report.outputPath) are up to date (checked in \(time))"
        }
        // Shown only when a rebuild kept products without planning them: "…, 11964 reused, 998 products unchanged)".
        let skipped =
            report.skippedProducts == 0
            ? "" : ", \(report.skippedProducts) \(report.skippedProducts == 1 ? "product" : "products") unchanged"
        var lines = [
            "built \(report.totalPages) pages (\(report.renderedPages) rendered, \(report.reusedPages) reused\(skipped)) and \(report.staticFiles) static \(report.staticFiles == 1 ? "file" : "files") into \(report.outputPath) in \(time)"
        ]
        let width = report.markets.map(\.id.count).max() ?? 0
        for market in report.markets {
            let padding = String(repeating: " ", count: width - market.id.count)
            lines.append("  \(market.id)\(padding)  \(market.pages) pages")
        }
        if !report.warnings.isEmpty { lines.append("\(report.warnings.count) warnings") }
        return lines.joined(separator: "\n")
    }
}

/// Shows a build's progress on standard error: one updating line on a terminal, a line per market in CI
/// (`CI=true` or standard error not a terminal), nothing with `--quiet`.
final class BuildProgressPrinter: BuildProgress {
    enum Mode {
        case bar, lines, quiet

        init(quiet: Bool) {
            if quiet {
                self = .quiet
            } else if Terminal.isErrorTerminal, Terminal.environment("CI")?.lowercased() != "true" {
                self = .bar
            } else {
                self = .lines
            }
        }
    }

    let mode: Mode
    private var isLineOpen = false

    init(mode: Mode) {
        self.mode = mode
    }

    func pageWritten(total: Int) {
        guard mode == .bar else { return }
        Terminal.writeError("\r\u{1B}[2Kbuilding: \(total) pages")
        isLineOpen = true
    }

    func marketFinished(id: String, pages: Int) {
        switch mode {
        case .bar:
            Terminal.writeError("\r\u{1B}[2Kbuilding: market \(id) done (\(pages) pages)")
            isLineOpen = true
        case .lines:
            Terminal.printError("built market \(id): \(pages) pages")
        case .quiet:
            break
        }
    }

    func finished(_ report: BuildReport) {
        clearLine()
    }

    /// Ends the updating line so that what follows starts on a clean line.
    func clearLine() {
        guard isLineOpen else { return }
        Terminal.writeError("\r\u{1B}[2K")
        isLineOpen = false
    }
}
