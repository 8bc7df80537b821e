import LocGenICU

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

extension BuildInputs {
    /// Hashes what decides a shard's pages, by content only, so that machines checking out the same
    /// commit agree: the build options, the configuration, catalog and rates files' bytes, the templates
    /// and messages, the ICU version and the size of the locgen executable.
    ///
    /// ``digest(of:request:)`` also hashes paths and modification times, which differ on every CI machine.
    /// `static/` is left out: `locgen merge` copies it from its own site folder. The shard itself is left
    /// out too, so every shard of one build, and the merge, have the same digest.
    static func shardDigest(of site: SitePlan, request: BuildRequest) -> UInt64 {
        var hash = StableHash()
        hash.combine("locgen-shard-inputs-1")
        combineOptions(of: request, into: &hash)
        hash.combine(site.templatesDigest)
        for market in site.markets { hash.combine(market.messageDigest) }
        for path in [request.configPath, site.catalogPath, site.config.ratesPath ?? ""] {
            if path.isEmpty { hash.combine("none") } else { combineFile(path, into: &hash) }
        }
        hash.combine(ICU.version)
        // A cheap stand-in for the locgen version: hashing the executable's bytes would cost a second in a
        // debug build, and another build of locgen almost always differs in size.
        var status = stat()
        hash.combine(stat("/proc/self/exe", &status) == 0 ? UInt64(status.st_size) : 0)
        return hash.value
    }
}
