import Foundation

/// The templates a site renders with: every `*.mustache` file of the site's template folder and the
/// theme's, parsed and checked once.
///
/// A template is named by its path below its folder without the extension (`product`,
/// `partials/price`, `layouts/base`). Partials and layouts resolve only to templates in the set, never
/// to paths on disk.
public struct TemplateSet: Sendable {
    /// The parsed templates, sorted by name; partial and parent tags hold indexes into this list.
    let templates: [ParsedTemplate]
    /// The index of each template in ``templates``, by name.
    let indexes: [String: Int]
    /// The file each template was read from, by name.
    let files: [String: String]

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
        let names = files.keys.sorted()
        let indexes = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        var errors: [LocGenError] = []
        var templates: [ParsedTemplate] = []
        var references: [String: [PartialReference]] = [:]
        for name in names {
            let file = files[name]!
            guard let data = FileManager.default.contents(atPath: file) else {
                errors.append(LocGenError(.unreadableFile, "cannot read the template '\(file)'"))
                continue
            }
            // CRLF is read as LF: locations count lines the same way, and pages come out the same on
            // every OS.
            let text = String(decoding: data, as: UTF8.self).replacing("\r\n", with: "\n")
            var parser = TemplateParser(text, templateIndexes: indexes)
            do {
                templates.append(ParsedTemplate(name: name, nodes: TemplateNode.coalescingTexts(try parser.parse())))
            } catch {
                let (line, column) = parser.lineAndColumn(of: error.offset)
                errors.append(
                    LocGenError(
                        .templateSyntax,
                        error.message,
                        at: SourceLocation(file: file, line: line, column: column)
                    )
                )
                continue
            }
            // Only templates that parsed are checked for partials: a broken one says where it broke.
            references[name] = parser.references
            errors += missingPartials(parser.missingPartials, file: file, names: names)
        }
        errors += cycles(references: references, files: files)
        guard errors.isEmpty else {
            let nowhere = SourceLocation(file: "", line: 0, column: 0)
            let sorted = errors.sorted { ($0.location ?? nowhere, $0.message) < ($1.location ?? nowhere, $1.message) }
            // A problem found twice (one file reached under two names) is reported once.
            var unique: [LocGenError] = []
            for error in sorted
            where unique.last.map({ $0.location != error.location || $0.message != error.message }) ?? true {
                unique.append(error)
            }
            throw TemplateErrors(errors: unique)
        }
        return TemplateSet(templates: templates, indexes: indexes, files: files)
    }

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
    static func missingPartials(_ references: [PartialReference], file: String, names: [String]) -> [LocGenError] {
        references.map { reference in
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
