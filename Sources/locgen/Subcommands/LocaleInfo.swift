import ArgumentParser
import LocGenICU
import LocGenKit

/// `locgen locale`: what locgen knows of a locale.
struct LocaleInfo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "locale",
        abstract: "Show what locgen knows of a locale: canonical tag, names, direction, fallback, plurals, currency, numbers.",
        discussion: """
            Examples:
              locgen locale de_CH
              locgen locale es-MX
              locgen locale ar-EG --json
            """
    )

    @Argument(help: "A BCP 47 tag (ICU's de_CH form is accepted and its canonical form shown).")
    var locale: String

    @Flag(help: "Print JSON.")
    var json = false

    func run() async throws {
        let report: LocaleReport
        do {
            report = try LocaleReport(locale)
        } catch {
            Terminal.printError("error: \(error.description)")
            Terminal.exit(2)
        }
        if json {
            Terminal.print(report.jsonText())
        } else {
            Terminal.print(report.text)
        }
    }
}
