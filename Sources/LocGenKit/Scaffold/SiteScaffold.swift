/// A new site that builds at once with the built-in theme: what `locgen init` writes.
///
/// Three markets (`us`, `de` with tax-inclusive prices, `jp`), five products with English, German and Japanese
/// text, exchange rates, one overridden theme string, a favicon and a `.gitignore` for the output.
public enum SiteScaffold {
    /// Creates the site in `path`, which must not exist or be an empty folder; returns the files written.
    ///
    /// The files are paths relative to `path`, sorted. Throws ``LocGenError/Code/folderNotEmpty`` when `path`
    /// holds anything, and ``LocGenError/Code/outputFailure`` when a folder or file cannot be written.
    @discardableResult
    public static func create(at path: String) throws(LocGenError) -> [String] {
        // A path that is missing (or not a folder) has no names; creating it reports any problem.
        if case .success(let names) = FileSystem.names(in: path), !names.isEmpty {
            throw LocGenError(
                .folderNotEmpty,
                "'\(path)' is not empty; give 'locgen init' a new or empty folder"
            )
        }
        try FileTree.createFolder(path)
        try FileTree.write(files, into: path)
        return files.map(\.path).sorted()
    }
}
