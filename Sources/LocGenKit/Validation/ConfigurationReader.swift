import LocGenICU
import Yams

/// Reads the validation settings out of the YAML of `locgen.yaml`, collecting every problem with
/// its position instead of stopping at the first, so a user can fix them all in one go.
struct ConfigurationReader {
    /// The path as the user gave it, used in every location.
    let file: String
    /// The problems found so far, in file order within each section.
    private(set) var problems: [LocGenError] = []

    static let topLevelKeys = ["source-locale", "validate"]
    static let validateKeys = ["checks", "keys", "allow-untranslated", "seo"]
    static let seoKeys = ["titles", "descriptions", "title-width", "description-width"]

    init(file: String) { self.file = file }

    /// The options the document sets, or `nil` when no source locale could be had; check
    /// ``problems`` either way.
    mutating func options(from root: Node?, overridingSource: String?) -> ValidationOptions? {
        let settings: [Entry]
        if let root, !Self.isNull(root) {
            guard root.mapping != nil else {
                report("expected settings such as 'source-locale: en', not \(Self.describe(root))", at: root)
                return nil
            }
            settings = entries(of: root, in: "locgen.yaml", expecting: "")
        } else {
            settings = []
        }
        var options = ValidationOptions(sourceLocale: .root)
        var sourceLocale: LocaleID?
        var hasSourceLocale = false
        for entry in settings {
            switch entry.name {
            case "source-locale":
                hasSourceLocale = true
                sourceLocale = locale(entry.value)
            case "validate":
                readValidateSection(entry.value, into: &options)
            default:
                // Other top-level sections belong to the build; only slips of ours (three edits at
                // most, so a build section such as `source:` is not taken for `source-locale`) are
                // reported.
                let present = Set(settings.map(\.name))
                let name = NameSuggestion.normalized(entry.name)
                let nearest = Self.topLevelKeys.min {
                    NameSuggestion.distance(name, NameSuggestion.normalized($0))
                        < NameSuggestion.distance(name, NameSuggestion.normalized($1))
                }
                if let intended = nearest, !present.contains(intended),
                    NameSuggestion.distance(name, NameSuggestion.normalized(intended)) <= 3
                {
                    report("unknown setting '\(entry.name)'; did you mean '\(intended)'?", at: entry.key)
                }
            }
        }
        if let overridingSource {
            do {
                sourceLocale = try LocaleID(overridingSource)
            } catch {
                sourceLocale = nil
                problems.append(LocGenError(.invalidConfiguration, "invalid --source locale: \(error.message)"))
            }
        } else if !hasSourceLocale {
            report("'source-locale' is missing; add one such as 'source-locale: en', or pass --source", at: root)
        }
        guard let sourceLocale else { return nil }
        options.sourceLocale = sourceLocale
        return options
    }

    private mutating func locale(_ node: Node) -> LocaleID? {
        guard let text = node.scalar?.string else {
            report("expected a locale tag such as 'en' for 'source-locale', not \(Self.describe(node))", at: node)
            return nil
        }
        do {
            return try LocaleID(text)
        } catch {
            report("invalid 'source-locale': \(error.message)", at: node)
            return nil
        }
    }

    private mutating func readValidateSection(_ node: Node, into options: inout ValidationOptions) {
        let expected = "checks, keys, allow-untranslated or seo"
        for entry in entries(of: node, in: "validate", expecting: expected) {
            switch entry.name {
            case "checks":
                options.checkSeverities = severities(entry.value, in: "validate.checks")
            case "keys":
                options.keyRules = keyRules(entry.value)
            case "allow-untranslated":
                options.untranslatedAllowList = Set(texts(entry.value, in: "allow-untranslated").map(\.text))
            case "seo":
                readSEOSection(entry.value, into: &options.seo)
            default:
                reportUnknown(entry, in: "validate", among: Self.validateKeys, expected: expected)
            }
        }
    }

    private mutating func readSEOSection(_ node: Node, into seo: inout ValidationOptions.SEOBudgets) {
        let expected = "titles, descriptions, title-width or description-width"
        for entry in entries(of: node, in: "validate.seo", expecting: expected) {
            switch entry.name {
            case "titles":
                seo.titleKeys = texts(entry.value, in: "titles").compactMap { keyPattern($0.text, at: $0.node) }
            case "descriptions":
                seo.descriptionKeys = texts(entry.value, in: "descriptions").compactMap {
                    keyPattern($0.text, at: $0.node)
                }
            case "title-width":
                seo.titleWidth = width(entry) ?? seo.titleWidth
            case "description-width":
                seo.descriptionWidth = width(entry) ?? seo.descriptionWidth
            default:
                reportUnknown(entry, in: "validate.seo", among: Self.seoKeys, expected: expected)
            }
        }
    }

    // MARK: Problems

    /// Records a problem at a node's position (the start of the file when there is no node).
    mutating func report(_ message: String, at node: Node?) {
        let mark = node?.mark
        let location = SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
        problems.append(LocGenError(.invalidConfiguration, message, at: location))
    }

    mutating func reportUnknown(_ entry: Entry, in section: String, among known: [String], expected: String) {
        let hint =
            NameSuggestion.closest(to: entry.name, in: known).map { "did you mean '\($0)'?" } ?? "expected \(expected)"
        report("unknown setting '\(entry.name)' in '\(section)'; \(hint)", at: entry.key)
    }
}
