import Foundation
import LocGenICU

/// Everything a build reads before the catalog: the configuration, rates, messages and template digest.
struct SitePlan: Sendable {
    var config: SiteConfig
    var calculator: PriceCalculator
    /// Every market of the site, sorted by id; language switchers list them all, in ``switcherOrder``.
    var markets: [MarketPlan]
    /// Indices into ``markets`` in the order language switchers and the selector list them: by each
    /// market's name in its own language (`Deutsch (Schweiz)`, `English (US)`, `日本語 (日本)`), compared
    /// by ICU's root collation, which no one language's order favours; ties by id.
    var switcherOrder: [Int]
    /// Indices into ``markets`` of the markets being built.
    var selected: [Int]
    /// A ``StableHash`` of every template file's path and bytes.
    var templatesDigest: UInt64
    var catalogPath: String
    var warnings: [LocGenError]
    /// The date delivery estimates count from, if any.
    var buildDate: LocalDateTime?
    /// The source locale's messages and their digest, for the language selector page, which belongs to no market.
    var sourceMessages: (table: MessageTable, digest: UInt64)
    /// The products some product lists as related, for their cards; read by ``loadRelatedProducts()``.
    var related = RelatedProducts()

    /// Reads the catalog's related products (a first pass over the catalog) and adds its warnings.
    mutating func loadRelatedProducts() {
        related = RelatedProducts.load(catalogPath: catalogPath, warnings: &warnings)
    }

    /// Loads the site a request names; configuration problems fail with ``BuildFailure/Kind/configuration``.
    static func load(_ request: BuildRequest) throws(BuildFailure) -> SitePlan {
        var config: SiteConfig
        do {
            config = try SiteConfig.load(path: request.configPath)
        } catch {
            throw BuildFailure(.configuration, error.errors)
        }
        if let output = request.outputPath { config.outputPath = output }
        let selected = try selection(request.marketIDs, in: config)
        guard let catalogPath = config.catalogPath else {
            throw BuildFailure(
                .configuration,
                LocGenError(
                    .missingKey,
                    "\(request.configPath) names no catalog; add e.g. 'catalog: data/products.jsonl'"
                )
            )
        }
        var rates = ExchangeRates(base: config.baseCurrency, rates: [:])
        if let ratesPath = config.ratesPath {
            do {
                rates = try ExchangeRates.load(path: ratesPath, expectedBase: config.baseCurrency)
            } catch {
                throw BuildFailure(.configuration, error)
            }
        }
        let calculator = PriceCalculator(baseCurrency: config.baseCurrency, rates: rates)
        var warnings: [LocGenError] = []
        let bundles = MessageBundles.load(request.localeDirectories, warnings: &warnings)
        var markets: [MarketPlan] = []
        var problems: [LocGenError] = []
        for market in config.markets {
            do {
                let plan = try MarketPlan(
                    market: market,
                    config: config,
                    calculator: calculator,
                    folders: bundles.folders.count,
                    bundles: bundles.lookup
                )
                problems += plan.paymentProblems()
                markets.append(plan)
            } catch {
                problems.append(error)
            }
        }
        guard problems.isEmpty else { throw BuildFailure(.configuration, problems) }
        let sourceMessages = MarketPlan.messages(
            locale: config.sourceLocale,
            timeZone: .utc,
            sourceLocale: config.sourceLocale,
            folders: bundles.folders.count,
            bundles: bundles.lookup
        )
        return SitePlan(
            config: config,
            calculator: calculator,
            markets: markets,
            switcherOrder: switcherOrder(of: markets),
            selected: selected,
            templatesDigest: TemplateDigest.digest(of: request.templateDirectories),
            catalogPath: catalogPath,
            warnings: warnings,
            buildDate: request.buildDate,
            sourceMessages: sourceMessages
        )
    }

