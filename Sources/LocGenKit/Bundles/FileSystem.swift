#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// The few file operations bundle loading needs, through POSIX so that failures keep the system's
/// reason ("No such file or directory") and listings come back in a deterministic order.
enum FileSystem {
    /// What a path names, after following symbolic links.
    struct Item: Equatable {
        enum Kind { case file, folder, other }
        var kind: Kind
        /// Device and inode, which identify a folder reached through different links.
        var identity: FileIdentity
        var size: Int
    }

    /// Identifies a file or folder on disk, whatever path reaches it.
    struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// The largest bundle file read; anything bigger is a mistake, not a translation.
    static let maximumFileSize = 64 << 20

    /// Describes a path, following symbolic links, or says why it cannot.
    static func item(at path: String) -> Result<Item, SystemError> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(SystemError()) }
        let type = info.st_mode & S_IFMT
        let kind: Item.Kind = type == S_IFREG ? .file : type == S_IFDIR ? .folder : .other
        let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        return .success(Item(kind: kind, identity: identity, size: Int(info.st_size)))
    }

    /// Whether the path itself is a symbolic link (to anything).
    static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    /// The bytes of a regular file; folders, devices and files over 64 MiB are refused.
    static func contents(of path: String) -> Result<[UInt8], SystemError> {
        switch item(at: path) {
        case .failure(let error):
            return .failure(error)
        case .success(let item) where item.kind == .folder:
            return .failure(SystemError(reason: "it is a folder, not a file"))
        case .success(let item) where item.kind != .file:
            // Opening a FIFO or a device could block forever or never end.
            return .failure(SystemError(reason: "it is not a regular file"))
        case .success(let item) where item.size > maximumFileSize:
            return .failure(SystemError(reason: "the file is larger than 64 MiB; split the bundle into smaller files"))
        case .success:
            break
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(SystemError()) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(SystemError())
            }
            if count == 0 { return .success(bytes) }
            bytes.append(contentsOf: chunk[..<count])
            if bytes.count > maximumFileSize {
                return .failure(
                    SystemError(reason: "the file is larger than 64 MiB; split the bundle into smaller files")
                )
            }
        }
    }

    /// The names in a folder, without `.` and `..`, sorted by their UTF-8 bytes.
    static func names(in folder: String) -> Result<[String], SystemError> {
        guard let directory = opendir(folder) else { return .failure(SystemError()) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return .success(names.sorted { $0.utf8Precedes($1) })
    }

    /// A failed system call's reason, in the system's words.
    struct SystemError: Error {
        var reason: String
        /// Whether the path, or a folder on the way to it, does not exist.
        var isMissing = false

        /// Captures `errno` as `strerror` describes it.
        init() {
            let code = errno
            reason = String(cString: strerror(code))
            isMissing = code == ENOENT || code == ENOTDIR
        }

        init(reason: String) {
            self.reason = reason
        }
    }
}
