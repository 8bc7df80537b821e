import Foundation

/// A fresh folder under the system's temporary directory, removed with everything in it when the
/// object goes away.
final class TemporaryDirectory {
    let path: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("locgen-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        path = base.path
    }

    /// Writes a UTF-8 file at a path relative to the folder, creating folders on the way, and
    /// returns its full path.
    func write(_ relativePath: String, _ contents: String) throws -> String {
        let url = URL(fileURLWithPath: path).appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: url)
        return url.path
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
