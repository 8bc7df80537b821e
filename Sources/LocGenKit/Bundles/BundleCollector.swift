import LocGenICU

/// Gathers bundle files by locale while ``BundleDiscovery`` walks the paths it was given.
///
/// Files group by canonical locale, so `de_CH.yaml` and `de-CH/checkout.yaml` are one bundle, and
/// a file reached twice (given as a path and found in a folder) counts once.
struct BundleCollector {
    private struct Group {
        var locale: LocaleID?
        var nameError: ICUError?
        /// The first file named after the locale, as (name, extension).
        var fileName: (name: String, extension: String)?
        /// The name of the first folder the locale's split files came from.
        var folderName: String?
        var mainFiles: [String] = []
        var splitFiles: [String] = []
        var identities: Set<FileSystem.FileIdentity> = []
    }

    private var groups: [String: Group] = [:]

    /// Adds a file or a `locales/` folder.
    mutating func add(_ givenPath: String) throws(LocGenError) {
        var path = givenPath
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        switch FileSystem.item(at: path) {
        case .failure(let error) where error.isMissing:
            throw LocGenError(.unreadableFile, "no such file or folder: '\(givenPath)'")
        case .failure(let error):
            throw LocGenError(.unreadableFile, "cannot read '\(givenPath)': \(error.reason)")
        case .success(let item) where item.kind == .folder:
            try addLocalesFolder(path)
        case .success(let item) where item.kind == .file:
            try addFile(path, identity: item.identity)
        case .success:
            throw LocGenError(.unreadableFile, "'\(givenPath)' is neither a file nor a folder")
        }
    }

    /// The bundles found, sorted by locale tag as named.
    var sources: [BundleSource] {
        let sources = groups.values.map { group in
            let files = group.mainFiles.sorted(by: Self.byteOrder) + group.splitFiles.sorted(by: Self.byteOrder)
            let tag = group.fileName?.name ?? group.folderName ?? ""
            let problem = group.nameError.map { error in
                BundleDiscovery.nameProblem(
                    name: tag,
                    fileExtension: group.fileName?.extension,
                    error: error,
                    firstFile: files[0]
                )
            }
            return BundleSource(localeTag: tag, locale: group.locale, files: files, nameProblem: problem)
        }
        return sources.sorted { Self.byteOrder($0.localeTag, $1.localeTag) }
    }

    private mutating func addLocalesFolder(_ folder: String) throws(LocGenError) {
        for name in try Self.names(in: folder) {
            let path = Self.joined(folder, name)
            guard case .success(let item) = FileSystem.item(at: path) else { continue }
            if item.kind == .file, let bundleName = BundleDiscovery.bundleName(of: name) {
                add(path, identity: item.identity, locale: bundleName.stem, fileExtension: bundleName.extension)
            } else if item.kind == .folder {
                for (file, identity) in try Self.bundleFiles(under: path) {
                    add(file, identity: identity, locale: name, fileExtension: nil)
                }
            }
        }
    }

    /// A file given by path: of the locale folder after `locales/` when it sits deeper, else of
    /// the locale its name says, else of its parent folder's locale when that one is a tag.
    private mutating func addFile(_ path: String, identity: FileSystem.FileIdentity) throws(LocGenError) {
        let components = path.split(separator: "/").map(String.init)
        guard let bundleName = BundleDiscovery.bundleName(of: components.last ?? path) else {
            throw LocGenError(
                .unreadableFile,
                "'\(path)' is not a locale bundle; bundle files end in .yaml, .yml or .json"
            )
        }
        if let index = components.lastIndex(of: "locales"), index + 2 < components.count {
            add(path, identity: identity, locale: components[index + 1], fileExtension: nil)
        } else if components.count >= 2, (try? LocaleID.parse(bundleName.stem)) == nil,
            (try? LocaleID.parse(components[components.count - 2])) != nil
        {
            add(path, identity: identity, locale: components[components.count - 2], fileExtension: nil)
        } else {
            add(path, identity: identity, locale: bundleName.stem, fileExtension: bundleName.extension)
        }
    }

    /// Adds a file to a locale's group: as a file named after the locale when `fileExtension` is
    /// given, else as a split file of the locale's folder.
    private mutating func add(
        _ path: String,
        identity: FileSystem.FileIdentity,
        locale name: String,
        fileExtension: String?
    ) {
        var locale: LocaleID?
        var nameError: ICUError?
        do {
            locale = try LocaleID.parse(name).locale
        } catch {
            nameError = error
        }
        let key = locale?.tag ?? "\u{1}" + name
        var group = groups[key] ?? Group(locale: locale, nameError: nameError)
        guard group.identities.insert(identity).inserted else { return }
        if let fileExtension {
            group.mainFiles.append(path)
            if group.fileName == nil { group.fileName = (name, fileExtension) }
        } else {
            group.splitFiles.append(path)
            if group.folderName == nil { group.folderName = name }
        }
        groups[key] = group
    }

    /// The bundle files under a locale's folder, at any depth, not following links to folders.
    private static func bundleFiles(under folder: String) throws(LocGenError) -> [(String, FileSystem.FileIdentity)] {
        var found: [(String, FileSystem.FileIdentity)] = []
        for name in try names(in: folder) {
            let path = joined(folder, name)
            guard case .success(let item) = FileSystem.item(at: path) else { continue }
            if item.kind == .file && BundleDiscovery.bundleName(of: name) != nil {
                found.append((path, item.identity))
            } else if item.kind == .folder && !FileSystem.isSymbolicLink(path) {
                found += try bundleFiles(under: path)
            }
        }
        return found
    }

    /// The visible names in a folder, sorted.
    private static func names(in folder: String) throws(LocGenError) -> [String] {
        switch FileSystem.names(in: folder) {
        case .success(let names):
            return names.filter { !$0.hasPrefix(".") }
        case .failure(let error):
            throw LocGenError(.unreadableFile, "cannot read the folder '\(folder)': \(error.reason)")
        }
    }

    private static func joined(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    private static func byteOrder(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8Precedes(rhs)
    }
}
