extension DecimalAmount {
    /// The smallest amount at or above this one that has `ending`; zero and negative amounts are
    /// returned as they are.
    func raised(to ending: PriceEnding) -> DecimalAmount {
        guard self > .zero else { return self }
        switch ending {
        case .ninetyNine: return raised(toFraction: Self.ninetyNine)
        case .ninetyFive: return raised(toFraction: Self.ninetyFive)
        case .ninety: return raised(toFraction: Self.ninety)
        case .whole: return rounded(toDigits: 0, .up)
        case .tens: return rounded(toMultipleOf: Self.ten, .up)
        case .hundreds: return rounded(toMultipleOf: Self.hundred, .up)
        }
    }

    // Parsed once: every page of a market with an ending raises its price, and parsing the text each time
    // cost more than the raising.
    private static let ninetyNine = DecimalAmount("0.99")!
    private static let ninetyFive = DecimalAmount("0.95")!
    private static let ninety = DecimalAmount("0.90")!
    private static let ten = DecimalAmount(10)
    private static let hundred = DecimalAmount(100)
    private static let one = DecimalAmount(1)

    /// The smallest amount at or above this one whose fraction is `fraction`: 23.40 → 23.99,
    /// 23.99 → 23.99, 23.995 → 24.99.
    private func raised(toFraction fraction: DecimalAmount) -> DecimalAmount {
        let candidate = rounded(toDigits: 0, .down) + fraction
        return candidate >= self ? candidate : candidate + Self.one
    }
}
