import ArgumentParser
import LocGenICU
import LocGenKit

/// `locgen validate`: every translator's mistake in the locale bundles, before it ships.
struct Validate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check locale bundles for every mistake a reviewer would catch.",
        discussion: """
            With no paths, checks locales/ of the site in the current folder, with the source locale
            and settings of its locgen.yaml. Paths may be folders or single bundle files.

            Examples:
              locgen validate
              locgen validate locales/de.yaml locales/de-CH.yaml
              locgen validate --source en --format sarif locales/ > locgen.sarif
              locgen validate --strict --format github
              locgen validate --list-checks

            Exit status: 0 no errors (warnings allowed), 1 error-level findings, 2 a usage or
            configuration error.
            """
    )

    @Argument(help: "Bundle folders or files (default: locales/).")
    var paths: [String] = []

    @Option(help: "The source locale the others are translated from (default: source-locale in locgen.yaml).")
    var source: String?

    @Option(help: "The site configuration to read the source locale and check settings from.")
    var config: String?

    @Option(help: "Output: text, json, github, sarif or junit.")
    var format = "text"

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(help: "Colour in text output: auto, always or never.")
    var color: ColorChoice = .auto

    @Flag(help: "List every check with its id, default severity and explanation, then exit.")
    var listChecks = false

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never

        /// Whether text output is coloured: `auto` colours a terminal unless `NO_COLOR` is set.
        var isOn: Bool {
            switch self {
            case .always: true
            case .never: false
            case .auto: Terminal.isOutputTerminal && Terminal.environment("NO_COLOR") == nil
            }
        }
    }

    func validate() throws {
        guard ReportFormat(rawValue: format) != nil else {
            throw ValidationError("unknown --format '\(format)'; use text, json, github, sarif or junit")
        }
    }

    func run() async throws {
        if listChecks {
            Terminal.print(Check.listing)
            return
        }
        var options: ValidationOptions
        do {
            options = try loadOptions()
        } catch {
            Terminal.printError(error.compilerStyleDescription)
            Terminal.exit(2)
        }
        options.isStrict = options.isStrict || strict
        let paths = self.paths.isEmpty ? ["locales"] : self.paths
        let result: ValidationResult
        do {
            result = try await Validator(options: options).validate(paths: paths)
        } catch {
            Terminal.printError(error.compilerStyleDescription)
            Terminal.exit(2)
        }
        let useColor = color.isOn
        let reporter = DiagnosticReporter(format: ReportFormat(rawValue: format) ?? .text, useColor: useColor, toolVersion: LocGenCommand.version)
        Terminal.write(reporter.render(result.diagnostics, summary: result.summary))
        Terminal.exit(result.exitStatus)
    }

    private func loadOptions() throws(LocGenError) -> ValidationOptions {
        let configPath = config ?? (self.paths.isEmpty && Terminal.fileExists("locgen.yaml") ? "locgen.yaml" : nil)
        if let configPath {
            return try ValidationOptions.load(configAt: configPath, overridingSource: source)
        }
        guard let source else {
            throw LocGenError(
                .invalidConfiguration,
                "no source locale: pass --source with the locale the others are translated from (e.g. --source en), or run in a site folder whose locgen.yaml sets source-locale"
            )
        }
        return try ValidationOptions.defaultOptions(source: source)
    }
}
