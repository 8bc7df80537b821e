import LocGenICU

/// Makes the diagnostics of one bundle file: errors of the `files` area, carrying the file's locale
/// and the text of the line they point at.
struct ProblemReporter {
    var locale: LocaleID?
    /// The file's lines, as ``SourceText/lines`` splits them.
    var lines: [String]

    func problem(_ check: Check.ID, _ message: String, at location: SourceLocation, key: String? = nil) -> Diagnostic {
        let sourceLine = location.line >= 1 && location.line <= lines.count ? lines[location.line - 1] : nil
        return Diagnostic(
            check: check,
            severity: .error,
            message: message,
            location: location,
            key: key,
            locale: locale?.tag,
            sourceLine: sourceLine
        )
    }

    /// A key defined a second time, reported at the second place and naming the first.
    func duplicateKey(_ key: String, at location: SourceLocation, firstDefinedAt first: SourceLocation) -> Diagnostic {
        problem(
            .duplicateKey,
            "key '\(key)' is already defined at \(first); remove one of them",
            at: location,
            key: key
        )
    }
}
