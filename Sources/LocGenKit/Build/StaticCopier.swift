#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Copies a site's `static/` folder into the output as it is.
///
/// Only regular files are copied. A symbolic link is followed only when it resolves to a regular file inside
/// the site folder; a link pointing anywhere else is an `unsafe-path` error naming the link, so a site cannot
/// publish `/etc/passwd` or a neighbour's files by accident. Links to folders, devices and sockets are
/// skipped with a warning.
struct StaticCopier {
    let siteDirectory: String
    let writer: OutputWriter
    private(set) var warnings: [LocGenError] = []
    private(set) var count = 0

    init(siteDirectory: String, writer: OutputWriter) {
        self.siteDirectory = siteDirectory
        self.writer = writer
    }

    /// Copies everything under `<site>/static`; nothing when the folder does not exist.
    mutating func copy() throws(LocGenError) {
        let root = BuildRequest.join(siteDirectory, "static")
        guard case .success(let item) = FileSystem.item(at: root), item.kind == .folder else { return }
        guard let siteRoot = Self.realPath(siteDirectory) else { return }
        try copyFolder(root, relative: "", siteRoot: siteRoot)
    }

    private mutating func copyFolder(_ folder: String, relative: String, siteRoot: String) throws(LocGenError) {
        guard case .success(let names) = FileSystem.names(in: folder) else {
            throw LocGenError(.unreadableFile, "cannot list '\(folder)'")
        }
        for name in names {
            let path = folder + "/" + name
            let target = relative + name
            if FileSystem.isSymbolicLink(path) {
                guard let resolved = Self.realPath(path), resolved.hasPrefix(siteRoot + "/") else {
                    throw LocGenError(
                        .unsafePath,
                        "'\(path)' is a symbolic link to '\(Self.linkText(path))', outside the site folder; copy the file into static/ instead"
                    )
                }
            }
            switch FileSystem.item(at: path) {
            case .success(let item) where item.kind == .folder && !FileSystem.isSymbolicLink(path):
                try copyFolder(path, relative: target + "/", siteRoot: siteRoot)
            case .success(let item) where item.kind == .file:
                try writer.copy(file: path, to: target)
                count += 1
            default:
                warnings.append(
                    LocGenError(.buildWarning, "'\(path)' is not a regular file or folder; it was not copied")
                )
            }
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func linkText(_ path: String) -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink(path, &buffer, buffer.count)
        guard count > 0 else { return "?" }
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
