import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// The folder a build writes into, next to the output, swapped in only when the build succeeded.
///
/// It is `<output>.staging-<random>` in the output's parent, so the final renames stay on one file system.
/// ``swapIn()`` renames the old output to `<output>.old-<random>`, renames staging to the output, then
/// removes the old one. Between the two renames (microseconds) the output path does not exist; a crash
/// there leaves a complete `.old-` folder, which ``recoverLeftovers(of:)`` (run at the start of every build)
/// renames back when the output is missing. Other leftovers of crashed builds are removed then.
struct StagingFolder: Sendable {
    /// The output folder the staging folder will replace.
    let output: String
    /// The staging folder's path.
    let path: String

    /// Recovers from a crashed build, then creates an empty staging folder.
    static func create(for output: String) throws(LocGenError) -> StagingFolder {
        try recoverLeftovers(of: output)
        let path = output + ".staging-" + randomSuffix()
        guard mkdir(path, 0o755) == 0 else { throw failure("create the staging folder '\(path)'") }
        return StagingFolder(output: output, path: path)
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

    /// Puts back an output a crash left moved aside, and removes staging and old folders of crashed builds.
    static func recoverLeftovers(of output: String) throws(LocGenError) {
        let (parent, name) = split(output)
        guard case .success(let names) = FileSystem.names(in: parent) else { return }
        let leftovers = names.filter { $0.hasPrefix(name + ".staging-") || $0.hasPrefix(name + ".old-") }
        for leftover in leftovers where leftover.hasPrefix(name + ".old-") {
            let full = parent + "/" + leftover
            if !FileManager.default.fileExists(atPath: output) {
                guard rename(full, output) == 0 else { throw failure("restore the output from '\(full)'") }
            }
        }
        for leftover in leftovers {
            FolderRemoval.remove(parent + "/" + leftover)
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
