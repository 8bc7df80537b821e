#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Moves an overlay build's staging folder into the output, like `rsync --delay-updates`.
///
/// Staging holds only the files that are new or whose bytes change; the pages the build kept stay in the
/// output untouched (same inode). The commit first drops staged files whose bytes equal the output's,
/// then lists every path of the output a whole-tree build would not have written (pages of removed products
/// and markets, old sitemap parts, removed static files, files other tools put there) and writes that list
/// as a marker, `.locgen/commit` in staging, synced to disk. Only then does it touch the output: it deletes
/// the listed paths, renames each staged file over the output's (never writing into an existing file, which
/// may be a hard link shared with another tree), removes the folders the deletions left empty, and removes
/// staging. A crash after the marker is rolled forward by ``StagingFolder/recoverLeftovers(of:)``: each step
/// is idempotent, and a rename whose source is gone was done.
struct OverlayCommit {
    /// The marker's path inside staging; never moved into the output.
    static let markerPath = ".locgen/commit"

    let staging: String
    let output: String

    /// One path the commit deletes from the output.
    struct Deletion: Equatable {
        var path: String
        /// A folder is removed with everything in it, and only while it is a folder; a file only while it is
        /// not one, so that rolling forward twice never removes what a rename put there.
        var isFolder: Bool
    }

    /// Commits staging into the output; throws before the marker (output untouched) when a staged file
    /// and a kept page are the file and a folder of one path, or when the output cannot be read.
    func commit(claims: OutputClaims) throws(LocGenError) {
        try apply(try prepare(claims: claims))
    }

    /// Drops the unchanged staged files, lists the deletions and writes the marker: everything before the
    /// output is touched. Returns the deletions.
    func prepare(claims: OutputClaims) throws(LocGenError) -> [Deletion] {
        // Every file the build wrote is kept, moved in or, when unchanged, left as the output has it.
        let written = Set(try FolderWalk.files(under: staging))
        for path in written {
            try dropIfUnchanged(path)
        }
        for path in written {
            var ancestor = Substring(path)
            while let slash = ancestor.lastIndex(of: "/") {
                ancestor = ancestor[..<slash]
                if claims.contains(String(ancestor)) { throw Self.conflict(String(ancestor)) }
            }
        }
        guard let root = FolderWalk.open(output) else { throw FolderWalk.failure("open", output) }
        defer { close(root) }
        var deletions: [Deletion] = []
        _ = try sweep(root, prefix: "", keeping: { claims.contains($0) || written.contains($0) }, into: &deletions)
        try OverlayMarker.write(deletions, into: staging)
        return deletions
    }

    /// Deletes the listed paths, renames every staged file into the output, removes the folders the
    /// deletions left empty and then staging: the part of ``commit(claims:)`` after the marker, which
    /// recovery runs again.
    func apply(_ deletions: [Deletion]) throws(LocGenError) {
        for deletion in deletions {
            let full = output + "/" + deletion.path
            if deletion.isFolder {
                guard let folder = FolderWalk.open(full) else { continue }
                close(folder)
                guard FolderRemoval.remove(full) else { throw FolderWalk.failure("remove", full) }
            } else if unlink(full) != 0, errno != ENOENT, errno != EISDIR {
                throw FolderWalk.failure("remove", full)
            }
        }
        // The inputs record last: until it is in, the next build does not take the output for up to date.
        let staged = try FolderWalk.files(under: staging).filter { $0 != Self.markerPath }
        for path in staged where path != BuildInputs.path {
            try move(path)
        }
        if staged.contains(BuildInputs.path) { try move(BuildInputs.path) }
        for deletion in deletions {
            var parent = Substring(deletion.path)
            while let slash = parent.lastIndex(of: "/") {
                parent = parent[..<slash]
                if rmdir(output + "/" + parent) != 0 { break }
            }
        }
        FolderRemoval.remove(staging)
    }

