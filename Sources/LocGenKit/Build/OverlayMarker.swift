import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// The commit marker of an overlay build, `.locgen/commit` in staging: the paths to delete from the output.
///
/// Its presence means the build succeeded and its commit began, so recovery rolls the staging folder forward
/// instead of discarding it. It is written as `commit.partial`, synced, renamed into place and its folder
/// synced, so a marker that exists is complete. The text is `locgen-commit 1`, then one `d <path>` (folder) or
/// `f <path>` (file) per deletion, then `end`, each ended by a NUL byte: file names may hold line breaks.
enum OverlayMarker {
    private static let header = "locgen-commit 1"
    private static let trailer = "end"

    /// Writes the marker into a staging folder and syncs it to disk.
    static func write(_ deletions: [OverlayCommit.Deletion], into staging: String) throws(LocGenError) {
        var text = header + "\0"
        for deletion in deletions {
            text += (deletion.isFolder ? "d " : "f ") + deletion.path + "\0"
        }
        text += trailer + "\0"
        let final = staging + "/" + OverlayCommit.markerPath
        let partial = final + ".partial"
        let folder = String(final[..<final.lastIndex(of: "/")!])
        if mkdir(folder, 0o755) != 0, errno != EEXIST { throw FolderWalk.failure("create the folder", folder) }
        let descriptor = open(partial, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FolderWalk.failure("create", partial) }
        var remaining = Array(text.utf8)[...]
        while !remaining.isEmpty {
            let written = remaining.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else {
                close(descriptor)
                throw FolderWalk.failure("write", partial)
            }
            remaining = remaining.dropFirst(written)
        }
        let isSynced = fsync(descriptor) == 0
        close(descriptor)
        guard isSynced else { throw FolderWalk.failure("sync", partial) }
        guard rename(partial, final) == 0 else { throw FolderWalk.failure("rename", partial) }
        for path in [folder, staging] {
            guard let handle = FolderWalk.open(path) else { throw FolderWalk.failure("open", path) }
            let isDone = fsync(handle) == 0
            close(handle)
            guard isDone else { throw FolderWalk.failure("sync", path) }
        }
    }

    /// The deletions of a staging folder's complete marker; nil when it has none (the build did not finish)
    /// or it is not one this version writes.
    static func read(in staging: String) -> [OverlayCommit.Deletion]? {
        // Read whole, however long: dropping a marker would leave a half-committed output.
        guard let data = FileManager.default.contents(atPath: staging + "/" + OverlayCommit.markerPath) else {
            return nil
        }
        let bytes = [UInt8](data)
        guard bytes.last == 0 else { return nil }
        let fields = bytes.dropLast().split(separator: 0, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        guard fields.count >= 2, fields.first == header, fields.last == trailer else { return nil }
        var deletions: [OverlayCommit.Deletion] = []
        for field in fields.dropFirst().dropLast() {
            guard field.hasPrefix("d ") || field.hasPrefix("f "), field.count > 2 else { return nil }
            let path = String(field.dropFirst(2))
            guard (try? OutputLayout.checkContained(path)) != nil else { return nil }
            deletions.append(OverlayCommit.Deletion(path: path, isFolder: field.hasPrefix("d ")))
        }
        return deletions
    }
}
