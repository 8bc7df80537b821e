#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Writes files into a folder the build owns (the staging folder), never over an existing file.
///
/// For an overlay build (``claims`` set) the pages it keeps stay in the output instead of being linked, and
/// each path written or kept is claimed, so that a kept page and a new file of one path are a conflict too.
/// Every file is created with `O_EXCL | O_NOFOLLOW`, so two pages (or a page and a static file) that
/// would land on the same path are an `output-conflict` error instead of one silently replacing the other,
/// and no symbolic link in the folder is ever followed. Safe to use from many tasks at once: it holds no
/// state, and folders that another task made first are fine.
struct OutputWriter: Sendable {
    /// The folder written into.
    let root: String
    /// The paths of an overlay build; see ``OutputClaims``.
    var claims: OutputClaims? = nil

    /// Writes a file at a relative path checked by ``OutputLayout/checkContained(_:)``, making its folders.
    func write(_ bytes: some Collection<UInt8>, to path: String) throws(LocGenError) {
        let descriptor = try create(path)
        defer { close(descriptor) }
        try writeAll(Array(bytes), to: descriptor, path: path)
    }

    /// Creates a file at a relative path, as ``write(_:to:)`` does, for writing piece by piece.
    func openFile(_ path: String) throws(LocGenError) -> OpenFile {
        OpenFile(descriptor: try create(path), path: path, writer: self)
    }

    /// A file being written piece by piece (a sitemap of 50 MB), so that its whole text is never in memory;
    /// closed when the last reference goes.
    final class OpenFile {
        private let descriptor: Int32
        private let path: String
        private let writer: OutputWriter

        fileprivate init(descriptor: Int32, path: String, writer: OutputWriter) {
            self.descriptor = descriptor
            self.path = path
            self.writer = writer
        }

        deinit { Glibc.close(descriptor) }

        func append(_ bytes: [UInt8]) throws(LocGenError) {
            try writer.writeAll(bytes, to: descriptor, path: path)
        }
    }

    /// Copies a file into a relative path in chunks of 1 MiB, so files of any size (videos in `static/`) copy
    /// with flat memory.
    func copy(file source: String, to path: String) throws(LocGenError) {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else {
            throw LocGenError(.unreadableFile, "cannot read '\(source)': \(String(cString: strerror(errno)))")
        }
        defer { close(input) }
        let descriptor = try create(path)
        defer { close(descriptor) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else {
                throw LocGenError(.unreadableFile, "cannot read '\(source)': \(String(cString: strerror(errno)))")
            }
            if count == 0 { return }
            try writeAll(chunk[..<count], to: descriptor, path: path)
        }
    }

    private func create(_ path: String) throws(LocGenError) -> Int32 {
        try OutputLayout.checkContained(path)
        if let claims, !claims.claim(path) { throw failure(EEXIST, path, "create") }
        try makeParents(of: path)
        let descriptor = open(root + "/" + path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(errno, path, "create") }
        return descriptor
    }

    private func writeAll(_ bytes: ArraySlice<UInt8>, to descriptor: Int32, path: String) throws(LocGenError) {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { throw failure(errno, path, "write") }
            written += result
        }
    }

    fileprivate func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(LocGenError) {
        try writeAll(bytes[...], to: descriptor, path: path)
    }

    /// Hard-links an existing file (the previous build's page) to a relative path; false when it cannot,
    /// such as across file systems or when the old file is gone, so the caller renders instead.
    ///
    /// In an overlay build, the output's own file at that path is kept where it is: it is claimed and left
    /// alone when it is a regular file (not a link someone put there), and nothing is linked.
    func link(existing: String, to path: String) throws(LocGenError) -> Bool {
        try OutputLayout.checkContained(path)
        if let claims, existing == claims.output + "/" + path {
            var info = stat()
            guard lstat(existing, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
            guard claims.claim(path) else { throw failure(EEXIST, path, "link") }
            return true
        }
        try makeParents(of: path)
        if Glibc.link(existing, root + "/" + path) == 0 { return true }
        if errno == EEXIST { throw failure(EEXIST, path, "link") }
        return false
    }

    /// Whether an overlay build can keep the output's file at a relative path in place: it is a regular file
    /// (not a link someone put there). Always false for a whole-tree build, which keeps nothing in place.
    func isKeepable(_ path: String) -> Bool {
        guard let claims else { return false }
        var info = stat()
        return lstat(claims.output + "/" + path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// Claims a path ``isKeepable(_:)`` said the output holds, keeping that file in place; throws when the
    /// path was claimed already.
    func keep(_ path: String) throws(LocGenError) {
        try OutputLayout.checkContained(path)
        guard let claims, claims.claim(path) else { throw failure(EEXIST, path, "keep") }
    }

    /// Makes the folders on the way to a relative path.
    private func makeParents(of path: String) throws(LocGenError) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return }
        try makeFolder(String(path[..<slash]))
    }

    /// Makes a relative folder and any on the way to it, trying the folder itself first: a page's own folder
    /// is usually the only one missing, so most pages cost one `mkdir` instead of one per level.
    private func makeFolder(_ folder: String) throws(LocGenError) {
        let absolute = root + "/" + folder
        if mkdir(absolute, 0o755) == 0 { return }
        let code = errno
        if code == EEXIST { return }
        guard code == ENOENT, let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) else {
            throw failure(code, folder, "create the folder")
        }
        try makeFolder(String(folder[..<slash]))
        if mkdir(absolute, 0o755) != 0, errno != EEXIST { throw failure(errno, folder, "create the folder") }
    }

    private func failure(_ code: Int32, _ path: String, _ action: String) -> LocGenError {
        if code == EEXIST {
            return LocGenError(
                .outputConflict,
                "'\(path)' is written twice: two products have the same slug in a market, or a page has the path of a file in static/; give one another slug"
            )
        }
        return LocGenError(
            .outputFailure,
            "cannot \(action) '\(path)' in '\(root)': \(String(cString: strerror(code)))"
        )
    }
}
