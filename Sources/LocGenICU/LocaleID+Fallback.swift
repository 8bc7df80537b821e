internal import CLocGenICU

extension LocaleID {
    /// The CLDR parent of this locale, or `nil` for root.
    ///
    /// Follows CLDR's parentLocales data from ICU (es-MX → es-419, en-IN → en-001,
    /// zh-Hant → root), which `uloc_getParent` ignores; a region tag whose likely script differs
    /// from its language's (zh-TW is Hant, zh is Hans) continues at language-script (zh-Hant).
    public var parent: LocaleID? {
        guard self != .root else { return nil }
        if script == nil, let region, region != "" {
            let withRegion = maximized
            let languageOnly = (try? LocaleID(language))?.maximized
            if let languageOnly, let regionScript = withRegion.script, regionScript != languageOnly.script,
                let scripted = try? LocaleID("\(language)-\(regionScript)")
            {
                return scripted
            }
        }
        guard
            let parentID = try? readString("find the parent of '\(tag)'", { locgen_locale_parent(icuID, $0, $1, $2) }),
            !parentID.isEmpty
        else { return nil }
        if parentID == "root" { return .root }
        guard let parentTag = try? readString("write '\(parentID)' as BCP 47", { locgen_locale_to_tag(parentID, $0, $1, $2) })
        else { return .root }
        return LocaleID(trustedTag: parentTag, icuID: parentID)
    }

    /// The locale and its ancestors up to, but not including, root: es-MX → es-419 → es.
    public var fallbackChain: [LocaleID] {
        var chain: [LocaleID] = []
        var current: LocaleID? = self
        while let locale = current, locale != .root, chain.count < 8 {
            chain.append(locale)
            current = locale.parent
        }
        return chain
    }
}
