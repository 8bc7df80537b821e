import Yams

/// Parses a bundle file's text with Yams, working around two things a linter cannot accept.
///
/// Yams stops at the first duplicate key in a mapping; ``DuplicateKeyRenamer`` renames such keys
/// and the parser tries again, so that every duplicate is reported later with both places. Yams
/// also hashes every key in full, so an alias bomb used as a key would hang it; when the text has
/// aliases, a first parse with the aliases made plain text finds aliases in keys and refuses them
/// before the real parse.
struct BundleParser {
    let source: SourceText
    let path: String
    let format: BundleFormat
    let reporter: ProblemReporter

    /// The composed document and what the flattener needs to map it back to the file.
    struct Parsed {
        var root: Node?
        var input: ParserInput
        /// The real text of keys renamed to get past Yams, by the file index of the key.
        var renamedKeys: [Int: String]
    }

    /// A file that does not parse, with the one problem that says why.
    struct Failure: Error {
        var problem: Diagnostic
    }

    /// How many times one file is parsed again after a duplicate key at most.
    static let maximumReparses = 50

    func parse() -> Result<Parsed, Failure> {
        var renamer = DuplicateKeyRenamer(searchesSiblings: true)
        let result = parse(renamer: &renamer)
        guard !renamer.guessedKeys.isEmpty else { return result }
        if case .success(let parsed) = result,
            renamer.guessedKeys.isSubset(
                of: parsed.root.map { DuplicateKeyRenamer.keyIndexes(in: $0, input: parsed.input) } ?? []
            )
        {
            return result
        }
        // A guessed key was not a key: its rename changed a value, so parse again without guessing.
        var carefulRenamer = DuplicateKeyRenamer(searchesSiblings: false)
        return parse(renamer: &carefulRenamer)
    }

    private func parse(renamer: inout DuplicateKeyRenamer) -> Result<Parsed, Failure> {
        var input = ParserInput(source: source, rewritesSurrogatePairs: format == .json)
        let aliases = input.aliasCandidates()
        if !aliases.isEmpty {
            var neutered = input
            for index in aliases { neutered.scalars[index] = "x" }
            switch compose(&neutered, renamer: &renamer) {
            case .failure(let failure):
                return .failure(failure)
            case .success(let root):
                let aliasIndexes = Set(aliases)
                if let root,
                    let alias = firstKeyScalar(in: root, where: { aliasIndexes.contains(neutered.index(of: $0)) })
                {
                    return .failure(Failure(problem: aliasKeyProblem(at: neutered.sourceIndex(of: alias))))
                }
            }
            input.scalars = neutered.scalars
            for index in aliases { input.scalars[index] = "*" }
        }
        let composed = compose(&input, renamer: &renamer)
        return composed.map { Parsed(root: $0, input: input, renamedKeys: renamer.renamedKeys) }
    }

    /// Composes the text, renaming duplicate keys until Yams accepts it.
    private func compose(_ input: inout ParserInput, renamer: inout DuplicateKeyRenamer) -> Result<Node?, Failure> {
        var reparses = 0
        while true {
            do {
                return .success(try Yams.compose(yaml: input.text, .basic))
            } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
                let start = ScalarScanner(scalars: input.scalars).contentStart(from: input.index(of: context.mark))
                guard reparses < Self.maximumReparses, renamer.rename(duplicates, firstAt: start, in: &input) else {
                    let key = duplicates.first ?? ""
                    let message = "key '\(key)' is defined more than once in the same mapping; remove all but one"
                    let location = source.location(of: input.sourceIndex(of: start), in: path)
                    return .failure(Failure(problem: reporter.problem(.duplicateKey, message, at: location, key: key)))
                }
                reparses += 1
            } catch {
                return .failure(Failure(problem: problem(for: error, in: input)))
            }
        }
    }

    /// The mark of the first scalar inside a mapping key that matches, searching the whole tree.
    private func firstKeyScalar(in node: Node, where matches: (Mark) -> Bool) -> Mark? {
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                if let mark = firstScalar(in: key, where: matches) { return mark }
                if let mark = firstKeyScalar(in: value, where: matches) { return mark }
            }
        case .sequence(let sequence):
            for item in sequence {
                if let mark = firstKeyScalar(in: item, where: matches) { return mark }
            }
        case .scalar, .alias:
            break
        }
        return nil
    }

    private func firstScalar(in node: Node, where matches: (Mark) -> Bool) -> Mark? {
        switch node {
        case .scalar(let scalar):
            return scalar.mark.flatMap { matches($0) ? $0 : nil }
        case .mapping(let mapping):
            for (key, value) in mapping {
                if let mark = firstScalar(in: key, where: matches) ?? firstScalar(in: value, where: matches) {
                    return mark
                }
            }
        case .sequence(let sequence):
            for item in sequence {
                if let mark = firstScalar(in: item, where: matches) { return mark }
            }
        case .alias:
            break
        }
        return nil
    }

    private func aliasKeyProblem(at index: Int) -> Diagnostic {
        let name = source.scalars[(index + 1)...].prefix(while: ParserInput.isAnchorCharacter)
        var text = String.UnicodeScalarView()
        text.append(contentsOf: name)
        let message =
            "the alias '*\(String(text))' is used as a key; write the key out, since a bundle's keys must be text"
        return reporter.problem(.parseError, message, at: source.location(of: index, in: path))
    }
}

/// The two notations a bundle file can be written in.
enum BundleFormat: Equatable {
    case yaml, json

    /// JSON for `.json` files, YAML otherwise.
    init(path: String) {
        self = path.lowercased().hasSuffix(".json") ? .json : .yaml
    }

    /// The name used in messages.
    var name: String { self == .json ? "JSON" : "YAML" }
}
