import LocGenICU
import Synchronization

/// Runs `locgen validate`: finds the bundles, checks the source locale's messages, then each
/// other locale against the source, one locale at a time so memory stays that of one bundle.
public struct Validator: Sendable {
    /// The settings every check reads.
    public var options: ValidationOptions

    public init(options: ValidationOptions) {
        self.options = options
    }

    /// Validates the bundles under `paths` (folders such as `locales/`, or single files).
    ///
    /// Throws ``LocGenError`` only for problems of the run itself (a path that does not exist, no
    /// bundle for the source locale); everything wrong inside the bundles is a ``Diagnostic``.
    public func validate(paths: [String]) async throws(LocGenError) -> ValidationResult {
        let sources = try BundleDiscovery.sources(in: paths)
        let source = try sourceBundle(among: sources, paths: paths)
        let sourceBundle = LocaleBundle.load(source)
        let sourceMessages = SourceCatalog(bundle: sourceBundle)
        let keySets = KeySetCache(sources: sources, sourceLocale: options.sourceLocale, sourceKeys: sourceMessages.keys)

        let options = self.options
        var results: [LocaleResult] = []
        let targets = sources.filter { $0.locale != options.sourceLocale || $0.files != source.files }
        // The source is checked with the others, and needs no comparison against itself.
        results.append(Self.check(bundle: sourceBundle, source: nil, keySets: keySets, options: options))
        // Parents before their children, so that a child finds its parents' keys already recorded and no
        // bundle is read twice.
        for wave in Self.waves(of: targets) {
            await withTaskGroup(of: LocaleResult.self) { group in
                var running = 0
                var iterator = wave.makeIterator()
                func startNext() -> Bool {
                    guard let next = iterator.next() else { return false }
                    group.addTask {
                        Self.check(source: next, sourceMessages: sourceMessages, keySets: keySets, options: options)
                    }
                    return true
                }
                let width = max(1, min(ProcessorCount.online, 8))
                while running < width, startNext() { running += 1 }
                for await result in group {
                    results.append(result)
                    if !startNext() { running -= 1 }
                }
            }
        }
        var diagnostics = results.flatMap(\.diagnostics)
        diagnostics.sort()
        let files = results.flatMap(\.files).sorted()
        let summary = ValidationSummary(
            filesChecked: files.count,
            messagesChecked: results.reduce(0) { $0 + $1.messageCount },
            localesChecked: results.compactMap(\.locale).sorted(),
            errorCount: diagnostics.count { $0.severity == .error },
            warningCount: diagnostics.count { $0.severity == .warning },
            files: files
        )
        return ValidationResult(diagnostics: diagnostics, summary: summary)
    }

    /// The bundles in waves: first those with no parent locale among `sources`, then their children, and so
    /// on; bundles not named after a locale go in the first wave.
    static func waves(of sources: [BundleSource]) -> [[BundleSource]] {
        let locales = Set(sources.compactMap(\.locale))
        var byDepth: [Int: [BundleSource]] = [:]
        for source in sources {
            let depth = source.locale.map { $0.fallbackChain.dropFirst().count { locales.contains($0) } } ?? 0
            byDepth[depth, default: []].append(source)
        }
        return byDepth.keys.sorted().map { byDepth[$0]! }
    }

    private func sourceBundle(among sources: [BundleSource], paths: [String]) throws(LocGenError) -> BundleSource {
        if let source = sources.first(where: { $0.locale == options.sourceLocale }) {
            return source
        }
        // Validating one translation file still needs the source next to it.
        for folder in Set(paths.map(Self.folder(of:))).sorted() {
            if let nearby = try? BundleDiscovery.sources(in: [folder]),
                let source = nearby.first(where: { $0.locale == options.sourceLocale })
            {
                return source
            }
        }
        throw LocGenError(
            .invalidConfiguration,
            "no bundle for the source locale '\(options.sourceLocale)' in \(paths.joined(separator: ", ")); add \(options.sourceLocale).yaml or pass --source with the locale the others are translated from"
        )
    }

    static func folder(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        let folder = trimmed[..<slash]
        return folder.isEmpty ? "/" : String(folder)
    }
}

/// The outcome of a run: every finding, sorted, and the numbers for the summary line.
public struct ValidationResult: Sendable {
    public var diagnostics: [Diagnostic]
    public var summary: ValidationSummary

    /// 0 when no finding is an error, 1 otherwise.
    public var exitStatus: Int32 { summary.errorCount > 0 ? 1 : 0 }
}
