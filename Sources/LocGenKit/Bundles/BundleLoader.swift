public import LocGenICU

/// Reads one locale bundle file, YAML or JSON, into messages that know the exact line and column
/// of every character, and the problems found on the way.
///
/// Loading never throws: a file that cannot be read, is not UTF-8, does not parse, or holds values
/// that are not text gives a ``BundleFile`` whose `problems` say so at the offending place.
public enum BundleLoader {
    /// Loads the bundle file at `path`, reported under `path` as given.
    ///
    /// `.json` files are read as JSON (one object, double-quoted strings), every other file as YAML.
    /// Checks, in order, each stopping the load when it fails: the file can be read (`parse-error`
    /// at 1:1), it is UTF-8 (`invalid-utf8` at the first bad byte), it has no control characters
    /// and it parses (`parse-error` where the parser stopped). Then every message is collected,
    /// with `duplicate-key` and `value-type` problems for the keys that cannot be messages.
    public static func load(path: String, locale: LocaleID?) -> BundleFile {
        var file = BundleFile(path: path, locale: locale, messages: [], problems: [], lines: [])
        var reporter = ProblemReporter(locale: locale, lines: [])
        let bytes: [UInt8]
        switch FileSystem.contents(of: path) {
        case .failure(let error):
            let location = SourceLocation(file: path, line: 1, column: 1)
            file.problems = [reporter.problem(.parseError, "cannot read '\(path)': \(error.reason)", at: location)]
            return file
        case .success(let contents):
            bytes = contents
        }
        let text = bytes.starts(with: UTF8Validation.byteOrderMark) ? Array(bytes.dropFirst(3)) : bytes
        let source: SourceText
        switch UTF8Validation.decode(text) {
        case .failure(let failure):
            file.lines = SourceText(Array(String(decoding: text, as: UTF8.self).unicodeScalars)).lines
            reporter.lines = file.lines
            file.problems = [invalidUTF8Problem(failure, in: text, path: path, reporter: reporter)]
            return file
        case .success(let scalars):
            source = SourceText(scalars)
        }
        file.lines = source.lines
        reporter.lines = file.lines
        if let index = source.firstDisallowedCharacter() {
            let digits = String(source.scalars[index].value, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
            let message = "the file contains the control character \(code), which YAML and JSON do not allow; delete it"
            file.problems = [reporter.problem(.parseError, message, at: source.location(of: index, in: path))]
            return file
        }
        let format = BundleFormat(path: path)
        switch BundleParser(source: source, path: path, format: format, reporter: reporter).parse() {
        case .failure(let failure):
            file.problems = [failure.problem]
        case .success(let parsed):
            var flattener = BundleFlattener(
                parsed: parsed,
                source: source,
                path: path,
                format: format,
                reporter: reporter
            )
            flattener.flatten(parsed.root)
            file.messages = flattener.messages
            file.problems = flattener.problems
        }
        return file
    }

    /// The `invalid-utf8` problem at the bad byte: its line, and its column counted in the
    /// characters before it on that line.
    private static func invalidUTF8Problem(
        _ failure: UTF8Validation.Failure,
        in bytes: [UInt8],
        path: String,
        reporter: ProblemReporter
    ) -> Diagnostic {
        // Everything before the bad byte decoded cleanly, so it counts as characters exactly.
        let before = SourceText(Array(String(decoding: bytes[..<failure.byteOffset], as: UTF8.self).unicodeScalars))
        let location = before.location(of: before.scalars.count, in: path)
        let message = "the file is not valid UTF-8: \(failure.explanation); save it with UTF-8 encoding"
        return reporter.problem(.invalidUTF8, message, at: location)
    }
}
