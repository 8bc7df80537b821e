import LocGenICU
import LocGenKit

/// A site with template folders in a temporary directory, rendered with ``MustacheRenderer``.
struct RenderFixture {
    let directory: TemporaryDirectory

    init(site: [String: String], theme: [String: String] = [:]) throws {
        directory = try TemporaryDirectory()
        for (name, text) in site { try directory.write("site/" + name, text) }
        for (name, text) in theme { try directory.write("theme/" + name, text) }
    }

    /// The site's folder first, then the theme's.
    var directories: [String] { [directory.path + "/site", directory.path + "/theme"] }

    func templates() throws(TemplateErrors) -> TemplateSet {
        try TemplateSet.load(directories: directories)
    }

    func renderer(isStrict: Bool = false) throws -> MustacheRenderer {
        MustacheRenderer(templates: try templates(), isStrict: isStrict)
    }

    /// Renders `template` with a page's data and English messages.
    func render(
        _ template: String = "page",
        _ context: TemplateValue = [:],
        messages: [String: String] = [:],
        locale: String = "en",
        arguments: [String: MessageValue] = [:],
        isStrict: Bool = false
    ) throws -> RenderedPage {
        let table = MessageTable(locale: try LocaleID(locale), timeZone: .utc, bundles: [messages])
        return try renderer(isStrict: isStrict)
            .renderPage(template: template, context: context, messages: table, arguments: arguments)
    }
}

/// Loads templates and returns the errors it throws, or fails the test when it does not throw.
func loadErrors(_ fixture: RenderFixture) -> [LocGenError] {
    do {
        _ = try fixture.templates()
        return []
    } catch {
        return error.errors
    }
}
