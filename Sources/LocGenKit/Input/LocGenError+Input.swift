extension LocGenError.Code {
    /// A file that is not valid UTF-8.
    public static let invalidEncoding = Self(rawValue: "invalid-encoding")
}
