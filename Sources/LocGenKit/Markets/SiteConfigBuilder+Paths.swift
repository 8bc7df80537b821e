extension SiteConfigBuilder {
    /// The folders of a site that locgen reads; the output folder must be none of them.
    static let sourceFolders = ["locales", "templates", "static", "data"]
    static let catalogExtensions = ["json", "jsonl", "csv", "yaml", "yml"]

    /// A path from `locgen.yaml`, resolved against its folder; nil when absent or after a problem.
    mutating func filePath(_ entry: ConfigEntry?) -> String? {
        guard let entry, let text = entry.text else { return nil }
        let key = entry.path
        guard !text.isEmpty else {
            report("'\(key)' is empty; write a path relative to the folder of locgen.yaml", at: entry.location)
            return nil
        }
        guard !text.unicodeScalars.contains("\0") else {
            report("'\(key)' contains a NUL character; write a plain path", at: entry.location)
            return nil
        }
        return resolved(text)
    }

    mutating func catalogPath(_ entry: ConfigEntry?) -> String? {
        guard let path = filePath(entry), let entry, let text = entry.text else { return nil }
        let name = text.split(separator: "/").last ?? ""
        let fileExtension = name.contains(".") ? String(name.split(separator: ".").last ?? "") : ""
        guard Self.catalogExtensions.contains(fileExtension) else {
            report(
                "catalog '\(text)' has no format locgen reads; name it .json, .jsonl (JSON Lines), .csv, .yaml or .yml",
                at: entry.location
            )
            return nil
        }
        return path
    }

    /// The output folder, `public` when absent. It must be a folder of its own: every build replaces it.
    mutating func outputPath(_ entry: ConfigEntry?) -> String? {
        guard let entry else { return resolved("public") }
        guard let path = filePath(entry), let text = entry.text else { return nil }
        let components = Self.normalizedComponents(of: text)
        let problem: String? =
            if text.hasPrefix("/") && components.isEmpty {
                "is the root folder"
            } else if text.hasPrefix("/") {
                nil
            } else if components.isEmpty {
                "is the site's own folder"
            } else if components.allSatisfy({ $0 == ".." }) {
                "holds the site's own folder"
            } else if let first = components.first, Self.sourceFolders.contains(first) {
                "is inside '\(first)', which the site reads"
            } else {
                nil
            }
        if let problem {
            report(
                "output '\(text)' \(problem); locgen replaces the output folder on every build, so use a folder of "
                    + "its own such as 'public'",
                at: entry.location
            )
            return nil
        }
        return path
    }

    /// A path relative to the folder of `locgen.yaml` made relative to the current folder; absolute paths stay.
    func resolved(_ path: String) -> String {
        if path.hasPrefix("/") || directory == "." { return path }
        return directory.hasSuffix("/") ? directory + path : "\(directory)/\(path)"
    }

    /// The components of a relative path with `.` removed and `..` applied where it can be (`a/../b` → `b`).
    static func normalizedComponents(of path: String) -> [String] {
        var components: [String] = []
        for component in path.split(separator: "/") where component != "." {
            if component == "..", let last = components.last, last != ".." {
                components.removeLast()
            } else {
                components.append(String(component))
            }
        }
        return components
    }
}
