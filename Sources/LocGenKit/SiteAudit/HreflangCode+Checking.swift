import LocGenICU

extension HreflangCode {
    /// Why Google would not accept an hreflang code, in a sentence with the fix, or `nil` when it is
    /// fine: `x-default`, or an ISO 639-1 language, an optional ISO 15924 script and an optional
    /// ISO 3166-1 alpha-2 region, joined by hyphens
    /// (https://developers.google.com/search/docs/specialty/international/localized-versions).
    static func problem(with code: String) -> String? {
        if code.lowercased() == "x-default" { return nil }
        if code.isEmpty { return "the hreflang code is empty; write a language such as 'de' or 'de-CH'" }
        if code.contains("_") {
            let fixed = code.replacing("_", with: "-")
            return "hreflang '\(code)' uses an underscore; hreflang codes use hyphens: '\(fixed)'"
        }
        let parts = code.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        let isLetters = { (part: String) in !part.isEmpty && part.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic } }
        let isDigits = { (part: String) in !part.isEmpty && part.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.numericType != nil } }
        guard isLetters(parts[0]), parts[0].count == 2 else {
            if isLetters(parts[0]), parts[0].count == 3 {
                return "hreflang '\(code)' starts with the three-letter code '\(parts[0])'; Google reads only ISO 639-1 two-letter languages"
            }
            return "hreflang '\(code)' does not start with an ISO 639-1 language such as 'de' or 'en'"
        }
        var rest = parts.dropFirst()
        if let script = rest.first, script.count == 4, isLetters(script) { rest = rest.dropFirst() }
        if let region = rest.first {
            if region.count == 3, isDigits(region) {
                return "hreflang '\(code)' has the UN M.49 region '\(region)', which Google does not support; list the countries ('es-MX', 'es-AR' …) or use the language alone ('\(parts[0])')"
            }
            guard region.count == 2, isLetters(region) else {
                return "hreflang '\(code)' has '\(region)' where an ISO 3166-1 region (two letters, such as 'CH') or an ISO 15924 script ('Hans') belongs"
            }
            rest = rest.dropFirst()
        }
        if let extra = rest.first {
            return "hreflang '\(code)' has the extra subtag '\(extra)'; Google reads only language, script and region"
        }
        do {
            _ = try LocaleID.parse(code)
        } catch {
            return "hreflang '\(code)': " + error.message
        }
        return nil
    }

    /// Whether `<html lang>` agrees with a page's hreflang code: the same language, and the same
    /// script and region wherever both name one (`de` agrees with `de-CH`; `de-AT` does not).
    static func agrees(htmlLang: String, hreflang: String) -> Bool {
        let lang = subtags(of: htmlLang)
        let code = subtags(of: hreflang)
        guard lang.language == code.language else { return false }
        if let a = lang.script, let b = code.script, a != b { return false }
        if let a = lang.region, let b = code.region, a != b { return false }
        return true
    }

    /// Language, script and region of a tag as written, in lower case; other subtags are ignored.
    private static func subtags(of tag: String) -> (language: String, script: String?, region: String?) {
        let parts = tag.lowercased().replacing("_", with: "-").split(separator: "-").map(String.init)
        var script: String?
        var region: String?
        for part in parts.dropFirst() {
            if part.count == 4, script == nil, region == nil { script = part } else if part.count == 2 || part.count == 3, region == nil { region = part }
        }
        return (parts.first ?? "", script, region)
    }
}
