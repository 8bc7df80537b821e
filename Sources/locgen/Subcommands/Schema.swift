import ArgumentParser
import LocGenKit

/// `locgen schema`: the JSON Schema of `locgen.yaml`, for editors.
struct Schema: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of locgen.yaml, so editors can complete, document and check it.",
        discussion: """
            The schema (JSON Schema draft 2020-12) describes every key of locgen.yaml, with its type, default \
            and an example, and rejects keys locgen does not know.

            Examples:
              locgen schema > locgen.schema.json

            To have VS Code's YAML extension (redhat.vscode-yaml) use it, put this comment on the first line of \
            locgen.yaml:
              # yaml-language-server: $schema=locgen.schema.json
            """
    )

    func run() async throws {
        Terminal.print(SiteConfigSchema.json)
    }
}
