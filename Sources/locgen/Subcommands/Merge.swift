import ArgumentParser
import LocGenKit

/// `locgen merge`: the outputs of `locgen build --shard K/N` in, one site out.
struct Merge: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Join the outputs of 'locgen build --shard K/N' into one site.",
        discussion: """
            Checks that the folders are shards 1 to N of one build of this site,
            each exactly once, links (or copies) their pages into a staging folder
            next to the output, copies static/, writes the market index pages,
            sitemaps, robots.txt and the build's records, and swaps the staging
            folder in only when all of it succeeded. The result is byte for byte
            the site 'locgen build' writes on one machine.

            The shards' --market, --date and --strict options are used; give the
            same site folder and --theme options the shards were built with.

            Examples:
              locgen build --shard 1/2 --output shard-1
              locgen build --shard 2/2 --output shard-2
              locgen merge shard-1 shard-2
              locgen merge --site shop --output public --report build.json shards/*

            Exit status: 0 merged, 1 the merge failed (a template error, a file
            that cannot be written), 2 a usage or configuration error (folders
            that are not all the shards of one build of this site).
            """
    )

    @Option(help: "The site folder the shards were built from, holding locgen.yaml.")
    var site = "."

    @Option(help: "The output folder (default: 'output' in locgen.yaml, else public).")
    var output: String?

    @Option(
        name: .customLong("theme"),
        help: "A theme folder, as given to the shard builds; repeatable."
    )
    var themes: [String] = []

    @Flag(help: "Do not use the built-in default theme, as the shard builds did not.")
    var noDefaultTheme = false

    @Flag(help: "Write sitemaps gzip-compressed as .xml.gz, as `locgen build --gzip` does.")
    var gzip = false

    @Flag(help: "Run 'locgen seo check' on the merged site and keep the old output on any error, as `locgen build --check`.")
    var check = false

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Option(help: "Write the build report as JSON to this file.")
    var report: String?

    @Argument(help: ArgumentHelp("The shard folders, one per shard, in any order.", valueName: "shard-folder"))
    var shards: [String]

    func run() async throws {
        let request = MergeRequest(
            siteDirectory: site,
            themeDirectories: Build.themeDirectories(themes, noDefaultTheme: noDefaultTheme),
            outputPath: output,
            shardFolders: shards,
            compressesSitemaps: gzip,
            checksOutput: check
        )
        let templates = Build.templates(
            in: BuildRequest(siteDirectory: site, themeDirectories: request.themeDirectories).templateDirectories
        )
        let progress = BuildProgressPrinter(mode: BuildProgressPrinter.Mode(quiet: quiet))
        let result: BuildReport
        do {
            result = try await ShardMerger { MustacheRenderer(templates: templates, isStrict: $0) }.merge(
                request,
                progress: progress
            )
        } catch {
            progress.clearLine()
            Terminal.printError(error.description)
            Terminal.exit(error.exitCode)
        }
        Build.finish(result, reportPath: report, quiet: quiet)
    }
}
