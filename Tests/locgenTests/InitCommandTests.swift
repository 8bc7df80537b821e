import Foundation
import Testing

/// `locgen init` through the built binary: a site that builds and validates at once, and its refusals.
struct InitCommandTests {
    @Test func createsASiteThatBuildsAtOnce() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // The theme cache goes into the test's folder, not the user's.
        let environment = ["XDG_CACHE_HOME": folder + "/cache", "CI": "true"]
        let created = try LocgenProcess.run(
            ["init", "shop"],
            environment: environment,
            currentDirectory: folder
        )
        #expect(created.status == 0, "\(created.standardError)")
        #expect(created.standardOutput.hasPrefix("created a site in shop:\n  shop/.gitignore\n"))
        #expect(created.standardOutput.hasSuffix("next:\n  cd shop && locgen build && locgen validate\n"))

        let built = try LocgenProcess.run(
            ["build", "--site", "shop"],
            environment: environment,
            currentDirectory: folder
        )
        #expect(built.status == 0, "\(built.standardError)")
        #expect(built.standardOutput.hasPrefix("built 19 pages (19 rendered, 0 reused) and 1 static file into shop/"))
        #expect(FileManager.default.fileExists(atPath: folder + "/shop/public/jp/index.html"))
        let themes = try FileManager.default.contentsOfDirectory(atPath: folder + "/cache/locgen")
        #expect(themes.count == 1 && themes[0].hasPrefix("theme-"), "\(themes)")

        let validated = try LocgenProcess.run(
            ["validate"],
            environment: environment,
            currentDirectory: folder + "/shop"
        )
        #expect(validated.status == 0, "\(validated.standardOutput)\(validated.standardError)")
    }

    @Test func refusesAFolderThatIsNotEmpty() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
        let result = try LocgenProcess.run(["init", folder])
        #expect(result.status == 2)
        #expect(result.standardError == "error: '\(folder)' is not empty; give 'locgen init' a new or empty folder\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["notes.txt"])
    }

    @Test func failsWhereTheFolderCannotBeCreated() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/file"))
        let result = try LocgenProcess.run(["init", folder + "/file/shop"])
        #expect(result.status == 2)
        #expect(result.standardError == "error: cannot create the folder '\(folder)/file/shop': not a directory\n")
    }
}
