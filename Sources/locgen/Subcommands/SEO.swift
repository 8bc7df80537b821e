import ArgumentParser

/// `locgen seo`: search-engine tools for built sites.
struct SEO: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seo",
        abstract: "Search-engine tools for built sites.",
        discussion: """
            Examples:
              locgen seo check public
              locgen seo check --list-checks
            """,
        subcommands: [SEOCheck.self]
    )
}
