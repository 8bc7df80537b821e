public import LocGenICU

/// Checks one message of a bundle, alone and against its source message.
///
/// Make one checker per locale and reuse it for every message of that locale's bundle: the plural rules and
/// everything else that depends only on the locale are prepared once, in ``init(locale:options:)``. A checker is
/// immutable, so tasks may share it.
public struct MessageChecker: Sendable {
    /// The locale of the bundle being checked.
    public let locale: LocaleID
    /// The options the checks read: the source locale, the untranslated allow list and the SEO budgets.
    public let options: ValidationOptions

    let cardinal: PluralCoverage
    let ordinal: PluralCoverage
    /// The locale's English name for messages ("Russian", "German (Switzerland)").
    let localeName: String
    /// How the locale's script ends sentences, and how the source locale's does.
    let endings: SentenceEnding.Conventions
    let sourceEndings: SentenceEnding.Conventions
    /// Whether the locale is a variant of the source's language (en-GB for an en source), where a text
    /// identical to the source is normal.
    let sharesSourceLanguage: Bool
    /// The title and description keys with their budgets.
    let seoFields: [SEOField]

    /// Prepares the checks for one locale: loads its cardinal and ordinal plural rules (shared through
    /// ``PluralRules/cached(locale:ordinal:)``).
    ///
    /// Throws when ICU has no plural rules for the locale.
    public init(locale: LocaleID, options: ValidationOptions) throws(ICUError) {
        self.locale = locale
        self.options = options
        self.cardinal = PluralCoverage(rules: try PluralRules.cached(locale: locale))
        self.ordinal = PluralCoverage(rules: try PluralRules.cached(locale: locale, ordinal: true))
        self.localeName = locale.displayName(in: try LocaleID("en"))
        let language = locale.language
        self.endings = SentenceEnding.Conventions(language: language)
        self.sourceEndings = SentenceEnding.Conventions(language: options.sourceLocale.language)
        self.sharesSourceLanguage = language == options.sourceLocale.language
        self.seoFields = SEOField.fields(of: options.seo)
    }

    /// Returns the findings for one message, in the order the checks run.
    ///
    /// `source` is `nil` when checking the source locale's own messages, or when the source has no such key
    /// (the caller reports obsolete keys); the checks that compare with the source then do not run. Findings carry
    /// no severity; the caller applies the configuration.
    ///
    /// An empty message gets only `empty`. A message that does not parse gets the syntax finding (`syntax`,
    /// `apostrophe`, `plural-other` or `select-other`) and the checks that read the raw text: `untranslated`,
    /// `whitespace`, `placeholder` and `seo-length`.
    public func check(key: String, value: String, source: SourceMessage?) -> [Finding] {
        let message = CheckedMessage(value)
        if message.isBlank { return [emptyFinding(message, hasSource: source != nil)] }
        let original = source?.prepared
        var findings: [Finding] = []
        if let pattern = message.pattern {
            checkApostrophes(message, pattern, into: &findings)
            checkPlurals(message, into: &findings)
            checkArguments(message, source: original, into: &findings)
            checkMarkup(message, pattern, source: original, into: &findings)
        } else if let error = message.syntaxError {
            findings.append(syntaxFinding(error, in: message))
        }
        if let original {
            checkUntranslated(message, source: original, into: &findings)
        }
        checkWhitespace(message, source: original, into: &findings)
        if let original {
            checkPunctuation(message, source: original, into: &findings)
            checkPlaceholders(message, source: original, into: &findings)
        }
        checkSEOLength(message, key: key, into: &findings)
        return findings
    }
}

/// A source-locale message that translations are checked against, parsed once and reused for every locale.
public struct SourceMessage: Sendable {
    /// The source text; setting it parses it again.
    public var value: String {
        didSet { prepared = CheckedMessage(value) }
    }
    /// The source text prepared for the checks: its scalars, parse, arguments and `other` path.
    private(set) var prepared: CheckedMessage

    /// The parsed source text, or `nil` when it does not parse; checks that compare structure then skip.
    package var pattern: MessagePattern? { prepared.pattern }

    /// Parses the source text.
    public init(value: String) {
        self.value = value
        self.prepared = CheckedMessage(value)
    }
}
