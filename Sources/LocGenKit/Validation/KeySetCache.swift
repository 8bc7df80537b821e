import LocGenICU
import Synchronization

/// The keys each locale's bundle defines, loaded at most once, for the fallback chain of missing keys.
///
/// Only key sets are kept, never whole bundles, so memory stays proportional to one locale. A bundle being
/// checked records its keys here, and the validator checks parents before children, so a parent's bundle is
/// read once; a parent that is not itself checked (a child validated alone) is read for its keys only.
final class KeySetCache: Sendable {
    private let sourcesByLocale: [LocaleID: BundleSource]
    private let sourceLocale: LocaleID
    private let sourceKeys: Set<String>
    /// The locales some bundle falls back to: the only ones whose keys are worth keeping.
    private let parents: Set<LocaleID>
    /// How many bundles were read here for their keys alone (a parent not checked itself).
    let reads = Atomic<Int>(0)
    private let loaded = Mutex<[LocaleID: Set<String>]>([:])

    init(sources: [BundleSource], sourceLocale: LocaleID, sourceKeys: Set<String>) {
        var byLocale: [LocaleID: BundleSource] = [:]
        for source in sources {
            if let locale = source.locale, byLocale[locale] == nil { byLocale[locale] = source }
        }
        sourcesByLocale = byLocale
        parents = Set(byLocale.keys.flatMap { $0.fallbackChain.dropFirst() })
        self.sourceLocale = sourceLocale
        self.sourceKeys = sourceKeys
    }

    /// Keeps the keys of a bundle that was loaded anyway, for its children.
    func record(_ keys: Set<String>, of locale: LocaleID) {
        guard locale != sourceLocale, parents.contains(locale) else { return }
        loaded.withLock { $0[locale] = keys }
    }

    /// The keys a locale's own bundle defines; the source locale provides every source key.
    func keys(of locale: LocaleID) -> Set<String> {
        if locale == sourceLocale { return sourceKeys }
        if let keys = loaded.withLock({ $0[locale] }) { return keys }
        guard let source = sourcesByLocale[locale] else { return [] }
        let keys = Set(LocaleBundle.load(source).messages.keys)
        reads.add(1, ordering: .relaxed)
        loaded.withLock { $0[locale] = keys }
        return keys
    }
}
