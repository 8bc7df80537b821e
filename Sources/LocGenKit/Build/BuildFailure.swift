/// Why a build did not replace the output: every problem found, and what kind of failure it is.
///
/// The previous output is left as it was.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    /// What failed, which decides the command's exit status.
    public enum Kind: Sendable, Equatable {
        /// The configuration or the request is wrong (`locgen.yaml`, rates, an unknown market): exit 2.
        case configuration
        /// The site could not be built (bad products, a template error, a file that cannot be written): exit 1.
        case build
    }

    /// What failed.
    public var kind: Kind
    /// The problems, in the order found; never empty.
    public var errors: [LocGenError]

    public init(_ kind: Kind, _ errors: [LocGenError]) {
        precondition(!errors.isEmpty, "a BuildFailure names at least one problem")
        self.kind = kind
        self.errors = errors
    }

    init(_ kind: Kind, _ error: LocGenError) {
        self.init(kind, [error])
    }

    /// The exit status `locgen build` ends with: 2 for configuration problems, 1 otherwise.
    public var exitCode: Int32 { kind == .configuration ? 2 : 1 }

    /// One compiler-style line per problem: `site/locgen.yaml:12:5: error: …`.
    public var description: String {
        errors.map { $0.location == nil ? "error: \($0.message)" : $0.description }.joined(separator: "\n")
    }
}
