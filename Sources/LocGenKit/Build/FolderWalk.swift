#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Lists a folder tree through `openat`/`readdir`, never following symbolic links: one `readdir` pass per
/// folder, so walking a 300,000-page output costs a listing of its folders, not a `stat` per file.
enum FolderWalk {
    /// One entry of a listed folder.
    struct Entry {
        var name: String
        /// Whether the entry is a folder (not a link to one).
        var isFolder: Bool
    }

    /// Whether a path is a folder itself, not a symbolic link to one.
    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Opens a folder without following a symbolic link; nil when it is not a folder or cannot be opened.
    static func open(_ path: String) -> Int32? {
        let descriptor = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        return descriptor >= 0 ? descriptor : nil
    }

    /// Opens a folder inside an open folder without following a symbolic link.
    static func open(_ name: String, in folder: Int32) -> Int32? {
        let descriptor = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        return descriptor >= 0 ? descriptor : nil
    }

    /// The entries of an open folder, sorted by name for a deterministic order; the descriptor stays open.
    static func entries(of folder: Int32) -> [Entry]? {
        let copy = dup(folder)
        guard copy >= 0, let stream = fdopendir(copy) else { return nil }
        defer { closedir(stream) }
        var entries: [Entry] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                // Some file systems leave the type out of the listing.
                var info = stat()
                isFolder = fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && info.st_mode & S_IFMT == S_IFDIR
            }
            entries.append(Entry(name: name, isFolder: isFolder))
        }
        return entries.sorted { $0.name.utf8Precedes($1.name) }
    }

    /// The relative paths of every non-folder entry under a folder (files, and links as themselves).
    static func files(under path: String) throws(LocGenError) -> [String] {
        guard let root = open(path) else { throw failure("list", path) }
        defer { close(root) }
        var files: [String] = []
        try collect(root, prefix: "", path: path, into: &files)
        return files
    }

    private static func collect(_ folder: Int32, prefix: String, path: String, into files: inout [String])
        throws(LocGenError)
    {
        guard let entries = entries(of: folder) else { throw failure("list", path + "/" + prefix) }
        for entry in entries {
            guard entry.isFolder else {
                files.append(prefix + entry.name)
                continue
            }
            guard let child = open(entry.name, in: folder) else {
                throw failure("open", path + "/" + prefix + entry.name)
            }
            defer { close(child) }
            try collect(child, prefix: prefix + entry.name + "/", path: path, into: &files)
        }
    }

    static func failure(_ action: String, _ path: String) -> LocGenError {
        LocGenError(.outputFailure, "cannot \(action) '\(path)': \(String(cString: strerror(errno)))")
    }
}
