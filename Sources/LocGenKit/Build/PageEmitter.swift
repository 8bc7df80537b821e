import LocGenICU

/// Writes planned pages into staging: hard-linked from the previous output when their inputs hash the same
/// as last time, rendered otherwise. Shared by every rendering task; it holds no mutable state.
struct PageEmitter: Sendable {
    let renderer: any PageRendering
    let site: SitePlan
    let writer: OutputWriter
    let previous: BuildManifest
    /// The previous output folder, which the reused pages are linked from.
    let previousOutput: String

    /// Writes a page; returns whether it was reused rather than rendered.
    func emit(_ page: PlannedPage) throws(LocGenError) -> Bool {
        if previous.pages[page.path] == page.inputHash,
            try writer.link(existing: previousOutput + "/" + page.path, to: page.path)
        {
            return true
        }
        let html: String
        do {
            html = try renderer.render(
                template: page.template,
                context: page.context,
                messages: page.messages ?? site.markets[page.market].messages,
                arguments: page.arguments
            )
        } catch {
            // Keep the renderer's code and template location; say which page it was rendering.
            var located = error
            located.message += " (rendering '\(page.path)')"
            throw located
        }
        try writer.write(html.utf8, to: page.path)
        return false
    }
}

/// What one rendering task did with its share of a batch of products.
struct BatchResult: Sendable {
    var entries: [(market: Int, entry: IndexEntry)] = []
    var hashes: [(path: String, hash: UInt64)] = []
    var rendered = 0
    var reused = 0
    var errors: [LocGenError] = []

    mutating func emit(_ page: PlannedPage, with emitter: PageEmitter) throws(LocGenError) {
        if try emitter.emit(page) { reused += 1 } else { rendered += 1 }
        hashes.append((page.path, page.inputHash))
    }

    /// Plans and writes every page of some products, collecting problems instead of stopping.
    static func process(_ products: ArraySlice<Product>, emitter: PageEmitter) -> BatchResult {
        var result = BatchResult()
        let planner = ProductPages(site: emitter.site)
        for product in products {
            do {
                for (page, entry) in try planner.pages(of: product) {
                    try result.emit(page, with: emitter)
                    result.entries.append((page.market, entry))
                }
            } catch {
                result.errors.append(error)
            }
        }
        return result
    }
}
