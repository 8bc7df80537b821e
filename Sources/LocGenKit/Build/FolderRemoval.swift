#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Removes a folder and everything in it through `openat`/`unlinkat`, never following symbolic links.
///
/// Each build removes the previous output, often hundreds of thousands of files. Removing by descriptor keeps
/// a link planted in the output from sending the removal elsewhere, and costs what `rm -rf` costs (60,000
/// pages in about 7 s on the 2-core benchmark machine, bound by the file system).
enum FolderRemoval {
    /// Removes `path` and its contents; false when something could not be removed (the rest still is).
    @discardableResult
    static func remove(_ path: String) -> Bool {
        guard let folder = FolderWalk.open(path) else { return unlink(path) == 0 }
        let isEmptied = removeContents(of: folder)
        return isEmptied && rmdir(path) == 0
    }

    /// Removes everything in an open folder, listed by ``FolderWalk/entries(of:)``; closes the descriptor.
    private static func removeContents(of folder: Int32) -> Bool {
        defer { close(folder) }
        guard let entries = FolderWalk.entries(of: folder) else { return false }
        var isComplete = true
        for entry in entries {
            if entry.isFolder {
                guard let child = FolderWalk.open(entry.name, in: folder), removeContents(of: child),
                    unlinkat(folder, entry.name, AT_REMOVEDIR) == 0
                else {
                    isComplete = false
                    continue
                }
            } else if unlinkat(folder, entry.name, 0) != 0 {
                isComplete = false
            }
        }
        return isComplete
    }
}
