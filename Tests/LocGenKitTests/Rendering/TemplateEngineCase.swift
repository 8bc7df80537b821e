import LocGenKit
import Testing

/// One template rendered with some data, and what it must give; partials are more templates in the
/// same folder.
struct TemplateEngineCase: Sendable, CustomTestStringConvertible {
    var name: String
    var template: String
    var data: TemplateValue = [:]
    var partials: [String: String] = [:]
    var expected: String

    var testDescription: String { name }

    /// Renders `template` as the template `page`.
    func render() throws -> RenderedPage {
        var site = ["page.mustache": template]
        for (name, text) in partials { site[name + ".mustache"] = text }
        return try RenderFixture(site: site).render("page", data)
    }
}
