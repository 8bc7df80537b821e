/// The shard folders given to `locgen merge`, checked to be shards 1…N of one build, each exactly once.
struct ShardSet: Sendable {
    /// The folders in shard order: `folders[0]` holds shard 1.
    var folders: [String]
    /// The top of shard 1's record; every shard's agrees with it.
    var header: ShardRecord.Header

    /// Reads every folder's record and checks the set; throws ``BuildFailure/Kind/configuration`` naming
    /// every folder that is no shard, the shards that disagree on N or on their inputs, and the shards
    /// that are missing or given twice.
    static func check(_ folders: [String]) throws(BuildFailure) -> ShardSet {
        guard !folders.isEmpty else {
            throw BuildFailure(
                .configuration,
                LocGenError(.shardMismatch, "no shard folders to merge; give them all, as in 'locgen merge shards/*'")
            )
        }
        var problems: [LocGenError] = []
        var shards: [(folder: String, header: ShardRecord.Header)] = []
        for folder in folders {
            do throws(LocGenError) {
                let header = try ShardRecord.readHeader(folder: folder)
                do {
                    _ = try ShardSpec(number: header.shard, count: header.count)
                } catch {
                    throw LocGenError(.shardMismatch, "\(folder)/\(ShardRecord.path) is damaged: \(error.message)")
                }
                shards.append((folder, header))
            } catch {
                problems.append(error)
            }
        }
        guard problems.isEmpty, let first = shards.first else { throw BuildFailure(.configuration, problems) }
        let count = first.header.count
        for other in shards where other.header.count != count {
            problems.append(
                mismatch(
                    "'\(other.folder)' is shard \(other.header.shard) of \(other.header.count), but '\(first.folder)' is shard \(first.header.shard) of \(count); merge the shards of one build"
                )
            )
        }
        for other in shards where other.header.count == count && other.header.inputs != first.header.inputs {
            problems.append(
                mismatch(
                    "'\(other.folder)' was built from other inputs than '\(first.folder)' (configuration, catalog, rates, templates, messages, --market, --date, --strict or locgen differ); build every shard from the same commit with the same locgen and options"
                )
            )
        }
        guard problems.isEmpty else { throw BuildFailure(.configuration, problems) }
        var byNumber: [Int: String] = [:]
        for (folder, header) in shards {
            if let earlier = byNumber[header.shard] {
                problems.append(mismatch("'\(earlier)' and '\(folder)' are both shard \(header.shard) of \(count)"))
            } else {
                byNumber[header.shard] = folder
            }
        }
        for number in 1...count where byNumber[number] == nil {
            problems.append(
                mismatch("shard \(number) of \(count) is missing; give the folders of all \(count) shards")
            )
        }
        guard problems.isEmpty else { throw BuildFailure(.configuration, problems) }
        return ShardSet(folders: (1...count).map { byNumber[$0]! }, header: first.header)
    }

    private static func mismatch(_ message: String) -> LocGenError {
        LocGenError(.shardMismatch, message)
    }
}
