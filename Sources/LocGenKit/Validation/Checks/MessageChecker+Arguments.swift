import LocGenICU

extension MessageChecker {
    /// `argument-unknown`, `argument-dropped`, `argument-type` and `select-keys` against the source's arguments,
    /// and `argument-type` for a name used as two types within the message itself.
    ///
    /// A plural or select argument counts as used by its selector, so `{count, plural, …}` without `#` keeps
    /// `{count}`. Types follow ``MessageArgumentType``: `{name}` alone is compatible with every type.
    func checkArguments(
        _ message: CheckedMessage,
        source: CheckedMessage?,
        into findings: inout [Finding]
    ) {
        let arguments = message.arguments
        guard !arguments.isEmpty || source?.arguments.isEmpty == false else { return }
        let types = message.argumentTypes
        var typeReported: Set<String> = []
        if let source, source.pattern != nil {
            let sourceTypes = source.argumentTypes
            let sourceNames = Self.distinctNames(source.arguments)
            var seen: Set<String> = []
            for argument in arguments where sourceTypes[argument.name] == nil && seen.insert(argument.name).inserted {
                findings.append(
                    Finding(
                        .argumentUnknown,
                        unknownArgumentSentence(argument.name, sourceNames: sourceNames),
                        at: argument.nameRange.lowerBound
                    )
                )
            }
            for name in sourceNames where types[name] == nil {
                findings.append(
                    Finding(
                        .argumentDropped,
                        "argument {\(name)} of the source is missing here; add it where the sentence needs it"
                    )
                )
            }
            for argument in arguments {
                guard let expected = sourceTypes[argument.name], expected != .any, argument.type != .any,
                    argument.type != expected, typeReported.insert(argument.name).inserted
                else { continue }
                findings.append(
                    Finding(
                        .argumentType,
                        "argument {\(argument.name)} is used as \(Self.describe(argument.type)) here but as "
                            + "\(Self.describe(expected)) in the source; format it as the source does",
                        at: message.typeKeywordOffset(of: argument)
                    )
                )
            }
            checkSelectKeys(message, arguments, source: source.arguments, into: &findings)
        }
        // The uses ``MessagePattern/argumentTypeConflicts`` lists, without walking the pattern again.
        for argument in arguments {
            let settled = types[argument.name] ?? .any
            guard argument.type != .any, argument.type != settled, typeReported.insert(argument.name).inserted
            else { continue }
            findings.append(
                Finding(
                    .argumentType,
                    "argument {\(argument.name)} is used as \(Self.describe(argument.type)) here but as "
                        + "\(Self.describe(settled)) earlier in the message; use one type",
                    at: message.typeKeywordOffset(of: argument)
                )
            )
        }
    }

    /// `select-keys`: a select whose keys, apart from `other`, differ from those of the source's select of the
    /// same name (all of them, when the source has several).
    private func checkSelectKeys(
        _ message: CheckedMessage,
        _ arguments: [MessageArgument],
        source: [MessageArgument],
        into findings: inout [Finding]
    ) {
        var sourceKeys: [String: [String]] = [:]
        for argument in source {
            guard case .select(let cases) = argument.kind else { continue }
            for key in cases.map(\.key) where key != "other" && !sourceKeys[argument.name, default: []].contains(key) {
                sourceKeys[argument.name, default: []].append(key)
            }
        }
        guard !sourceKeys.isEmpty else { return }
        for argument in arguments {
            guard case .select(let cases) = argument.kind, let expected = sourceKeys[argument.name] else { continue }
            let keys = cases.map(\.key)
            let missing = expected.filter { !keys.contains($0) }
            let extra = keys.filter { $0 != "other" && !expected.contains($0) }
            guard !missing.isEmpty || !extra.isEmpty else { continue }
            findings.append(
                Finding(
                    .selectKeys,
                    Self.selectKeysSentence(argument.name, missing: missing, extra: extra),
                    at: message.typeKeywordOffset(of: argument)
                )
            )
        }
    }

    private static func selectKeysSentence(_ name: String, missing: [String], extra: [String]) -> String {
        func list(_ keys: [String]) -> String { keys.map { "'\($0)'" }.joined(separator: ", ") }
        let lacks = "lacks the source's \(missing.count == 1 ? "case" : "cases") \(list(missing))"
        let has = "has \(extra.count == 1 ? "a case" : "cases") \(list(extra)) that the source does not"
        switch (missing.isEmpty, extra.isEmpty) {
        case (false, true):
            let fix = missing.count == 1 ? "add \(missing[0]) {…}" : "add them"
            return "select {\(name)} \(lacks); \(fix)"
        case (true, false):
            let fix =
                extra.count == 1
                ? "remove it unless the app sends that value" : "remove them unless the app sends those values"
            return "select {\(name)} \(has); \(fix)"
        default:
            return "select {\(name)} \(lacks) and \(has); use the source's cases"
        }
    }

    private func unknownArgumentSentence(_ name: String, sourceNames: [String]) -> String {
        guard !sourceNames.isEmpty else {
            return "argument {\(name)} is not in the source, which has no arguments; remove it"
        }
        if let suggestion = EditDistance.closest(to: name, among: sourceNames) {
            return "argument {\(name)} is not in the source; did you mean {\(suggestion)}?"
        }
        let braced = sourceNames.map { "{\($0)}" }
        let listed = braced.count == 1 ? braced[0] : braced.dropLast().joined(separator: ", ") + " and " + braced.last!
        return
            "argument {\(name)} is not in the source, which has \(listed); use \(braced.count == 1 ? "that" : "those")"
    }

    private static func distinctNames(_ arguments: [MessageArgument]) -> [String] {
        var seen: Set<String> = []
        return arguments.map(\.name).filter { seen.insert($0).inserted }
    }

    private static func describe(_ type: MessageArgumentType) -> String {
        switch type {
        case .any: "a plain value"
        case .number: "a number"
        case .date: "a date"
        case .string: "a select value"
        }
    }
}
