import ArgumentParser
import LocGenICU

/// The `locgen` command: a catalog in, a correct static site for every market out.
@main
struct LocGenCommand: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "locgen",
        abstract: "Build correct, fast, search-engine-ready product sites for every market.",
        discussion: """
            The locale engine is the system ICU \(ICU.version) with CLDR \(ICU.cldrVersion).

            Examples:
              locgen validate --source en locales/
              locgen format --locale ru-RU '{count, plural, one {# товар} few {# товара} many {# товаров} other {# товара}}' count=21
              locgen plurals pl 1 2 5 22
              locgen locale es-MX
            """,
        version: "locgen \(version) (ICU \(ICU.version), CLDR \(ICU.cldrVersion))",
        subcommands: [
            Init.self, Build.self, Merge.self, Validate.self, SEO.self, Format.self, Plurals.self, LocaleInfo.self,
            Schema.self, IndexNow.self,
        ]
    )

    /// Runs the command with locgen's exit codes: 0 success, 1 a problem in the input being
    /// checked or formatted, 2 a usage or configuration error (ArgumentParser's own is 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withLocGenCodeFor: error)
        }
    }

    static func exit(withLocGenCodeFor error: any Error) -> Never {
        let code = exitCode(for: error)
        if code == .validationFailure {
            // Usage errors: ArgumentParser prints the message and usage; locgen exits 2.
            let message = fullMessage(for: error)
            if !message.isEmpty { Terminal.printError(message) }
            Terminal.exit(2)
        }
        exit(withError: error)
    }
}
