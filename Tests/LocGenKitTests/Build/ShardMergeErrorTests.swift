import Foundation
import Testing

@testable import LocGenKit

/// What `merge` refuses, with which message, and that a refused merge leaves the output as it was.
struct ShardMergeErrorTests {
    /// The small build fixture, built whole into `public` and in shards into `shard-K-of-N` folders.
    final class Site {
        let fixture: BuildFixture
        init() throws { fixture = try BuildFixture() }

        func shard(_ number: Int, of count: Int) async throws -> String {
            let output = fixture.folder.path + "/shard-\(number)-of-\(count)"
            var request = fixture.request()
            request.outputPath = output
            request.shard = try ShardSpec(number: number, count: count)
            _ = try await Builder(renderer: TestRenderer()).build(request, progress: nil)
            return output
        }

        func merge(_ shards: [String]) async throws(BuildFailure) -> BuildReport {
            let request = MergeRequest(
                siteDirectory: fixture.site,
                themeDirectories: [fixture.theme],
                shardFolders: shards
            )
            return try await ShardMerger { _ in TestRenderer() }.merge(request, progress: nil)
        }

        /// Merges, expecting a configuration failure; checks the previous output and the site folder
        /// are untouched, and returns the messages.
        func refusedMerge(_ shards: [String]) async throws -> [String] {
            let before = fixture.outputFiles()
            let entries = try fixture.siteEntries()
            let failure = await #expect(throws: BuildFailure.self) { _ = try await self.merge(shards) }
            #expect(failure?.kind == .configuration)
            #expect(failure?.exitCode == 2)
            #expect(failure?.errors.allSatisfy { $0.code == .shardMismatch } == true)
            #expect(fixture.outputFiles() == before)
            #expect(try fixture.siteEntries() == entries)
            return failure?.errors.map(\.message) ?? []
        }

        func relative(_ path: String) -> String { String(path.dropFirst(fixture.folder.path.count + 1)) }
    }

    @Test func mergesTheFixtureLikeASingleBuild() async throws {
        let site = try Site()
        _ = try await site.fixture.build()
        let single = site.fixture.outputFiles()
        try FileManager.default.removeItem(atPath: site.fixture.output)
        _ = try await site.merge([try await site.shard(2, of: 2), try await site.shard(1, of: 2)])
        #expect(site.fixture.outputFiles() == single)
    }

    @Test func refusesAMissingShard() async throws {
        let site = try Site()
        _ = try await site.fixture.build()
        let messages = try await site.refusedMerge([try await site.shard(1, of: 3), try await site.shard(3, of: 3)])
        #expect(messages == ["shard 2 of 3 is missing; give the folders of all 3 shards"])
    }

    @Test func refusesAShardGivenTwice() async throws {
        let site = try Site()
        let first = try await site.shard(1, of: 2)
        let second = try await site.shard(2, of: 2)
        let copy = site.fixture.folder.path + "/copy"
        try FileManager.default.copyItem(atPath: second, toPath: copy)
        let messages = try await site.refusedMerge([first, second, copy])
        #expect(messages == ["'\(second)' and '\(copy)' are both shard 2 of 2"])
    }

