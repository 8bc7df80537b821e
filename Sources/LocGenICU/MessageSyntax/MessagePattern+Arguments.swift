/// The kind of value an argument must be given when the message is formatted.
package enum MessageArgumentType: String, Sendable {
    /// `{name}`: any value, formatted by its own type.
    case any
    /// number, plural, selectordinal, spellout, ordinal, duration and choice arguments.
    case number
    /// date and time arguments.
    case date
    /// select arguments, which ICU4C matches only against strings.
    case string
}

extension MessageArgument {
    /// The kind of value this argument must be given.
    package var type: MessageArgumentType {
        switch kind {
        case .simple: .any
        case .number, .spellout, .ordinal, .duration, .plural, .selectordinal, .choice: .number
        case .date, .time: .date
        case .select: .string
        }
    }

    /// The messages of this argument's plural or select cases, in source order; empty for other kinds.
    package var caseMessages: [[MessageNode]] {
        switch kind {
        case .plural(let selector), .selectordinal(let selector): selector.cases.map(\.message)
        case .select(let cases): cases.map(\.message)
        case .simple, .number, .date, .time, .spellout, .ordinal, .duration, .choice: []
        }
    }
}

extension MessagePattern {
    /// Every argument occurrence in source order, depth-first, including those nested in plural and select cases.
    ///
    /// An argument used twice appears twice. Arguments inside choice styles are not listed: choice is kept raw.
    package var arguments: [MessageArgument] {
        var result: [MessageArgument] = []
        // An explicit stack instead of recursion, so a hand-built deep tree cannot exhaust the call stack.
        var pending: [ArraySlice<MessageNode>] = [nodes[...]]
        while var siblings = pending.popLast() {
            guard let node = siblings.popFirst() else { continue }
            pending.append(siblings)
            guard case .argument(let argument) = node else { continue }
            result.append(argument)
            pending.append(contentsOf: argument.caseMessages.reversed().map { $0[...] })
        }
        return result
    }

    /// The type each argument name is used as.
    ///
    /// The first use whose type is not ``MessageArgumentType/any`` decides; a name used only as `{name}` is
    /// ``MessageArgumentType/any``. Later uses with another type are listed in ``argumentTypeConflicts``.
    package var argumentTypes: [String: MessageArgumentType] {
        resolveArgumentTypes().types
    }

    /// The argument uses whose type differs from the type ``argumentTypes`` settled on for their name, in source
    /// order, such as `{d, date}` after `{d, number}`.
    package var argumentTypeConflicts: [MessageArgument] {
        resolveArgumentTypes().conflicts
    }

    private func resolveArgumentTypes() -> (types: [String: MessageArgumentType], conflicts: [MessageArgument]) {
        var types: [String: MessageArgumentType] = [:]
        var conflicts: [MessageArgument] = []
        for argument in arguments {
            let type = argument.type
            switch types[argument.name] {
            case nil, .any?:
                types[argument.name] = type
            case let settled?:
                if type != .any, type != settled { conflicts.append(argument) }
            }
        }
        return (types, conflicts)
    }
}
