import ArgumentParser
import LocGenKit

/// `locgen init`: a new site that builds at once with the built-in theme.
struct Init: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site that builds at once: three markets, five products, the built-in theme.",
        discussion: """
            Writes locgen.yaml (markets us, de and jp, every key commented),
            data/products.jsonl (five products in English, German and Japanese),
            data/rates.yaml, locales/en.yaml (one string overriding the theme's),
            templates/README.md (how to override a theme template),
            static/favicon.svg and a .gitignore for the output.

            Examples:
              locgen init shop && cd shop && locgen build
              locgen init                 # in the current folder, if it is empty

            Exit status: 0 created, 2 the folder is not empty or cannot be written.
            """
    )

    @Argument(help: "The folder to create the site in; it must not exist or be empty.")
    var directory = "."

    func run() async throws {
        let created: [String]
        do {
            created = try SiteScaffold.create(at: directory)
        } catch {
            Terminal.printError("error: \(error.message)")
            Terminal.exit(2)
        }
        let prefix = directory == "." ? "" : (directory.hasSuffix("/") ? directory : directory + "/")
        var lines = ["created a site in \(directory):"]
        lines += created.map { "  \(prefix)\($0)" }
        lines.append("next:")
        let build = "locgen build && locgen validate"
        lines.append(directory == "." ? "  \(build)" : "  cd \(Self.shellQuoted(directory)) && \(build)")
        Terminal.print(lines.joined(separator: "\n"))
    }

    /// The path as a shell word: unchanged when it is plain, else in single quotes.
    static func shellQuoted(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_./+".unicodeScalars.contains(scalar)
        }
        guard !plain || path.isEmpty else { return path }
        return "'" + path.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
