internal import CLocGenICU

/// Turns user input into a canonical ``LocaleID``, with the checks ICU alone does not make.
enum LocaleTagParser {
    /// Codes people often write for a language, with the code they meant.
    static let languageSlips: [String: String] = [
        "jp": "ja", "cn": "zh", "gr": "el", "dk": "da", "cz": "cs", "kr": "ko", "vn": "vi",
        "ua": "uk", "sp": "es", "ge": "ka", "iw": "he", "in": "id", "ji": "yi", "gb": "en", "us": "en",
        "br": "pt-BR", "mx": "es-MX", "ch": "de-CH", "at": "de-AT", "se": "sv", "rs": "sr", "ee": "et",
        "si": "sl", "by": "be", "kz": "kk", "dz": "ar-DZ", "eg": "ar-EG", "tw": "zh-TW",
    ]
    /// Region codes people often write, with the ISO 3166 code they meant.
    static let regionSlips: [String: String] = ["UK": "GB", "EN": "GB", "EL": "GR", "JA": "JP", "KO": "KR", "DA": "DK"]

    static func parse(_ input: String) throws(ICUError) -> ParsedLocale {
        let text = input.trimmingWhitespace()
        guard !text.isEmpty else {
            throw ICUError(.invalidLocale, "empty locale tag; expected a BCP 47 tag such as 'en-US'")
        }
        var notes: [String] = []
        guard text.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-" || $0 == "_") }) else {
            throw ICUError(
                .invalidLocale,
                "'\(input)' is not a BCP 47 tag: use letters, digits and '-' only, as in 'de-CH'"
            )
        }
        var bcp47 = text
        if text.contains("_") {
            bcp47 = text.replacing("_", with: "-")
            notes.append("'\(text)' is ICU's locale ID form; the BCP 47 tag is '\(bcp47)'")
        }
        if bcp47.lowercased() == "root" {
            return ParsedLocale(locale: .root, notes: notes)
        }
        var parsedLength: Int32 = 0
        let icuID = try readString("parse the locale tag '\(input)'") {
            locgen_locale_from_tag(bcp47, $0, $1, $2, &parsedLength)
        }
        if Int(parsedLength) == bcp47.utf8.count, icuID.isEmpty || icuID.hasPrefix("_") {
            throw ICUError(.invalidLocale, "'\(input)' names no language; start the tag with one, as in 'en-US'")
        }
        guard Int(parsedLength) == bcp47.utf8.count else {
            throw ICUError(
                .invalidLocale,
                "'\(input)' is not a well-formed BCP 47 tag (problem at character \(Int(parsedLength) + 1))",
                offset: Int(parsedLength)
            )
        }
        // Slips such as en-UK are checked as written: CLDR's alias data would quietly turn UK into GB.
        try checkSlips(in: icuID, input: input)
        let canonicalID = try readString("canonicalize '\(input)'") { locgen_locale_canonicalize(icuID, $0, $1, $2) }
        let tag = try readString("write '\(input)' as BCP 47") { locgen_locale_to_tag(canonicalID, $0, $1, $2) }
        try checkSubtags(of: canonicalID, input: input)
        if tag != bcp47 && !text.contains("_") {
            notes.append("'\(text)' is canonically written '\(tag)'")
        } else if text.contains("_") && tag != bcp47 {
            notes.append("the canonical form of '\(bcp47)' is '\(tag)'")
        }
        return ParsedLocale(locale: LocaleID(trustedTag: tag, icuID: canonicalID), notes: notes)
    }

    /// Rejects the codes people often write by mistake, with the code they meant.
    private static func checkSlips(in icuID: String, input: String) throws(ICUError) {
        let language = try part(.language, of: icuID)
        if let slip = languageSlips[language.lowercased()], try name(of: .language, code: language).isEmpty {
            throw ICUError(.invalidLocale, "unknown language '\(language)' in '\(input)'; did you mean '\(slip)'?")
        }
        let region = try part(.region, of: icuID)
        if let slip = regionSlips[region.uppercased()] {
            let suggestion = input.replacing(region, with: slip)
            throw ICUError(
                .invalidLocale,
                "unknown region '\(region)' in '\(input)'; did you mean '\(suggestion)'? (ISO 3166 uses '\(slip)')"
            )
        }
    }

    /// Rejects a syntactically fine tag whose language, script or region ICU has never heard of.
    private static func checkSubtags(of icuID: String, input: String) throws(ICUError) {
        let language = try part(.language, of: icuID)
        if language.isEmpty || language == "und" {
            throw ICUError(.invalidLocale, "'\(input)' names no language; start the tag with one, as in 'en-US'")
        }
        if let slip = languageSlips[language.lowercased()], try name(of: .language, code: language).isEmpty {
            throw ICUError(.invalidLocale, "unknown language '\(language)' in '\(input)'; did you mean '\(slip)'?")
        }
        if try name(of: .language, code: language).isEmpty {
            throw ICUError(
                .invalidLocale,
                "unknown language '\(language)' in '\(input)'; use an ISO 639 code such as 'en', 'de' or 'zh'"
            )
        }
        let script = try part(.script, of: icuID)
        if !script.isEmpty, try name(of: .script, code: script).isEmpty {
            throw ICUError(
                .invalidLocale,
                "unknown script '\(script)' in '\(input)'; use an ISO 15924 code such as 'Latn', 'Hans' or 'Cyrl'"
            )
        }
        let region = try part(.region, of: icuID)
        if !region.isEmpty {
            if let slip = regionSlips[region.uppercased()] {
                let suggestion = input.replacing(region, with: slip)
                throw ICUError(
                    .invalidLocale,
                    "unknown region '\(region)' in '\(input)'; did you mean '\(suggestion)'? (ISO 3166 uses '\(slip)')"
                )
            }
            if try name(of: .region, code: region).isEmpty {
                throw ICUError(
                    .invalidLocale,
                    "unknown region '\(region)' in '\(input)'; use an ISO 3166 code such as 'US' or a UN M.49 code such as '419'"
                )
            }
        }
    }

    enum Part: Int32 { case language = 0, script = 1, region = 2, variant = 3 }

    static func part(_ part: Part, of icuID: String) throws(ICUError) -> String {
        try readString("read a locale part of '\(icuID)'") {
            locgen_locale_part(icuID, LocGenLocalePart(rawValue: UInt32(part.rawValue)), $0, $1, $2)
        }
    }

    static func name(of part: Part, code: String) throws(ICUError) -> String {
        try readString("name the code '\(code)'") {
            locgen_locale_code_name(LocGenLocalePart(rawValue: UInt32(part.rawValue)), code, $0, $1, $2)
        }
    }
}
