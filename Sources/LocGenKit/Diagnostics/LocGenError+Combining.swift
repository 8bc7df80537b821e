extension LocGenError {
    /// One error for several problems found in one pass, so a user sees every mistake in one run.
    ///
    /// A single problem is returned as it is. Several become an error with the first one's code,
    /// no location of its own, and a message that lists each problem's ``description``
    /// (`file:line:column: error: message`) on its own line; ``problems`` gives them back.
    public static func combining(_ errors: [LocGenError]) -> LocGenError {
        precondition(!errors.isEmpty, "LocGenError.combining needs at least one error")
        guard errors.count > 1 else { return errors[0] }
        return LocGenError(
            errors[0].code,
            errors.map(\.description).joined(separator: "\n"),
            underlyingError: CombinedErrors(errors: errors)
        )
    }

    /// The problems this error stands for: those it combines, or itself.
    public var problems: [LocGenError] {
        (underlyingError as? CombinedErrors)?.errors ?? [self]
    }

    /// The error as compilers print it, one problem a line: `file:line:col: error: …` for a problem
    /// with a place, `error: …` for the others.
    public var compilerStyleDescription: String {
        problems.map { $0.location == nil ? "error: \($0.message)" : $0.description }.joined(separator: "\n")
    }
}

/// The problems behind a combined ``LocGenError``.
struct CombinedErrors: Error, Sendable {
    var errors: [LocGenError]
}
