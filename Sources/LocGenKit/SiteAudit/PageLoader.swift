import Dispatch
import Synchronization

/// Reads and scans a site's pages on all cores: pages are independent, and reading and scanning
/// them is most of an audit's time (12,000 pages, 300 MB: 4.5 s on one core).
enum PageLoader {
    /// A page that could be read, or why not.
    enum Loaded: Sendable {
        case page(AuditedPage)
        case failure(SourceLocation, String)
    }

    /// The pages of `paths` (relative to the folder), in the same order.
    static func load(_ paths: [String], findings: SiteFindings) -> [Loaded] {
        let results = Mutex([Loaded?](repeating: nil, count: paths.count))
        let workers = min(ProcessorCount.online, max(1, paths.count / 64))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < paths.count {
                let loaded = load(paths[index], findings: findings)
                results.withLock { $0[index] = loaded }
                index += workers
            }
        }
        return results.withLock { $0.map { $0! } }
    }

    private static func load(_ path: String, findings: SiteFindings) -> Loaded {
        var local = SiteFindings(directory: findings.directory, displayDirectory: findings.displayDirectory, isStrict: false)
        guard let bytes = local.read(path) else {
            let failure = local.diagnostics[0]
            return .failure(failure.location, failure.message)
        }
        return .page(AuditedPage(path: findings.displayPath(path), bytes: bytes))
    }
}
