extension LocGenError.Code {
    /// A rates file that is malformed, names an unknown currency or gives a rate that is not a
    /// positive decimal number.
    public static let invalidRates = Self(rawValue: "invalid-rates")
    /// A market currency with no rate from the base currency.
    public static let missingRate = Self(rawValue: "missing-rate")
    /// A price that cannot be computed, such as a negative one.
    public static let invalidPrice = Self(rawValue: "invalid-price")
}
