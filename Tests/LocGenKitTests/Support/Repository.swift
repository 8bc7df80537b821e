/// Paths in this repository, for tests that read its theme, examples and docs.
enum Repository {
    /// The repository's root folder, found from this file's place in `Tests/LocGenKitTests/Support/`.
    static let root: String = {
        var path = "\(#filePath)"
        for _ in 0..<4 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
        return path
    }()
}
