import Synchronization

/// The paths an overlay build makes part of the output: the previous build's pages it keeps in place and
/// the files it writes into staging.
///
/// A whole-tree build finds two writers of one path by `O_EXCL` in its staging folder; an overlay build
/// leaves kept pages in the output, so a kept page and a new file of the same path (two products with one
/// slug, a static file with a page's path) meet here instead. At the commit, every file of the output
/// that is neither claimed nor staged is one a whole-tree build would not have written, and is deleted.
final class OutputClaims: Sendable {
    /// The output folder the kept pages stay in.
    let output: String
    private let paths = Mutex<Set<String>>([])

    init(output: String) {
        self.output = output
    }

    /// Claims a relative path; false when it was claimed already.
    func claim(_ path: String) -> Bool {
        paths.withLock { $0.insert(path).inserted }
    }

    /// Whether a relative path was claimed.
    func contains(_ path: String) -> Bool {
        paths.withLock { $0.contains(path) }
    }
}