    /// The markets' indices sorted by native name in the root collation (by UTF-8 bytes where ICU has none).
    private static func switcherOrder(of markets: [MarketPlan]) -> [Int] {
        let collator = try? Collator(locale: LocaleID("und"))
        let keys = markets.map { plan in
            (try? collator?.sortKey(for: plan.nativeName)) ?? Array(plan.nativeName.utf8)
        }
        return markets.indices.sorted { lhs, rhs in
            keys[lhs] == keys[rhs]
                ? markets[lhs].id.utf8Precedes(markets[rhs].id)
                : keys[lhs].lexicographicallyPrecedes(keys[rhs])
        }
    }

    /// The indices of the requested markets; every id is checked and unknown ones get a suggestion.
    private static func selection(_ ids: [String], in config: SiteConfig) throws(BuildFailure) -> [Int] {
        let known = config.markets.map(\.id)
        guard !ids.isEmpty else { return Array(known.indices) }
        var problems: [LocGenError] = []
        for id in ids where !known.contains(id) {
            let hint =
                NameSuggestion.closest(to: id, in: known).map { "did you mean '\($0)'?" }
                ?? "the site's markets are \(known.map { "'\($0)'" }.joined(separator: ", "))"
            problems.append(LocGenError(.unknownMarket, "unknown market '\(id)'; \(hint)"))
        }
        guard problems.isEmpty else { throw BuildFailure(.configuration, problems) }
        return known.indices.filter { ids.contains(known[$0]) }
    }
}

/// The message bundles of the site's and the themes' `locales/` folders.
struct MessageBundles {
    /// Per folder (site first), each locale's messages.
    var folders: [[LocaleID: [String: String]]]

    /// The messages of one locale per folder (site, then each theme), `nil` where a folder has none.
    func lookup(_ locale: LocaleID) -> [[String: String]?] {
        folders.map { $0[locale] }
    }

    /// Loads every folder that exists; a bundle with problems is used as far as it loaded, with a warning to
    /// run `locgen validate`.
    static func load(_ directories: [String], warnings: inout [LocGenError]) -> MessageBundles {
        var folders: [[LocaleID: [String: String]]] = []
        for directory in directories {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue,
                let sources = try? BundleDiscovery.sources(in: [directory])
            else { continue }
            var bundles: [LocaleID: [String: String]] = [:]
            for (source, bundle) in zip(sources, loadAll(sources)) {
                for file in bundle.files {
                    if let problem = file.problems.first(where: { $0.severity == .error }) {
                        warnings.append(
                            LocGenError(
                                .buildWarning,
                                "\(problem.message); run 'locgen validate' for every problem in this bundle",
                                at: problem.location
                            )
                        )
                    }
                }
                guard let locale = source.locale else { continue }
                bundles[locale, default: [:]].merge(bundle.messages.mapValues(\.value)) { first, _ in first }
            }
            folders.append(bundles)
        }
        return MessageBundles(folders: folders)
    }
}

extension MessageBundles {
    /// The bundles of `sources`, in the same order, parsed on all cores: a theme has a bundle per locale
    /// it ships (24 in the default theme: 35 ms, a fiftieth of a 12,000-page build, when parsed one by one).
    private static func loadAll(_ sources: [BundleSource]) -> [LocaleBundle] {
        AllCores.map(sources.count) { LocaleBundle.load(sources[$0]) }
    }
}

/// A digest of the template folders, so that pages re-render when any template changes.
enum TemplateDigest {
    static func digest(of directories: [String]) -> UInt64 {
        var hash = StableHash()
        for (index, directory) in directories.enumerated() {
            hash.combine(UInt64(index))
            for path in files(under: directory) {
                hash.combine(path)
                if case .success(let bytes) = FileSystem.contents(of: directory + "/" + path) {
                    hash.combine(UInt64(bytes.count))
                    hash.combine(bytes: bytes)
                }
            }
        }
        return hash.value
    }

    /// Every file below a folder, as sorted relative paths; empty when the folder does not exist.
    private static func files(under directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            if case .success(let item) = FileSystem.item(at: directory + "/" + path), item.kind == .file {
                paths.append(path)
            }
        }
        return paths.sorted()
    }
}
