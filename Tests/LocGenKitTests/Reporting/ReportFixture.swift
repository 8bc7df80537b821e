import LocGenKit

/// A small, fixed run of `locgen validate`: errors and a warning in four files, a file-level error,
/// a CJK line and a tab, over seven files of which two are clean.
enum ReportFixture {
    static let diagnostics: [Diagnostic] = [
        Diagnostic(
            check: .pluralMissing,
            severity: .error,
            message: "plural is missing the 'few' and 'many' categories that ru needs (3 товара, 5 товаров)",
            location: SourceLocation(file: "locales/ru.yaml", line: 12, column: 24),
            key: "product.stock_left",
            locale: "ru",
            sourceLine: "  stock_left: \"{count, plural, one {Остался # товар} other {Осталось # товаров}}\""
        ),
        Diagnostic(
            check: .untranslated,
            severity: .warning,
            message: "'Checkout' is the same as in en; translate it, or list it in validate.allow-untranslated",
            location: SourceLocation(file: "locales/de.yaml", line: 20, column: 14),
            key: "cart.checkout",
            locale: "de",
            sourceLine: "  checkout: \"Checkout\""
        ),
        Diagnostic(
            check: .argumentUnknown,
            severity: .error,
            message: "argument 'nam' is not in the source message; did you mean 'name'?",
            location: SourceLocation(file: "locales/ja.yaml", line: 7, column: 17),
            key: "product.title",
            locale: "ja",
            sourceLine: "  title: \"商品の詳細 {nam}\""
        ),
        Diagnostic(
            check: .argumentUnknown,
            severity: .error,
            message: "argument 'prenom' is not in the source message, which has 'name'",
            location: SourceLocation(file: "locales/fr.yaml", line: 3, column: 22),
            key: "greeting",
            locale: "fr",
            sourceLine: "  greeting: \"Bonjour\t{prenom}\""
        ),
        Diagnostic(
            check: .invalidFileName,
            severity: .error,
            message: "'de_DE' is not a BCP 47 tag; rename the file to de-DE.yaml",
            location: SourceLocation(file: "locales/de_DE.yaml", line: 1, column: 1)
        ),
    ].sorted()

    static let files = [
        "locales/de.yaml", "locales/de_DE.yaml", "locales/en.yaml", "locales/es.yaml", "locales/fr.yaml",
        "locales/ja.yaml", "locales/ru.yaml",
    ]

    static let summary = ValidationSummary(
        files: files,
        messagesChecked: 5000,
        localesChecked: ["en", "de", "es", "fr", "ja", "ru"],
        diagnostics: diagnostics
    )

    static func render(_ format: ReportFormat, color: Bool = false) -> String {
        DiagnosticReporter(format: format, useColor: color, toolVersion: "0.1.0").render(diagnostics, summary: summary)
    }

    /// One finding with a given severity, for tests of a single line.
    static func finding(
        _ message: String = "a problem",
        file: String = "locales/de.yaml",
        line: Int = 3,
        column: Int = 5,
        severity: Severity = .error,
        check: Check.ID = .syntax,
        key: String? = "cart.add",
        sourceLine: String? = nil
    ) -> Diagnostic {
        Diagnostic(
            check: check,
            severity: severity,
            message: message,
            location: SourceLocation(file: file, line: line, column: column),
            key: key,
            locale: "de",
            sourceLine: sourceLine
        )
    }
}
