import ArgumentParser
import LocGenKit
import Testing

@testable import locgen

struct SiteConfigSchemaCommandTests {
    @Test func parsesTheSchemaCommand() throws {
        let command = try LocGenCommand.parseAsRoot(["schema"])
        #expect(command is Schema)
    }

    @Test func printsTheSchemaOfLocgenYAML() throws {
        let result = try LocgenProcess.run(["schema"])
        #expect(result.status == 0)
        #expect(result.standardOutput == SiteConfigSchema.json + "\n")
        #expect(result.standardError.isEmpty)
    }

    @Test func helpShowsHowToUseTheSchemaInAnEditor() {
        let help = Schema.helpMessage()
        #expect(help.contains("locgen schema > locgen.schema.json"))
        #expect(help.contains("# yaml-language-server: $schema=locgen.schema.json"))
    }
}