    @Test func refusesShardsOfDifferentCounts() async throws {
        let site = try Site()
        let first = try await site.shard(1, of: 2)
        let other = try await site.shard(2, of: 3)
        let messages = try await site.refusedMerge([first, other])
        #expect(
            messages == [
                "'\(other)' is shard 2 of 3, but '\(first)' is shard 1 of 2; merge the shards of one build"
            ]
        )
    }

    @Test func refusesShardsBuiltFromOtherInputs() async throws {
        let site = try Site()
        let first = try await site.shard(1, of: 2)
        try site.fixture.writeCatalog(BuildFixture.products.dropLast())
        let second = try await site.shard(2, of: 2)
        let messages = try await site.refusedMerge([first, second])
        #expect(
            messages == [
                "'\(second)' was built from other inputs than '\(first)' (configuration, catalog, rates, templates, messages, --market, --date, --strict or locgen differ); build every shard from the same commit with the same locgen and options"
            ]
        )
    }

    @Test func refusesShardsOfAnotherVersionOfTheSite() async throws {
        let site = try Site()
        let shards = [try await site.shard(1, of: 2), try await site.shard(2, of: 2)]
        try site.fixture.writeCatalog(BuildFixture.products.dropLast())
        let messages = try await site.refusedMerge(shards)
        #expect(
            messages == [
                "the shards were built from other inputs than the site '\(site.fixture.site)' (configuration, catalog, rates, templates, messages or locgen differ); merge with the site folder, --theme options and locgen the shards were built with"
            ]
        )
    }

    @Test func refusesFoldersThatAreNotShards() async throws {
        let site = try Site()
        _ = try await site.fixture.build()
        let missing = site.fixture.folder.path + "/nowhere"
        let damaged = try await site.shard(1, of: 1)
        try "{\"pages\": []}".write(toFile: damaged + "/.locgen/shard.json", atomically: true, encoding: .utf8)
        let messages = try await site.refusedMerge([site.fixture.output, missing, damaged])
        #expect(
            messages == [
                "'\(site.fixture.output)' is not a shard folder: it has no .locgen/shard.json; build it with 'locgen build --shard K/N'",
                "shard folder '\(missing)' does not exist",
                "\(damaged)/.locgen/shard.json is not a shard record (not JSON with a version); build the shard again",
            ]
        )
    }

    @Test func refusesAShardOfAnEarlierFormat() async throws {
        let site = try Site()
        let shard = try await site.shard(1, of: 1)
        let file = shard + "/" + ShardRecord.path
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains(#""version":2"#))
        try text.replacingOccurrences(of: #""version":2"#, with: #""version":1"#)
            .write(toFile: file, atomically: true, encoding: .utf8)
        let messages = try await site.refusedMerge([shard])
        #expect(
            messages == [
                "\(file) has format version 1, this locgen reads version 2; build the shards and merge them with the same locgen"
            ]
        )
    }

    @Test func refusesAnEmptyListOfShards() async throws {
        let site = try Site()
        let messages = try await site.refusedMerge([])
        #expect(messages == ["no shard folders to merge; give them all, as in 'locgen merge shards/*'"])
    }

    @Test func failsWithoutTouchingTheOutputWhenAShardLostAPage() async throws {
        let site = try Site()
        _ = try await site.fixture.build()
        let before = site.fixture.outputFiles()
        let shard = try await site.shard(1, of: 1)
        try FileManager.default.removeItem(atPath: shard + "/de/zelt/index.html")
        let failure = await #expect(throws: BuildFailure.self) { _ = try await site.merge([shard]) }
        #expect(failure?.kind == .build)
        #expect(
            failure?.errors.map(\.message)
                == ["cannot read '\(shard)/de/zelt/index.html': No such file or directory"]
        )
        #expect(site.fixture.outputFiles() == before)
        #expect(try site.fixture.siteEntries() == ["data", "locales", "locgen.yaml", "public", "static"])
    }

    enum DataDamage: CaseIterable { case missing, truncated, extended }

    @Test(arguments: DataDamage.allCases)
    func failsWithoutTouchingTheOutputWhenAShardsDataFileIsDamaged(damage: DataDamage) async throws {
        let site = try Site()
        _ = try await site.fixture.build()
        let before = site.fixture.outputFiles()
        let shard = try await site.shard(1, of: 1)
        let file = shard + "/" + ShardData.path
        let data = try #require(FileManager.default.contents(atPath: file))
        switch damage {
        case .missing: try FileManager.default.removeItem(atPath: file)
        case .truncated: try data.dropLast(3).write(to: URL(fileURLWithPath: file))
        case .extended: try (data + [7]).write(to: URL(fileURLWithPath: file))
        }
        let failure = await #expect(throws: BuildFailure.self) { _ = try await site.merge([shard]) }
        #expect(failure?.kind == .build)
        let expected =
            switch damage {
            case .missing:
                "\(file) cannot be read (cannot read the build's temporary file '\(file)': No such file or directory); build the shard again"
            case .truncated: "\(file) is damaged: it ends early or is damaged; build the shard again"
            case .extended: "\(file) is damaged: it holds more than .locgen/shard.json lists; build the shard again"
            }
        #expect(failure?.errors.map(\.message) == [expected])
        #expect(failure?.errors.allSatisfy { $0.code == .shardMismatch } == true)
        #expect(site.fixture.outputFiles() == before)
        #expect(try site.fixture.siteEntries() == ["data", "locales", "locgen.yaml", "public", "static"])
    }

    @Test(arguments: [
        ("0/3", "shard 0/3: the shard must be between 1 and 3, as in 1/3"),
        ("4/3", "shard 4/3: the shard must be between 1 and 3, as in 1/3"),
        ("1/0", "shard 1/0: the number of shards must be at least 1"),
        ("x/y", "shard 'x/y' is not K/N; write e.g. 2/4 for the second of four shards"),
        ("2", "shard '2' is not K/N; write e.g. 2/4 for the second of four shards"),
        ("1/2/3", "shard '1/2/3' is not K/N; write e.g. 2/4 for the second of four shards"),
    ])
    func refusesShardSpecsThatAreNotKOfN(text: String, message: String) {
        let error = #expect(throws: LocGenError.self) { _ = try ShardSpec(parsing: text) }
        #expect(error?.code == .invalidShard)
        #expect(error?.message == message)
    }
}
