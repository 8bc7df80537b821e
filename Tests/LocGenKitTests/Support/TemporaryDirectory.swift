import Foundation

/// A fresh folder under the system's temporary folder, removed with everything in it when the
/// last reference goes away. Tests write their fixture files here at run time.
final class TemporaryDirectory {
    /// The folder's absolute path, without a trailing slash.
    let path: String

    init() throws {
        var base = NSTemporaryDirectory()
        while base.count > 1 && base.hasSuffix("/") { base.removeLast() }
        var template = Array((base + "/locgen-test-XXXXXX").utf8CString)
        guard let created = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw CocoaError(.fileWriteUnknown)
        }
        path = String(cString: created)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes UTF-8 text to a path relative to the folder, creating folders on the way, and
    /// returns the file's full path.
    @discardableResult
    func write(_ relativePath: String, _ contents: String) throws -> String {
        try write(relativePath, bytes: Array(contents.utf8))
    }

    /// Writes bytes to a path relative to the folder, creating folders on the way, and returns the
    /// file's full path.
    @discardableResult
    func write(_ relativePath: String, bytes: [UInt8]) throws -> String {
        let fullPath = path + "/" + relativePath
        let folder = (fullPath as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: fullPath))
        return fullPath
    }

    /// Creates a folder (and its parents) relative to this one and returns its full path.
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
}
