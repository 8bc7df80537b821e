#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// locgen's own theme, the repository's top-level `templates/` and `locales/`, built into the library.
///
/// `locgen build` looks it up after the site's own folders and any `--theme` folders. The files are
/// generated into `DefaultTheme+Files.swift` by `Scripts/embed-theme.sh`.
public enum DefaultTheme {
    /// Writes the theme into a cache folder, once per theme version, and returns the folder's path.
    ///
    /// The folder is `$XDG_CACHE_HOME/locgen/theme-<hash>` (else `~/.cache/locgen/…`, else the system's
    /// temporary folder), named after a hash of the files, so it is reused until the theme changes. It is
    /// written under another name and renamed into place, so concurrent builds never see half a theme.
    /// Throws ``LocGenError/Code/outputFailure`` when no cache folder can be written.
    public static func materialize() throws(LocGenError) -> String {
        try materialize(inAnyOf: cacheRoots())
    }

    /// Writes the theme into the first of `roots` that works; see ``materialize()``.
    static func materialize(inAnyOf roots: [String]) throws(LocGenError) -> String {
        var firstError: LocGenError?
        for root in roots {
            do {
                return try materialize(in: root)
            } catch {
                firstError = firstError ?? error
            }
        }
        throw firstError ?? LocGenError(.outputFailure, "cannot find a folder to write the default theme into")
    }

    /// Writes the theme below `root` unless it is already there; returns the theme folder.
    static func materialize(in root: String) throws(LocGenError) -> String {
        let folder = root + "/theme-" + StableHash.hex(digest)
        if access(folder, F_OK) == 0 { return folder }
        try FileTree.createFolder(root)
        let staging = folder + ".tmp-" + String(UInt64.random(in: .min ... .max), radix: 36)
        guard mkdir(staging, 0o755) == 0 else { throw FileTree.failure("create the folder", staging) }
        do {
            try FileTree.write(files, into: staging)
        } catch {
            FolderRemoval.remove(staging)
            throw error
        }
        if rename(staging, folder) != 0 {
            // Another build renamed its copy into place first: the contents are the same, keep theirs.
            let code = errno
            FolderRemoval.remove(staging)
            guard code == EEXIST || code == ENOTEMPTY, access(folder, F_OK) == 0 else {
                errno = code
                throw FileTree.failure("rename the theme folder to", folder)
            }
        }
        return folder
    }

    /// A hash of every file's path and contents: the cache folder's name.
    static let digest: UInt64 = {
        var hash = StableHash()
        for file in files {
            hash.combine(file.path)
            hash.combine(file.contents)
        }
        return hash.value
    }()

    /// The folders to try, in order: the user's cache, then the system's temporary folder.
    static func cacheRoots() -> [String] {
        var roots: [String] = []
        if let cache = environment("XDG_CACHE_HOME"), cache.hasPrefix("/") {
            roots.append(cache + "/locgen")
        } else if let home = environment("HOME"), home.hasPrefix("/") {
            roots.append(home + "/.cache/locgen")
        }
        let temporary = environment("TMPDIR").flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/tmp"
        // The user id keeps users of a shared temporary folder apart.
        roots.append(temporary + "/locgen-\(getuid())")
        return roots
    }

    private static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }
}
