import Foundation

/// Reading a whole small file (rates, a YAML catalog) as UTF-8 text.
enum TextFile {
    /// The file's text without a byte order mark; throws ``LocGenError/Code/unreadableFile`` when it
    /// cannot be read and ``LocGenError/Code/invalidEncoding`` at the first byte that is not UTF-8.
    static func read(_ path: String) throws(LocGenError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason =
                FileManager.default.fileExists(atPath: path) ? "permission denied or not a file" : "no such file"
            throw LocGenError(.unreadableFile, "cannot read '\(path)': \(reason)")
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let (position, byte) = UTF8Check.firstInvalid(in: bytes, from: .start) {
            throw LocGenError(.invalidEncoding, UTF8Check.message(for: byte), at: position.location(in: path))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
