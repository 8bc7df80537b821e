import Foundation
import Testing

/// `locgen build --shard K/N` and `locgen merge` through the built binary.
struct ShardCommandTests {
    static let environment = ["CI": "true", "SOURCE_DATE_EPOCH": "1795651200"]

    @Test(arguments: [
        ("0/3", "shard 0/3: the shard must be between 1 and 3, as in 1/3"),
        ("4/3", "shard 4/3: the shard must be between 1 and 3, as in 1/3"),
        ("x/y", "shard 'x/y' is not K/N; write e.g. 2/4 for the second of four shards"),
        ("1/0", "shard 1/0: the number of shards must be at least 1"),
    ])
    func refusesAShardThatIsNotKOfN(shard: String, message: String) throws {
        let (folder, site) = try BuildCommandTests.copyOfDemo()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try LocgenProcess.run(["build", "--site", site, "--shard", shard], environment: Self.environment)
        #expect(result.status == 2)
        #expect(result.standardError.contains("Error: --shard: \(message)"), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: site + "/public"))
    }

    @Test func refusesToCheckAShardAsIfItWereASite() throws {
        let (folder, site) = try BuildCommandTests.copyOfDemo()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try LocgenProcess.run(
            ["build", "--site", site, "--shard", "1/2", "--check"],
            environment: Self.environment
        )
        #expect(result.status == 2)
        #expect(result.standardError.contains("check the merged site with 'locgen merge --check'"), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: site + "/public"))
    }

    @Test func mergesTwoShardsIntoTheSiteASingleBuildWrites() throws {
        let (folder, site) = try BuildCommandTests.copyOfDemo()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let whole = try LocgenProcess.run(["build", "--site", site, "--quiet"], environment: Self.environment)
        #expect(whole.status == 0, "\(whole.standardError)")
        for number in 1...2 {
            let shard = try LocgenProcess.run(
                [
                    "build", "--site", site, "--quiet", "--shard", "\(number)/2", "--output",
                    folder + "/shard-\(number)",
                ],
                environment: Self.environment
            )
            #expect(shard.status == 0, "\(shard.standardError)")
        }
        let merge = try LocgenProcess.run(
            ["merge", "--site", site, "--check", "--output", folder + "/merged", folder + "/shard-2", folder + "/shard-1"],
            environment: Self.environment
        )
        #expect(merge.status == 0, "\(merge.standardError)")
        #expect(
            merge.standardOutput.hasPrefix(
                "built 516 pages (516 rendered, 0 reused) and 1 static file into \(folder)/merged"
            )
        )
        let expected = try FileManager.default.subpathsOfDirectory(atPath: site + "/public").sorted()
        #expect(try FileManager.default.subpathsOfDirectory(atPath: folder + "/merged").sorted() == expected)
        for path in expected {
            #expect(
                FileManager.default.contents(atPath: site + "/public/" + path)
                    == FileManager.default.contents(atPath: folder + "/merged/" + path),
                "\(path)"
            )
        }
    }

    @Test func refusesToMergeAnIncompleteSetWithExitStatus2() throws {
        let (folder, site) = try BuildCommandTests.copyOfDemo()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let shard = try LocgenProcess.run(
            ["build", "--site", site, "--quiet", "--shard", "1/2", "--output", folder + "/shard-1"],
            environment: Self.environment
        )
        #expect(shard.status == 0, "\(shard.standardError)")
        let merge = try LocgenProcess.run(
            ["merge", "--site", site, folder + "/shard-1"],
            environment: Self.environment
        )
        #expect(merge.status == 2)
        #expect(merge.standardError == "error: shard 2 of 2 is missing; give the folders of all 2 shards\n")
        #expect(!FileManager.default.fileExists(atPath: site + "/public"))
    }
}
