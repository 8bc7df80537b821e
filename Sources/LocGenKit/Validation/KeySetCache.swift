import LocGenICU
import Synchronization

/// The keys each locale's bundle defines, loaded at most once, for the fallback chain of missing keys.
///
/// Only key sets are kept, never whole bundles, so memory stays proportional to one locale.
final class KeySetCache: Sendable {
    private let sourcesByLocale: [LocaleID: BundleSource]
    private let sourceLocale: LocaleID
    private let sourceKeys: Set<String>
    private let loaded = Mutex<[LocaleID: Set<String>]>([:])

    init(sources: [BundleSource], sourceLocale: LocaleID, sourceKeys: Set<String>) {
        var byLocale: [LocaleID: BundleSource] = [:]
        for source in sources {
            if let locale = source.locale, byLocale[locale] == nil { byLocale[locale] = source }
        }
        sourcesByLocale = byLocale
        self.sourceLocale = sourceLocale
        self.sourceKeys = sourceKeys
    }

    /// The keys a locale's own bundle defines; the source locale provides every source key.
    func keys(of locale: LocaleID) -> Set<String> {
        if locale == sourceLocale { return sourceKeys }
        if let keys = loaded.withLock({ $0[locale] }) { return keys }
        guard let source = sourcesByLocale[locale] else { return [] }
        let keys = Set(LocaleBundle.load(source).messages.keys)
        loaded.withLock { $0[locale] = keys }
        return keys
    }
}
