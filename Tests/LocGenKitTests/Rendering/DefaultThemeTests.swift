import LocGenKit
import Testing

/// The repository's own theme: its templates must load and name only templates that exist.
struct DefaultThemeTests {
    @Test func loadsEveryTemplateOfTheTheme() throws {
        let templates = try TemplateSet.load(directories: [Repository.root + "/templates"])
        for name in ["product", "market-index", "selector", "layouts/base", "partials/styles"] {
            #expect(templates.names.contains(name), "\(name)")
        }
    }
}

struct TemplateErrorReportingTests {
    @Test func reportsABrokenTemplateOnce() throws {
        let folder = try TemporaryDirectory()
        try folder.write("templates/product.mustache", "{{#product}}{{/prodct}}\n")
        // The site's broken template overrides the theme's: the problem is the site's, once.
        #expect {
            try TemplateSet.load(directories: [folder.path + "/templates", Repository.root + "/templates"])
        } throws: { error in
            guard let errors = error as? TemplateErrors else { return false }
            return errors.errors.count == 1
                && errors.description
                    == "\(folder.path)/templates/product.mustache:1:16: error: closing tag does not match the section it closes"
        }
    }
}
