import ArgumentParser
import Foundation
import LocGenKit

/// `locgen indexnow`: tells IndexNow engines which URLs the last build changed.
struct IndexNow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indexnow",
        abstract: "Submit the URLs the last build added, changed or removed to IndexNow.",
        discussion: """
            IndexNow tells Bing, Yandex, Seznam, Naver and the other participating \
            engines at once which URLs changed. Set seo.indexnow.key in locgen.yaml; \
            locgen build then publishes /<key>.txt on each host and writes the \
            changed URLs into <output>/.locgen/indexnow/.

            Examples:
              locgen indexnow submit                 # print what would be sent
              locgen indexnow submit --send
            """,
        subcommands: [Submit.self]
    )

    struct Submit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send the IndexNow requests of the last build (a dry run unless --send).",
            discussion: """
                With seo.indexnow.key in locgen.yaml, each build writes the URLs it added, \
                changed (by content) or removed as IndexNow request bodies into \
                <output>/.locgen/indexnow/, one per host and 10,000 URLs. This command \
                prints them, and with --send POSTs each to the endpoint. Publish the site \
                first: the engines fetch /<key>.txt from each host to check the key.

                Examples:
                  locgen indexnow submit --site examples/shop          # dry run
                  locgen indexnow submit --send

                Exit status: 0 printed or every request accepted, 1 a request was refused \
                or could not be sent, 2 a usage or configuration error (no key, no build).
                """
        )

        @Option(help: "The site folder, holding locgen.yaml.")
        var site = "."

        @Flag(help: "Send the requests; without it nothing leaves the machine.")
        var send = false

        @Option(help: "The IndexNow endpoint to POST to.")
        var endpoint = IndexNowSubmission.defaultEndpoint

        func validate() throws {
            guard let url = URL(string: endpoint), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
                url.host != nil
            else {
                throw ValidationError(
                    "--endpoint '\(endpoint)' is not an http(s) URL, e.g. \(IndexNowSubmission.defaultEndpoint)"
                )
            }
        }

        func run() async throws {
            let configPath = site.hasSuffix("/") ? site + "locgen.yaml" : site + "/locgen.yaml"
            let config: SiteConfig
            do {
                config = try SiteConfig.load(path: configPath)
            } catch {
                Terminal.printError(error.description)
                Terminal.exit(2)
            }
            guard let key = config.seo.indexNowKey else {
                Terminal.printError(
                    "error: \(configPath) has no IndexNow key; add `seo: { indexnow: { key: … } }` (8 to 128 letters, "
                        + "digits and '-') and build again"
                )
                Terminal.exit(2)
            }
            let submission: IndexNowSubmission
            do {
                submission = try IndexNowSubmission.pending(output: config.outputPath)
            } catch {
                Terminal.printError(error.compilerStyleDescription)
                Terminal.exit(2)
            }
            for item in submission.items where item.request.key != key {
                Terminal.printError(
                    "error: \(item.file) was written with another IndexNow key than locgen.yaml's; run 'locgen build' again"
                )
                Terminal.exit(2)
            }
            guard !submission.items.isEmpty else {
                Terminal.print("nothing to submit: the last build of \(config.outputPath) changed no page")
                return
            }
            var isFailed = false
            for item in submission.items {
                let request = item.request
                guard send else {
                    Terminal.print(
                        "would POST \(request.urls.count) \(request.urls.count == 1 ? "URL" : "URLs") of \(request.host) "
                            + "to \(endpoint) (\(item.file)), key at \(request.keyLocation):"
                    )
                    for url in request.urls { Terminal.print("  \(url)") }
                    continue
                }
                do {
                    let response = try await IndexNowSubmission.send(request, to: endpoint)
                    let line = "\(request.host): \(request.urls.count) URLs, \(response.statusCode) \(response.meaning)"
                    if response.isAccepted {
                        Terminal.print(line)
                    } else {
                        Terminal.printError("error: " + line)
                        isFailed = true
                    }
                } catch {
                    Terminal.printError("error: \(request.host): \(error.message)")
                    isFailed = true
                }
            }
            if !send {
                Terminal.print("dry run: nothing was sent; add --send to submit")
            }
            if isFailed { Terminal.exit(1) }
        }
    }
}