    /// Removes a staged file when the output's file of the same path already has its bytes, so that the
    /// output's file stays (with its inode) and nothing is moved.
    private func dropIfUnchanged(_ path: String) throws(LocGenError) {
        let old = open(output + "/" + path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard old >= 0 else { return }
        defer { close(old) }
        let new = open(staging + "/" + path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard new >= 0 else { throw FolderWalk.failure("read", staging + "/" + path) }
        defer { close(new) }
        var oldInfo = stat()
        var newInfo = stat()
        guard fstat(old, &oldInfo) == 0, fstat(new, &newInfo) == 0, oldInfo.st_mode & S_IFMT == S_IFREG,
            oldInfo.st_size == newInfo.st_size, Self.sameBytes(old, new)
        else { return }
        guard unlink(staging + "/" + path) == 0 else { throw FolderWalk.failure("remove", staging + "/" + path) }
    }

    private static func sameBytes(_ first: Int32, _ second: Int32) -> Bool {
        var one = [UInt8](repeating: 0, count: 1 << 16)
        var two = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = one.withUnsafeMutableBytes { read(first, $0.baseAddress, $0.count) }
            guard count >= 0 else { return false }
            var filled = 0
            while filled < count {
                let more = two.withUnsafeMutableBytes { read(second, $0.baseAddress! + filled, count - filled) }
                guard more > 0 else { return false }
                filled += more
            }
            if count == 0 { return two.withUnsafeMutableBytes { read(second, $0.baseAddress, 1) } == 0 }
            if one[..<count] != two[..<count] { return false }
        }
    }

    /// Lists what to delete under an open output folder; returns whether the folder keeps anything, as a
    /// folder that keeps nothing is deleted whole (a removed market is one entry, not thousands).
    private func sweep(
        _ folder: Int32,
        prefix: String,
        keeping isKept: (String) -> Bool,
        into deletions: inout [Deletion]
    ) throws(LocGenError) -> Bool {
        guard let entries = FolderWalk.entries(of: folder) else {
            throw FolderWalk.failure("list", output + "/" + prefix)
        }
        var keepsAnything = false
        for entry in entries {
            let path = prefix + entry.name
            guard entry.isFolder else {
                if isKept(path) {
                    keepsAnything = true
                } else {
                    deletions.append(Deletion(path: path, isFolder: false))
                }
                continue
            }
            guard let child = FolderWalk.open(entry.name, in: folder) else {
                throw FolderWalk.failure("open", output + "/" + path)
            }
            defer { close(child) }
            var inner: [Deletion] = []
            if try sweep(child, prefix: path + "/", keeping: isKept, into: &inner) {
                // A staged file cannot replace a folder that still holds kept pages.
                if isKept(path) { throw Self.conflict(path) }
                deletions += inner
                keepsAnything = true
            } else {
                deletions.append(Deletion(path: path, isFolder: true))
                keepsAnything = keepsAnything || isKept(path)
            }
        }
        return keepsAnything
    }

    /// Renames a staged file over the output's, making the output's folders on the way when missing.
    private func move(_ path: String) throws(LocGenError) {
        let target = output + "/" + path
        if rename(staging + "/" + path, target) == 0 { return }
        guard errno == ENOENT || errno == ENOTDIR else { throw FolderWalk.failure("move a file to", target) }
        var folder = output
        for segment in path.split(separator: "/").dropLast() {
            folder += "/" + segment
            if mkdir(folder, 0o755) != 0, errno != EEXIST { throw FolderWalk.failure("create the folder", folder) }
        }
        guard rename(staging + "/" + path, target) == 0 else { throw FolderWalk.failure("move a file to", target) }
    }

    private static func conflict(_ path: String) -> LocGenError {
        LocGenError(
            .outputConflict,
            "'\(path)' is written twice, as a file and as a folder: a page has the path of a file in static/ or a product's slug; give one another slug"
        )
    }
}
