import LocGenICU

/// What checking one locale produced.
struct LocaleResult: Sendable {
    var locale: String?
    var files: [String]
    var messageCount: Int
    var diagnostics: [Diagnostic]
}

extension Validator {
    /// Loads and checks one translated locale against the source.
    static func check(
        source: BundleSource,
        sourceMessages: SourceCatalog,
        keySets: KeySetCache,
        options: ValidationOptions
    ) -> LocaleResult {
        let bundle = LocaleBundle.load(source)
        if source.locale == nil {
            // Files not named after a locale: their name and what is wrong with reading them are
            // reported (the loader puts the name problem first), but no message can be checked
            // against rules of an unknown locale.
            let diagnostics = bundle.files.flatMap(\.problems)
            return LocaleResult(locale: nil, files: source.files, messageCount: 0, diagnostics: resolve(diagnostics, options))
        }
        keySets.record(Set(bundle.messages.keys), of: bundle.locale)
        return check(bundle: bundle, source: sourceMessages, keySets: keySets, options: options)
    }

    /// Checks a loaded bundle; `source` is nil for the source locale itself.
    static func check(
        bundle: LocaleBundle,
        source: SourceCatalog?,
        keySets: KeySetCache,
        options: ValidationOptions
    ) -> LocaleResult {
        var diagnostics: [Diagnostic] = []
        let localeTag = bundle.locale.tag
        for file in bundle.files {
            diagnostics += file.problems
        }
        let checker: MessageChecker
        do {
            checker = try MessageChecker(locale: bundle.locale, options: options)
        } catch {
            let file = bundle.files.first?.path ?? localeTag
            diagnostics.append(
                Diagnostic(
                    check: .invalidFileName,
                    severity: .error,
                    message: "ICU cannot check messages for '\(localeTag)': \(error.message)",
                    location: SourceLocation(file: file, line: 1, column: 1),
                    locale: localeTag
                )
            )
            return LocaleResult(locale: localeTag, files: bundle.files.map(\.path), messageCount: 0, diagnostics: resolve(diagnostics, options))
        }
        var messageCount = 0
        for file in bundle.files {
            for message in file.messages {
                messageCount += 1
                let sourceMessage = source?.messages[message.key]
                if let source, sourceMessage == nil {
                    diagnostics.append(
                        Diagnostic(
                            check: .obsoleteKey,
                            severity: .warning,
                            message: "'\(message.key)' is not in the source locale \(source.locale); remove it or add it to \(source.fileName)",
                            location: message.keyLocation,
                            key: message.key,
                            locale: localeTag
                        )
                    )
                }
                for finding in checker.check(key: message.key, value: message.value, source: sourceMessage?.message) {
                    let location = finding.offset.map { message.location(ofOffset: $0) } ?? message.keyLocation
                    diagnostics.append(
                        Diagnostic(
                            check: finding.check,
                            severity: .error,
                            message: finding.message,
                            location: location,
                            key: message.key,
                            locale: localeTag
                        )
                    )
                }
            }
        }
        if let source {
            diagnostics += missingKeys(in: bundle, source: source, keySets: keySets)
        }
        var resolved = resolve(diagnostics, options)
        // Attach the line text for the caret, from the file each finding points into.
        let linesByFile = Dictionary(bundle.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for index in resolved.indices {
            if let file = linesByFile[resolved[index].location.file] {
                resolved[index].sourceLine = file.line(resolved[index].location.line)
            }
        }
        return LocaleResult(locale: localeTag, files: bundle.files.map(\.path), messageCount: messageCount, diagnostics: resolved)
    }

    /// Source keys that neither this locale nor any CLDR parent between it and the source provides.
    static func missingKeys(in bundle: LocaleBundle, source: SourceCatalog, keySets: KeySetCache) -> [Diagnostic] {
        // A bundle in the source's own language (en-GB for an en-US source) holds only what differs:
        // every other message falls back to the source text, which is already in that language.
        guard bundle.locale.language != source.locale.language else { return [] }
        var available = Set(bundle.messages.keys)
        for ancestor in bundle.locale.fallbackChain.dropFirst() {
            available.formUnion(keySets.keys(of: ancestor))
        }
        let file = bundle.files.first?.path ?? bundle.locale.tag
        var missing: [Diagnostic] = []
        for key in source.orderedKeys where !available.contains(key) {
            let place = source.messages[key].map { " (source: \($0.location))" } ?? ""
            missing.append(
                Diagnostic(
                    check: .missingKey,
                    severity: .error,
                    message: "no translation for '\(key)'\(place); add it here or in a parent locale's bundle",
                    location: SourceLocation(file: file, line: 1, column: 1),
                    key: key,
                    locale: bundle.locale.tag
                )
            )
        }
        return missing
    }

    /// Applies configuration and `--strict` to each finding's severity; drops findings of checks turned off.
    static func resolve(_ diagnostics: [Diagnostic], _ options: ValidationOptions) -> [Diagnostic] {
        diagnostics.compactMap { diagnostic in
            guard let severity = options.severity(of: diagnostic.check, key: diagnostic.key) else { return nil }
            var resolved = diagnostic
            resolved.severity = severity
            return resolved
        }
    }
}

/// The source locale's messages, parsed once and shared by every locale's check.
struct SourceCatalog: Sendable {
    struct Entry: Sendable {
        var message: SourceMessage
        var location: SourceLocation
    }

    var locale: LocaleID
    var fileName: String
    var messages: [String: Entry]
    /// Keys in file order, so missing keys are reported in the order a translator reads them.
    var orderedKeys: [String]

    var keys: Set<String> { Set(messages.keys) }

    init(bundle: LocaleBundle) {
        locale = bundle.locale
        fileName = bundle.files.first?.path ?? bundle.locale.tag
        var messages: [String: Entry] = [:]
        var orderedKeys: [String] = []
        for file in bundle.files {
            for message in file.messages where messages[message.key] == nil {
                messages[message.key] = Entry(message: SourceMessage(value: message.value), location: message.keyLocation)
                orderedKeys.append(message.key)
            }
        }
        self.messages = messages
        self.orderedKeys = orderedKeys
    }
}
