import Foundation
import Mustache

/// The templates a site renders with: every `*.mustache` file of the site's template folder and the
/// theme's, parsed and checked once.
///
/// A template is named by its path below its folder without the extension (`product`,
/// `partials/price`, `layouts/base`). Partials and layouts resolve only to templates in the set, never
/// to paths on disk.
public struct TemplateSet: Sendable {
    /// The parsed templates by name, as swift-mustache looks partials up.
    let library: MustacheLibrary
    /// The file each template was read from, by name.
    let files: [String: String]
    /// The last part of every name a dynamic partial (`{{>*product.kind}}`) takes its template from
    /// (`kind`): swift-mustache only reads such a name's value as a plain `String`.
    let dynamicPartialNames: Set<String>

    /// The names of all templates, sorted.
    public var names: [String] { files.keys.sorted() }

    /// The file a template was read from.
    public func file(of name: String) -> String? { files[name] }

    /// Loads every `*.mustache` file below `directories`, given in priority order: a template in an
    /// earlier folder (the site's `templates/`) hides one of the same name in a later one (the theme's).
    ///
    /// A folder that does not exist is skipped. Throws every syntax error, unreadable file and partial
    /// or layout that names no template, sorted by file, line and column.
    public static func load(directories: [String]) throws(TemplateErrors) -> TemplateSet {
        var files: [String: String] = [:]
        for directory in directories {
            for (name, file) in templateFiles(in: directory) where files[name] == nil {
                files[name] = file
            }
        }
        var errors: [LocGenError] = []
        var templates: [String: MustacheTemplate] = [:]
        var texts: [String: String] = [:]
        for (name, file) in files.sorted(by: { $0.key < $1.key }) {
            guard let data = FileManager.default.contents(atPath: file) else {
                errors.append(LocGenError(.unreadableFile, "cannot read the template '\(file)'"))
                continue
            }
            // swift-mustache compares Characters with "\n" to find a line's start, and "\r\n" is one
            // Character, so in a CRLF file every error column would count from the top of the file.
            // Reading CRLF as LF keeps locations right and makes the output the same on every OS.
            let text = String(decoding: data, as: UTF8.self).replacing("\r\n", with: "\n")
            texts[name] = text
            do {
                templates[name] = try parse(text)
            } catch let error as MustacheTemplate.ParserError {
                errors.append(TemplateSyntaxError.error(error, file: file, lineOffset: 1))
            } catch {
                errors.append(
                    LocGenError(.templateSyntax, "\(error)", at: SourceLocation(file: file, line: 1, column: 1))
                )
            }
        }
        // Only templates that parsed are scanned: the scan trusts the tags to be well formed.
        let names = files.keys.sorted()
        var references: [String: [PartialReference]] = [:]
        var dynamicPartialNames: Set<String> = []
        for name in templates.keys.sorted() {
            references[name] = PartialReference.references(in: texts[name]!)
            for dynamic in PartialReference.dynamicNames(in: texts[name]!) {
                dynamicPartialNames.insert(String(dynamic.split(separator: ".").last ?? Substring(dynamic)))
            }
            errors += missingPartials(in: references[name]!, file: files[name]!, names: names)
        }
        errors += cycles(references: references, files: files)
        guard errors.isEmpty else {
            let nowhere = SourceLocation(file: "", line: 0, column: 0)
            let sorted = errors.sorted { ($0.location ?? nowhere, $0.message) < ($1.location ?? nowhere, $1.message) }
            // A problem found twice (a template parsed under two names) is reported once.
            var unique: [LocGenError] = []
            for error in sorted where unique.last.map({ $0.location != error.location || $0.message != error.message }) ?? true {
                unique.append(error)
            }
            throw TemplateErrors(errors: unique)
        }
        var library = templates
        for (name, template) in templates where library[parentName(of: name)] == nil {
            library[parentName(of: name)] = template
        }
        return TemplateSet(
            library: MustacheLibrary(templates: library),
            files: files,
            dynamicPartialNames: dynamicPartialNames
        )
    }

    /// Parses a template so that it renders with locgen's HTML escaper.
    ///
    /// swift-mustache starts every template, partial included, with its own HTML content type; the only
    /// way to switch is a pragma in the template. It goes on a line of its own, which the parser drops
    /// as a standalone tag, so the output is unchanged and error lines are off by exactly one.
    ///
    /// swift-mustache 2.1.1 reads a closing tag's name without `/`, so `{{< layouts/base}}…{{/layouts/base}}`
    /// never closes. Parent and closing tags therefore have `/` replaced by `.` (same length, so error
    /// columns stay right), and the library also knows each template under that dotted name.
    static func parse(_ text: String) throws -> MustacheTemplate {
        _ = registeredContentType
        var scalars = Array(text.unicodeScalars)
        for tag in PartialReference.references(in: text) where tag.kind != .partial {
            for index in tag.nameRange where scalars[index] == "/" { scalars[index] = "." }
        }
        let rewritten = String(String.UnicodeScalarView(scalars))
        return try MustacheTemplate(string: "{{% CONTENT_TYPE: \(EscapingHTMLContentType.name) }}\n" + rewritten)
    }

    /// The name a parent tag is looked up by after ``parse(_:)`` rewrote it.
    static func parentName(of name: String) -> String {
        String(name.map { $0 == "/" ? "." : $0 })
    }

    /// Registers the escaping content type once, before the first template is parsed.
    private static let registeredContentType: Void = {
        MustacheContentTypes.register(EscapingHTMLContentType(), named: EscapingHTMLContentType.name)
    }()

    /// The `*.mustache` files below a folder, by template name.
    static func templateFiles(in directory: String) -> [(name: String, file: String)] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        var found: [(name: String, file: String)] = []
        for case let path as String in enumerator where path.hasSuffix(".mustache") {
            found.append((String(path.dropLast(".mustache".count)), base + path))
        }
        return found.sorted { $0.name < $1.name }
    }

    /// Errors for the partial and parent tags of a template that name no template in the set.
    static func missingPartials(in references: [PartialReference], file: String, names: [String]) -> [LocGenError] {
        let known = Set(names)
        return references.filter { $0.kind != .close && !known.contains($0.name) }.map { reference in
            var message = "partial '\(reference.name)' does not exist"
            if let suggestion = NameSuggestion.closest(to: reference.name, in: names) {
                message += "; did you mean '\(suggestion)'?"
            }
            return LocGenError(
                .missingTemplate,
                message,
                at: SourceLocation(file: file, line: reference.line, column: reference.column)
            )
        }
    }
}
