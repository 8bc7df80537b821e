import Foundation

extension DecimalAmount {
    /// The exact sum, written with the larger of the two scales.
    public static func + (lhs: DecimalAmount, rhs: DecimalAmount) -> DecimalAmount {
        ScaledInteger.sum(lhs, rhs, negatingRight: false)
            ?? DecimalAmount(exactly: lhs.value + rhs.value, scale: max(lhs.scale, rhs.scale))
    }

    /// The exact difference, written with the larger of the two scales.
    public static func - (lhs: DecimalAmount, rhs: DecimalAmount) -> DecimalAmount {
        ScaledInteger.sum(lhs, rhs, negatingRight: true)
            ?? DecimalAmount(exactly: lhs.value - rhs.value, scale: max(lhs.scale, rhs.scale))
    }

    /// The product, written with the sum of the scales (`129.90 × 1.0832 = 140.707680`).
    ///
    /// Exact while the result fits in 38 significant digits, which any price times any rate does.
    public static func * (lhs: DecimalAmount, rhs: DecimalAmount) -> DecimalAmount {
        ScaledInteger.product(lhs, rhs) ?? DecimalAmount(exactly: lhs.value * rhs.value, scale: lhs.scale + rhs.scale)
    }

    /// The negated amount.
    public static prefix func - (operand: DecimalAmount) -> DecimalAmount {
        if case .units(let units) = operand.storage, units != .min {
            return DecimalAmount(units: -units, scale: operand.scale)
        }
        return DecimalAmount(exactly: -operand.value, scale: operand.scale)
    }

    /// The quotient rounded to `digits` fraction digits; `nil` when `divisor` is zero.
    public func divided(
        by divisor: DecimalAmount,
        digits: Int,
        _ rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero
    ) -> DecimalAmount? {
        if let quotient = ScaledInteger.quotient(self, dividedBy: divisor, digits: digits, rule) { return quotient }
        guard divisor.value != 0 else { return nil }
        return DecimalAmount(exactly: value / divisor.value, scale: DecimalAmount.maximumScale).rounded(
            toDigits: digits,
            rule
        )
    }

    /// The amount rounded to `digits` fraction digits and written with exactly that many.
    ///
    /// The default rule rounds halves away from zero (`2.345` → `2.35`, `-2.345` → `-2.35`), the
    /// way prices are rounded for display.
    public func rounded(toDigits digits: Int, _ rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero)
        -> DecimalAmount
    {
        if let rounded = ScaledInteger.rounded(self, toDigits: digits, rule) { return rounded }
        var result = Decimal()
        var source = value
        NSDecimalRound(&result, &source, digits, mode(for: rule))
        return DecimalAmount(exactly: result, scale: digits)
    }

    /// The amount rounded to a multiple of `increment` (`0.05` for Swiss cash, `10` for whole tens),
    /// written with the increment's scale; the amount itself when `increment` is not positive.
    public func rounded(
        toMultipleOf increment: DecimalAmount,
        _ rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero
    ) -> DecimalAmount {
        if let rounded = ScaledInteger.rounded(self, toMultipleOf: increment, rule) { return rounded }
        guard increment.value > 0 else { return self }
        let steps = DecimalAmount(exactly: value / increment.value, scale: DecimalAmount.maximumScale)
            .rounded(toDigits: 0, rule)
        return DecimalAmount(exactly: steps.value * increment.value, scale: increment.scale)
    }

    /// NSDecimalRound's modes: `.plain` rounds halves away from zero, `.bankers` to even, `.up`
    /// towards +∞ and `.down` towards −∞ (checked on Linux, see `DecimalAmountTests`).
    private func mode(for rule: FloatingPointRoundingRule) -> NSDecimalNumber.RoundingMode {
        switch rule {
        case .toNearestOrAwayFromZero: return .plain
        case .toNearestOrEven: return .bankers
        case .up: return .up
        case .down: return .down
        case .towardZero: return isNegative ? .up : .down
        case .awayFromZero: return isNegative ? .down : .up
        @unknown default: return .plain
        }
    }
}
