/// The files of a built site folder, found by walking it.
struct SiteFolder: Sendable {
    /// Every regular file, relative to the folder, with `/`, sorted; hidden names (`.locgen/`) are
    /// left out and symbolic links to folders are not followed, so a link loop cannot hang the walk.
    var files: [String]
    /// The host names of the `_hosts/<host>/` folders.
    var hostFolders: Set<String>

    /// Lists a folder; throws ``LocGenError/Code/unreadableFile`` when it is not a readable folder.
    static func list(_ directory: String) throws(LocGenError) -> SiteFolder {
        switch FileSystem.item(at: directory) {
        case .failure(let error):
            throw LocGenError(.unreadableFile, "cannot read the site folder '\(directory)': \(error.reason.lowercasedFirst)")
        case .success(let item) where item.kind != .folder:
            throw LocGenError(.unreadableFile, "'\(directory)' is not a folder; pass the folder of a built site, such as public")
        case .success:
            break
        }
        var files: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let folder = relative.isEmpty ? directory : directory + "/" + relative
            guard case .success(let names) = FileSystem.names(in: folder) else {
                if relative.isEmpty {
                    throw LocGenError(.unreadableFile, "cannot read the site folder '\(directory)'")
                }
                continue
            }
            for name in names where !name.hasPrefix(".") {
                let path = relative.isEmpty ? name : relative + "/" + name
                guard case .success(let item) = FileSystem.item(at: directory + "/" + path) else { continue }
                switch item.kind {
                case .file: files.append(path)
                case .folder where !FileSystem.isSymbolicLink(directory + "/" + path): pending.append(path)
                default: break
                }
            }
        }
        files.sort { $0.utf8Precedes($1) }
        var hosts: Set<String> = []
        if case .success(let names) = FileSystem.names(in: directory + "/_hosts") {
            hosts = Set(names.filter { !$0.hasPrefix(".") }.map { $0.lowercased() })
        }
        return SiteFolder(files: files, hostFolders: hosts)
    }
}

extension String {
    /// The text with its first character in lower case, for system messages inside a sentence.
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
