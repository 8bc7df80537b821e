import Foundation

extension ShardRecord {
    /// The record as JSON text, keys sorted, ending with a newline.
    func text() throws(LocGenError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
        } catch {
            throw LocGenError(.outputFailure, "cannot encode the shard record: \(error)")
        }
    }

    /// The top of a record: enough to check a set of shards before reading their pages.
    struct Header: Decodable, Sendable, Equatable {
        var shard: Int
        var count: Int
        var inputs: String
        var options: Options
    }

    /// Reads the record of a shard folder; throws ``LocGenError/Code/shardMismatch`` naming the folder when
    /// it has none, or one this locgen cannot read.
    static func read(folder: String) throws(LocGenError) -> ShardRecord {
        try decode(ShardRecord.self, folder: folder)
    }

    /// Reads the top of the record of a shard folder; throws like ``read(folder:)``.
    static func readHeader(folder: String) throws(LocGenError) -> Header {
        try decode(Header.self, folder: folder)
    }

    /// Just the version, read first so an old or new record gets a message about versions.
    private struct FormatVersion: Decodable {
        var version: Int
    }

    private static func decode<Part: Decodable>(_ part: Part.Type, folder: String) throws(LocGenError) -> Part {
        let file = BuildRequest.join(folder, path)
        guard let data = FileManager.default.contents(atPath: file) else {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder)
            let problem =
                !exists
                ? "shard folder '\(folder)' does not exist"
                : !isFolder.boolValue
                    ? "'\(folder)' is not a folder"
                    : "'\(folder)' is not a shard folder: it has no \(path); build it with 'locgen build --shard K/N'"
            throw LocGenError(.shardMismatch, problem)
        }
        let decoder = JSONDecoder()
        guard let version = try? decoder.decode(FormatVersion.self, from: data) else {
            throw LocGenError(
                .shardMismatch,
                "\(file) is not a shard record (not JSON with a version); build the shard again"
            )
        }
        guard version.version == currentVersion else {
            throw LocGenError(
                .shardMismatch,
                "\(file) has format version \(version.version), this locgen reads version \(currentVersion); build the shards and merge them with the same locgen"
            )
        }
        do {
            return try decoder.decode(Part.self, from: data)
        } catch {
            throw LocGenError(.shardMismatch, "\(file) is damaged (\(error)); build the shard again")
        }
    }
}
