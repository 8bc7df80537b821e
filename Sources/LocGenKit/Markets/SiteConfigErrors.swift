/// Every problem found in one `locgen.yaml`, sorted by position.
public struct SiteConfigErrors: Error, Sendable, CustomStringConvertible {
    /// The problems, each with the file, line and column where there is one; sorted by location, problems
    /// without a location (an unreadable file) first.
    public var errors: [LocGenError]

    /// Collects problems and sorts them by location, keeping the given order among equal locations.
    public init(_ errors: [LocGenError]) {
        self.errors = errors.enumerated()
            .sorted { lhs, rhs in
                switch (lhs.element.location, rhs.element.location) {
                case (nil, nil): lhs.offset < rhs.offset
                case (nil, _): true
                case (_, nil): false
                case (let left?, let right?): left == right ? lhs.offset < rhs.offset : left < right
                }
            }
            .map(\.element)
    }

    /// One compiler-style line per problem: `locgen.yaml:12:5: error: unknown key 'curency' …`.
    public var description: String {
        errors.map { $0.location == nil ? "error: \($0.message)" : $0.description }.joined(separator: "\n")
    }
}
