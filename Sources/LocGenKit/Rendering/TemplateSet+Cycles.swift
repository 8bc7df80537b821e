extension TemplateSet {
    /// Errors for templates that include themselves, through partials or layouts, outside any section.
    ///
    /// Such a template would recurse until the stack overflows and crash the build. Inclusion inside a
    /// `{{#…}}` or `{{^…}}` section stops when the data does (a menu rendering its children), so it is
    /// allowed. Each cycle is reported once, at its tag in the alphabetically first template on it.
    static func cycles(references: [String: [PartialReference]], files: [String: String]) -> [LocGenError] {
        var errors: [LocGenError] = []
        for start in references.keys.sorted() {
            for first in unconditionalIncludes(of: start, in: references) {
                guard let path = path(from: first.name, to: start, in: references),
                    path.allSatisfy({ $0 >= start })
                else { continue }
                let cycle = ([start] + path).joined(separator: " → ")
                errors.append(
                    LocGenError(
                        .templateSyntax,
                        "'\(start)' includes itself outside any section (\(cycle)), which never ends; "
                            + "put the partial inside a section or remove it",
                        at: SourceLocation(file: files[start]!, line: first.line, column: first.column)
                    )
                )
                break
            }
        }
        return errors
    }

    /// The partial and parent tags of a template that are always rendered and name a template.
    private static func unconditionalIncludes(
        of name: String,
        in references: [String: [PartialReference]]
    ) -> [PartialReference] {
        (references[name] ?? []).filter { !$0.isConditional && references[$0.name] != nil }
    }

    /// The names on a shortest chain of unconditional includes from `source` to `target`, both included.
    private static func path(
        from source: String,
        to target: String,
        in references: [String: [PartialReference]]
    ) -> [String]? {
        var previous: [String: String] = [source: source]
        var queue = [source]
        var head = 0
        while head < queue.count {
            let name = queue[head]
            head += 1
            if name == target {
                var path = [name]
                while let before = previous[path[0]], before != path[0] { path.insert(before, at: 0) }
                return path
            }
            for include in unconditionalIncludes(of: name, in: references) where previous[include.name] == nil {
                previous[include.name] = name
                queue.append(include.name)
            }
        }
        return nil
    }
}
