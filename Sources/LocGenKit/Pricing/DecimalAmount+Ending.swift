extension DecimalAmount {
    /// The smallest amount at or above this one that has `ending`; zero and negative amounts are
    /// returned as they are.
    func raised(to ending: PriceEnding) -> DecimalAmount {
        guard self > .zero else { return self }
        switch ending {
        case .ninetyNine: return raised(toFraction: DecimalAmount("0.99")!)
        case .ninetyFive: return raised(toFraction: DecimalAmount("0.95")!)
        case .ninety: return raised(toFraction: DecimalAmount("0.90")!)
        case .whole: return rounded(toDigits: 0, .up)
        case .tens: return rounded(toMultipleOf: DecimalAmount(10), .up)
        case .hundreds: return rounded(toMultipleOf: DecimalAmount(100), .up)
        }
    }

    /// The smallest amount at or above this one whose fraction is `fraction`: 23.40 → 23.99,
    /// 23.99 → 23.99, 23.995 → 24.99.
    private func raised(toFraction fraction: DecimalAmount) -> DecimalAmount {
        let candidate = rounded(toDigits: 0, .down) + fraction
        return candidate >= self ? candidate : candidate + DecimalAmount(1)
    }
}
