import ArgumentParser
import Testing
@testable import locgen

struct CommandTests {
    @Test func parsesTheFormatCommandsExamples() throws {
        let command = try LocGenCommand.parseAsRoot(["format", "--locale", "de-CH", "--currency", "CHF", "1234.567", "--cash"])
        let format = try #require(command as? Format)
        #expect(format.currency == "CHF")
        #expect(format.cash)
        #expect(format.input == ["1234.567"])
    }

    @Test func refusesConflictingModes() {
        #expect(throws: (any Error).self) {
            try LocGenCommand.parseAsRoot(["format", "--locale", "de", "--currency", "EUR", "--date", "2026-11-25", "1"])
        }
        #expect(throws: (any Error).self) {
            try LocGenCommand.parseAsRoot(["format", "--locale", "de", "--cash", "1"])
        }
    }

    @Test func everySubcommandHelpHasAnExample() {
        for subcommand in LocGenCommand.configuration.subcommands {
            #expect(subcommand.configuration.discussion.contains("locgen "), "\(subcommand)")
        }
    }
}
