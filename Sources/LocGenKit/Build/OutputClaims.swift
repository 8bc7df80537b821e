import Synchronization

/// The paths an overlay build makes part of the output: the previous build's pages it keeps in place and
/// the files it writes into staging.
///
/// A whole-tree build finds two writers of one path by `O_EXCL` in its staging folder; an overlay build
/// leaves kept pages in the output, so a kept page and a new file of the same path (two products with one
/// slug, a static file with a page's path) meet here instead. At the commit, every file of the output
/// that is neither claimed nor staged is one a whole-tree build would not have written, and is deleted.
///
/// A path is kept as 128 bits of two unrelated hashes of it (FNV-1a and the process's seeded SipHash), not
/// as its text: 300,000 paths take about 8 MB instead of about 40 MB, so memory stays flat with the
/// catalog. Two paths of one build sharing both hashes (about one chance in 10²⁸ at 300,000 pages) would
/// be reported as an output conflict.
final class OutputClaims: Sendable {
    /// The output folder the kept pages stay in.
    let output: String
    private let paths = Mutex<Set<Key>>([])

    /// A path's two hashes.
    private struct Key: Hashable {
        var stable: UInt64
        var seeded: Int

        init(_ path: String) {
            var hash = StableHash()
            hash.combine(path)
            stable = hash.value
            seeded = path.hashValue
        }
    }

    init(output: String) {
        self.output = output
    }

    /// Claims a relative path; false when it was claimed already.
    func claim(_ path: String) -> Bool {
        paths.withLock { $0.insert(Key(path)).inserted }
    }

    /// Whether a relative path was claimed.
    func contains(_ path: String) -> Bool {
        paths.withLock { $0.contains(Key(path)) }
    }
}
