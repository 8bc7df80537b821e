#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Writes text files below a folder, creating the folders on the way.
enum FileTree {
    /// Writes each file at its path relative to `folder`, which must exist; paths use `/` and never `..`.
    ///
    /// Throws ``LocGenError/Code/outputFailure`` naming the first file or folder that cannot be written.
    static func write(_ files: [(path: String, contents: String)], into folder: String) throws(LocGenError) {
        for file in files {
            precondition(!file.path.split(separator: "/").contains(".."), "file tree paths stay inside the folder")
            var parent = folder
            for component in file.path.split(separator: "/").dropLast() {
                parent += "/" + component
                guard mkdir(parent, 0o755) == 0 || errno == EEXIST else { throw failure("create the folder", parent) }
            }
            try writeFile(folder + "/" + file.path, Array(file.contents.utf8))
        }
    }

    /// Creates a folder and its missing parents, like `mkdir -p`.
    static func createFolder(_ path: String) throws(LocGenError) {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            guard mkdir(current, 0o755) == 0 || errno == EEXIST else { throw failure("create the folder", path) }
        }
    }

    private static func writeFile(_ path: String, _ bytes: [UInt8]) throws(LocGenError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("create the file", path) }
        defer { close(descriptor) }
        var remaining = bytes[...]
        while !remaining.isEmpty {
            let written = remaining.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw failure("write the file", path) }
            remaining = remaining.dropFirst(written)
        }
    }

    static func failure(_ action: String, _ path: String) -> LocGenError {
        let reason = String(cString: strerror(errno))
        let lowered = reason.prefix(1).lowercased() + reason.dropFirst()
        return LocGenError(.outputFailure, "cannot \(action) '\(path)': \(lowered)")
    }
}
