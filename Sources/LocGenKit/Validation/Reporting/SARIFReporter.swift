/// Findings as a SARIF 2.1.0 log with one run, in the subset GitHub code scanning reads
/// (docs.github.com, "SARIF support for code scanning").
///
/// The driver lists every check of ``Check/all`` as a rule, in that order, so a result's `ruleIndex`
/// is stable between runs; a finding from a check locgen does not list gets a rule appended after
/// them. Locations are relative URIs, resolved against the repository root by code scanning, so run
/// `locgen validate` from the root. `partialFingerprints` are left to `upload-sarif`, which computes
/// them from the files it uploads.
struct SARIFReporter {
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    var toolVersion: String
    var informationURI: String?
    /// The checks listed as rules: ``Check/all`` for `locgen validate`, ``Check/site`` for `locgen seo check`.
    var checks: [Check] = Check.all

    func render(_ diagnostics: [Diagnostic]) -> String {
        let rules = SARIFReporter.rules(for: diagnostics, checks: checks)
        var ruleIndex: [Check.ID: Int] = [:]
        for (index, rule) in rules.enumerated() { ruleIndex[rule.id] = index }
        var driver: [(String, JSONText)] = [("name", .string("locgen"))]
        if let informationURI { driver.append(("informationUri", .string(informationURI))) }
        driver += [
            ("version", .string(toolVersion)),
            ("rules", .array(rules.map(SARIFReporter.rule))),
        ]
        let run = JSONText.object([
            ("tool", .object([("driver", .object(driver))])),
            // locgen counts columns in Unicode scalars, as SourceLocation says.
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(diagnostics.map { SARIFReporter.result($0, ruleIndex: ruleIndex[$0.check]!) })),
        ])
        let log = JSONText.object([
            ("$schema", .string(SARIFReporter.schema)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ])
        return log.rendered + "\n"
    }

    /// Every known check, then any other check id the findings use, sorted.
    static func rules(for diagnostics: [Diagnostic], checks: [Check] = Check.all) -> [Check] {
        let known = Set(checks.map(\.id))
        let others = Set(diagnostics.map(\.check)).subtracting(known).sorted()
        return checks + others.map { Check(id: $0, area: .files, defaultSeverity: .error, summary: $0.rawValue) }
    }

    static func rule(_ check: Check) -> JSONText {
        let isSiteCheck = check.id.rawValue.hasPrefix("seo.")
        let help =
            isSiteCheck
            ? "\(check.summary). See docs/SEO.md for what it checks and how to fix it."
            : "\(check.summary). Set its level in locgen.yaml under validate.checks: '\(check.id): error', "
            + "'warning' or 'off'."
        return .object([
            ("id", .string(check.id.rawValue)),
            ("shortDescription", .object([("text", .string(check.summary))])),
            ("fullDescription", .object([("text", .string(check.summary))])),
            ("help", .object([("text", .string(help))])),
            ("defaultConfiguration", .object([("level", .string(check.defaultSeverity.rawValue))])),
            ("properties", .object([("tags", .array([.string(isSiteCheck ? "seo" : "localization"), .string(check.area.rawValue)]))])),
        ])
    }

    static func result(_ diagnostic: Diagnostic, ruleIndex: Int) -> JSONText {
        var region: [(String, JSONText)] = [("startLine", .int(max(1, diagnostic.location.line)))]
        if diagnostic.location.line >= 1 && diagnostic.location.column >= 1 {
            region.append(("startColumn", .int(diagnostic.location.column)))
        }
        let physicalLocation = JSONText.object([
            ("artifactLocation", .object([("uri", .string(artifactURI(for: diagnostic.location.file)))])),
            ("region", .object(region)),
        ])
        var result: [(String, JSONText)] = [
            ("ruleId", .string(diagnostic.check.rawValue)),
            ("ruleIndex", .int(ruleIndex)),
            ("level", .string(diagnostic.severity.rawValue)),
            ("message", .object([("text", .string(diagnostic.message))])),
            ("locations", .array([.object([("physicalLocation", physicalLocation)])])),
        ]
        var properties: [(String, JSONText)] = []
        if let key = diagnostic.key { properties.append(("key", .string(key))) }
        if let locale = diagnostic.locale { properties.append(("locale", .string(locale))) }
        if !properties.isEmpty { result.append(("properties", .object(properties))) }
        return .object(result)
    }

    /// A path as a URI reference (RFC 3986): forward slashes, no leading `./`, and every byte other
    /// than an unreserved character or `/` percent-encoded as UTF-8, so spaces, `#`, `%` and
    /// non-ASCII names survive. Absolute paths become `file://` URIs.
    static func artifactURI(for path: String) -> String {
        var path = path.replacing("\\", with: "/")
        while path.hasPrefix("./") { path.removeFirst(2) }
        var uri = path.hasPrefix("/") ? "file://" : ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                uri.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                uri += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return uri
    }
}
