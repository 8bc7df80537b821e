#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Checks that replacing the output folder cannot destroy anything but a previous build.
///
/// `locgen.yaml` already refuses outputs that are the site folder or one it reads; an absolute `output` can
/// still name an ancestor of the site or a folder of the user's own, which a swap would delete. So the output
/// must not hold the site folder or a theme folder, and an existing, non-empty output must have the
/// `.locgen/` folder a build leaves in it.
enum OutputGuard {
    static func check(output: String, request: BuildRequest) throws(LocGenError) {
        guard let resolvedOutput = realPath(output) else { return }
        for folder in [request.siteDirectory] + request.themeDirectories {
            guard let resolved = realPath(folder) else { continue }
            if resolved == resolvedOutput || resolved.hasPrefix(resolvedOutput == "/" ? "/" : resolvedOutput + "/") {
                throw LocGenError(
                    .invalidConfiguration,
                    "output '\(output)' holds '\(folder)', which every build would delete; write the site to a folder of its own such as 'public'"
                )
            }
        }
        guard case .success(let names) = FileSystem.names(in: output), !names.isEmpty else { return }
        if !names.contains(".locgen") {
            throw LocGenError(
                .invalidConfiguration,
                "output '\(output)' exists and was not written by locgen build (it has no .locgen/ folder); every build replaces it, so empty or remove it, or choose another folder"
            )
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
