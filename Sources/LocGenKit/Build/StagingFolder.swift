import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// The folder a build writes into, next to the output, committed only when the build succeeded.
///
/// It is `<output>.staging-<random>` in the output's parent, so the final renames stay on one file system.
/// It is committed in one of two ways:
///
/// - Whole tree (a cold build, `--check`, `locgen merge`): staging holds the whole site. ``swapIn()`` renames
///   the old output to `<output>.old-<random>`, renames staging to the output, then removes the old one.
///   Between the two renames (microseconds) the output path does not exist; a crash there leaves a complete
///   `.old-` folder, which ``recoverLeftovers(of:)`` (run at the start of every build) renames back when the
///   output is missing.
/// - Overlay (a rebuild over a previous build): staging holds only new and changed files, and ``claims``
///   the pages kept in the output; ``OverlayCommit`` moves them in. A crash after its marker is rolled
///   forward by ``recoverLeftovers(of:)``.
///
/// Other leftovers of crashed builds (staging folders without a marker) are removed.
struct StagingFolder: Sendable {
    /// The output folder the staging folder will replace.
    let output: String
    /// The staging folder's path.
    let path: String
    /// The paths kept in the output and written to staging, for an overlay build; nil for a whole tree.
    let claims: OutputClaims?

    /// Creates an empty staging folder; `isOverlay` makes it an overlay over the output, which must be a
    /// previous build. Leftovers of crashed builds are the caller's to recover first (``recoverLeftovers(of:)``).
    static func create(for output: String, isOverlay: Bool = false) throws(LocGenError) -> StagingFolder {
        let path = output + ".staging-" + randomSuffix()
        guard mkdir(path, 0o755) == 0 else { throw failure("create the staging folder '\(path)'") }
        return StagingFolder(output: output, path: path, claims: isOverlay ? OutputClaims(output: output) : nil)
    }

    /// Makes the staged site the output: ``swapIn()`` for a whole tree, ``OverlayCommit`` for an overlay.
    func commit() throws(LocGenError) {
        guard let claims else { return try swapIn() }
        try OverlayCommit(staging: path, output: output).commit(claims: claims)
    }

    /// Replaces the output with the staging folder; see the type's notes for the window in between.
    func swapIn() throws(LocGenError) {
        var aside: String?
        if FileManager.default.fileExists(atPath: output) {
            let old = output + ".old-" + Self.randomSuffix()
            guard rename(output, old) == 0 else { throw Self.failure("move the old output '\(output)' aside") }
            aside = old
        }
        guard rename(path, output) == 0 else {
            let error = Self.failure("rename '\(path)' to '\(output)'")
            if let aside { _ = rename(aside, output) }
            throw error
        }
        if let aside { FolderRemoval.remove(aside) }
    }

    /// Removes the staging folder, after a failed build.
    func discard() {
        FolderRemoval.remove(path)
    }

    /// Puts back an output a crash left moved aside, finishes the overlay commits a crash interrupted after
    /// their marker, and removes the other staging and old folders of crashed builds and their spill folders
    /// (``PageSpill``).
    static func recoverLeftovers(of output: String) throws(LocGenError) {
        let (parent, name) = split(output)
        guard case .success(let names) = FileSystem.names(in: parent) else { return }
        let leftovers = names.filter {
            $0.hasPrefix(name + ".staging-") || $0.hasPrefix(name + ".old-") || $0.hasPrefix(name + SpillFolder.infix)
        }
        for leftover in leftovers where leftover.hasPrefix(name + ".old-") {
            let full = parent + "/" + leftover
            if !FileManager.default.fileExists(atPath: output) {
                guard rename(full, output) == 0 else { throw failure("restore the output from '\(full)'") }
            }
        }
        for leftover in leftovers {
            let full = parent + "/" + leftover
            if leftover.hasPrefix(name + ".staging-"), FolderWalk.isFolder(output),
                let deletions = OverlayMarker.read(in: full)
            {
                try OverlayCommit(staging: full, output: output).apply(deletions)
            } else {
                FolderRemoval.remove(full)
            }
        }
    }

    static func split(_ output: String) -> (parent: String, name: String) {
        let trimmed = output.hasSuffix("/") && output.count > 1 ? String(output.dropLast()) : output
        guard let slash = trimmed.lastIndex(of: "/") else { return (".", trimmed) }
        let parent = trimmed[..<slash]
        return (parent.isEmpty ? "/" : String(parent), String(trimmed[trimmed.index(after: slash)...]))
    }

    private static func randomSuffix() -> String {
        String(UInt64.random(in: .min ... .max), radix: 36)
    }

    private static func failure(_ action: String) -> LocGenError {
        LocGenError(.outputFailure, "cannot \(action): \(String(cString: strerror(errno)))")
    }
}
