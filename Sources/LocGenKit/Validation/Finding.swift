/// What a message check reports before configuration decides its severity: the check, a sentence,
/// and where in the message it is.
public struct Finding: Sendable, Equatable {
    /// The check that fired.
    public var check: Check.ID
    /// One lower-case sentence a translator understands, naming the value and a fix.
    public var message: String
    /// The Unicode-scalar offset in the message value, or `nil` to point at the key.
    public var offset: Int?

    public init(_ check: Check.ID, _ message: String, at offset: Int? = nil) {
        self.check = check
        self.message = message
        self.offset = offset
    }
}
