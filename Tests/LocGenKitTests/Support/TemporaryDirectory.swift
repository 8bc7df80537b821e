import Foundation

/// A fresh folder under the system's temporary folder, removed with everything in it when released.
final class TemporaryDirectory {
    /// The folder's absolute path.
    let path: String

    init() throws {
        var template = Array(
            (NSTemporaryDirectory() as NSString).appendingPathComponent("locgen-test-XXXXXX").utf8CString
        )
        guard let created = mkdtemp(&template) else {
            throw CocoaError(.fileWriteUnknown)
        }
        path = String(cString: created)
    }

    /// Writes a text file at a path relative to the folder, creating folders on the way; returns its full path.
    @discardableResult
    func write(_ relativePath: String, _ contents: String) throws -> String {
        try write(relativePath, bytes: Array(contents.utf8))
    }

    /// Writes a file's bytes at a path relative to the folder, creating folders on the way; returns its full path.
    @discardableResult
    func write(_ relativePath: String, bytes: [UInt8]) throws -> String {
        let url = URL(fileURLWithPath: path).appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Creates a folder (and its parents) at a relative path; returns its full path.
    @discardableResult
    func makeFolder(_ relativePath: String) throws -> String {
        let fullPath = path + "/" + relativePath
        try FileManager.default.createDirectory(atPath: fullPath, withIntermediateDirectories: true)
        return fullPath
    }

    /// Creates a symbolic link at a relative path pointing to `destination` as written.
    func link(_ relativePath: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path + "/" + relativePath, withDestinationPath: destination)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
