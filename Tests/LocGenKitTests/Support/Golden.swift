import Foundation
import Testing

/// Compares text with a golden file in `Tests/LocGenKitTests/Golden/`; with `LOCGEN_RECORD=1` in the
/// environment it writes the text as the new golden file instead. Review golden diffs like code.
func expectGolden(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Golden")
        .appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["LOCGEN_RECORD"] == "1" {
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try Data(actual.utf8).write(to: url)
        } catch {
            Issue.record("cannot record \(name): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
        Issue.record(
            "no golden file \(name); run the tests with LOCGEN_RECORD=1 to write it",
            sourceLocation: sourceLocation
        )
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    #expect(actual == expected, "differs from Golden/\(name)", sourceLocation: sourceLocation)
}
