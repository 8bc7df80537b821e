public import LocGenICU

/// The hreflang code of a locale as Google accepts it: an ISO 639-1 language, an optional ISO 15924
/// script and an optional ISO 3166-1 region, joined by hyphens (`de-CH`, `zh-Hans-CN`).
///
/// Google supports no UN M.49 region such as `419` ("Latin America"): such a region is left out, so
/// `es-419` becomes `es` (the language for every market it does not list; see
/// https://developers.google.com/search/docs/specialty/international/localized-versions). Variants
/// and extensions are left out too. Codes never use underscores.
public enum HreflangCode {
    /// The hreflang code for a locale.
    public static func code(for locale: LocaleID) -> String {
        var parts = [locale.language]
        if let script = locale.script { parts.append(script) }
        if let region = locale.region, region.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) {
            parts.append(region)
        }
        return parts.joined(separator: "-")
    }

    /// The Open Graph locale (`de_DE`): language and region with an underscore, as Facebook reads it;
    /// a locale with no region gets its likely one (`de` → `de_DE`).
    public static func openGraphLocale(for locale: LocaleID) -> String {
        let region = locale.region ?? locale.maximized.region
        guard let region, region.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else {
            return locale.language
        }
        return locale.language + "_" + region
    }
}
