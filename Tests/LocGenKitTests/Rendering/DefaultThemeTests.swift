import LocGenKit
import Testing

/// The repository's own theme: its templates must load and name only templates that exist.
struct DefaultThemeTests {
    static let repository: String = {
        var path = "\(#filePath)"
        for _ in 0..<4 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
        return path
    }()

    @Test func loadsEveryTemplateOfTheTheme() throws {
        let templates = try TemplateSet.load(directories: [Self.repository + "/templates"])
        for name in ["product", "market-index", "selector", "layouts/base", "partials/styles"] {
            #expect(templates.names.contains(name), "\(name)")
        }
    }
}
