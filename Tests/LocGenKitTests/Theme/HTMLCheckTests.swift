import Foundation
import Testing

/// The W3C Nu HTML checker over the demo shop, through `Scripts/check-html.sh`.
///
/// Skipped where Java or the checker is missing; `bash Scripts/setup.sh --html-checker` installs
/// both, and `Scripts/test.sh` (CI) runs it first.
struct HTMLCheckTests {
    /// Whether `java` is on the PATH and the checker's jar is where check-html.sh looks.
    static let isCheckerAvailable: Bool = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let hasJava = path.split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/java")
        }
        if let jar = ProcessInfo.processInfo.environment["LOCGEN_VNU_JAR"] {
            return hasJava && FileManager.default.fileExists(atPath: jar)
        }
        let tools = Repository.root + "/.build/tools"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: tools)) ?? []
        return hasJava && versions.contains { FileManager.default.fileExists(atPath: "\(tools)/\($0)/vnu.jar") }
    }()

    /// Runs check-html.sh on a folder; returns its exit status and what it printed.
    static func check(_ folder: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", Repository.root + "/Scripts/check-html.sh", folder]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: isCheckerAvailable, "needs Java and vnu.jar: run bash Scripts/setup.sh --html-checker"))
    func demoShopHasNoErrors() async throws {
        let (folder, output, _) = try await DemoShopTests.buildDemo()
        _ = folder
        let result = try Self.check(output)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("no errors in 516 pages"), "\(result.output)")
    }

    /// The checker lets through exactly the two search-engine meta tags, accepts CSS logical
    /// properties, and reports everything else, including other bad `http-equiv` values.
    @Test(.enabled(if: isCheckerAvailable, "needs Java and vnu.jar: run bash Scripts/setup.sh --html-checker"))
    func reportsEveryErrorButTheSearchEngineTags() throws {
        let folder = try TemporaryDirectory()
        let head = """
            <!doctype html>
            <html lang="zh-Hans-CN" dir="ltr">
            <head>
            <meta charset="utf-8">
            <title>t</title>
            <meta http-equiv="content-language" content="zh-Hans-CN">
            <meta http-equiv="Cache-Control" content="no-transform">
            <style>p { margin-inline-start: 1rem; padding-block: 0 1rem; inset-inline-end: 0; }</style>

            """
        try folder.write("allowed.html", head + "</head>\n<body><p>x</p></body>\n</html>\n")
        try folder.write(
            "other.html",
            head + """
                <meta http-equiv="Pragma" content="no-cache">
                <style>p { colr: red; }</style>
                </head>
                <body><p>x</p><img src="a.png"></body>
                </html>

                """
        )
        let result = try Self.check(folder.path)
        #expect(result.status == 1)
        #expect(!result.output.contains("allowed.html"), "\(result.output)")
        let reported = result.output.split(separator: "\n").filter { $0.contains("other.html") }
        #expect(reported.count == 3, "\(result.output)")
        #expect(reported.contains { $0.contains("Bad value “Pragma” for attribute “http-equiv”") })
        #expect(reported.contains { $0.contains("Property “colr” doesn't exist") })
        #expect(reported.contains { $0.contains("An “img” element must have an “alt” attribute") })
    }
}
