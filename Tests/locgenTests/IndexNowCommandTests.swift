import Foundation
import Testing

/// `locgen build --gzip` and `locgen indexnow submit` run as a user would, on a copy of the demo shop. Nothing
/// here leaves the machine: the dry run sends nothing, and `--send` goes to a listener on 127.0.0.1.
struct IndexNowCommandTests {
    static let key = "5e1f0c7a-locgen-demo"

    /// A built copy of the demo shop; the caller removes the folder.
    static func builtDemo(_ extra: [String] = []) throws -> (folder: String, site: String) {
        let (folder, site) = try BuildCommandTests.copyOfDemo()
        let build = try LocgenProcess.run(["build", "--site", site, "--quiet", "--date", "2026-11-26"] + extra)
        #expect(build.status == 0, "\(build.standardError)")
        return (folder, site)
    }

    @Test func buildWithGzipWritesCompressedSitemapsAndNamesThem() throws {
        let (folder, site) = try Self.builtDemo(["--gzip"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = site + "/public"
        let bytes = try #require(FileManager.default.contents(atPath: output + "/sitemap.xml.gz"))
        #expect(Array(bytes.prefix(2)) == [0x1F, 0x8B])
        #expect(!FileManager.default.fileExists(atPath: output + "/sitemap.xml"))
        let robots = try String(contentsOfFile: output + "/_hosts/shop.example.cn/robots.txt", encoding: .utf8)
        #expect(robots.hasSuffix("Sitemap: https://shop.example.cn/sitemap-baidu.xml.gz\n"))
        #expect(try String(contentsOfFile: output + "/\(Self.key).txt", encoding: .utf8) == Self.key)
    }

    @Test func dryRunPrintsEveryRequestAndSendsNothing() throws {
        let (folder, site) = try Self.builtDemo()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try LocgenProcess.run(["indexnow", "submit", "--site", site])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "would POST 42 URLs of shop.example.cn to https://api.indexnow.org/indexnow "
                + "(\(site)/public/.locgen/indexnow/shop.example.cn-1.json), key at "
                + "https://shop.example.cn/\(Self.key).txt:"
        )
        #expect(lines.contains("  https://shop.example.com/de/alpina-hardshell-jacke/"))
        // 42 URLs on the China host and 11 × 43 on the main host and its root page, each on a line of its own.
        #expect(lines.filter { $0.hasPrefix("  https://") }.count == 42 + 11 * 43 + 1)
        #expect(lines.last == "dry run: nothing was sent; add --send to submit")
    }

    @Test func reportsWhatIsMissingWithExitStatus2() throws {
        let (folder, site) = try BuildCommandTests.copyOfDemo()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let unbuilt = try LocgenProcess.run(["indexnow", "submit", "--site", site])
        #expect(unbuilt.status == 2)
        #expect(unbuilt.standardError.contains("holds no build; run 'locgen build' first"), "\(unbuilt.standardError)")

        let badEndpoint = try LocgenProcess.run(["indexnow", "submit", "--site", site, "--endpoint", "ftp://x"])
        #expect(badEndpoint.status == 2)
        #expect(badEndpoint.standardError.contains("--endpoint 'ftp://x' is not an http(s) URL"))

        let config = try String(contentsOfFile: site + "/locgen.yaml", encoding: .utf8)
        let withoutKey = config.replacingOccurrences(of: "  indexnow:\n    key: \(Self.key)", with: "")
        #expect(withoutKey != config)
        try Data(withoutKey.utf8).write(to: URL(fileURLWithPath: site + "/locgen.yaml"))
        let noKey = try LocgenProcess.run(["indexnow", "submit", "--site", site])
        #expect(noKey.status == 2)
        #expect(noKey.standardError.contains("has no IndexNow key; add `seo: { indexnow: { key: … } }`"))
    }

    /// A listener on 127.0.0.1 that answers two POSTs, 202 for the main host and 403 for the other, and
    /// records what it got; bounded by a timeout. Needs python3, as Scripts/embed-theme.sh does.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
    func sendPostsEachBodyAndFailsWhenOneIsRefused() throws {
        let (folder, site) = try Self.builtDemo()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let listener = Process()
        listener.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        listener.arguments = ["-c", Self.listenerScript, folder + "/received.txt"]
        let pipe = Pipe()
        listener.standardOutput = pipe
        try listener.run()
        defer { listener.terminate() }
        let port = String(decoding: pipe.fileHandleForReading.availableData, as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let result = try LocgenProcess.run([
            "indexnow", "submit", "--site", site, "--send", "--endpoint", "http://127.0.0.1:\(port)/indexnow",
        ])
        listener.waitUntilExit()
        #expect(result.status == 1)
        #expect(
            result.standardOutput
                == "shop.example.com: 474 URLs, 202 Accepted: the URLs were received; the key is checked later\n"
        )
        #expect(result.standardError.hasPrefix("error: shop.example.cn: 42 URLs, 403 Forbidden"))
        let received = try String(contentsOfFile: folder + "/received.txt", encoding: .utf8)
        let body = try String(
            contentsOfFile: site + "/public/.locgen/indexnow/shop.example.com-1.json",
            encoding: .utf8
        )
        #expect(received.contains("application/json; charset=utf-8\n" + body))
    }

    static let listenerScript = """
        import http.server, sys
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                with open(sys.argv[1], "ab") as f:
                    f.write(self.headers["Content-Type"].encode() + b"\\n" + body)
                self.send_response(202 if b'"host": "shop.example.com"' in body else 403)
                self.end_headers()
            def log_message(self, *args):
                pass
        server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        server.timeout = 30
        print(server.server_address[1], flush=True)
        for _ in range(2):
            server.handle_request()
        """
}
