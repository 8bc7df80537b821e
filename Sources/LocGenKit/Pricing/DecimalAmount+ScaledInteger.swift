extension DecimalAmount {
    /// Arithmetic and text of amounts held as scaled 64-bit integers (``DecimalAmount/Storage/units(_:)``).
    ///
    /// Every product page prices its product (a rate, a tax factor, an ending, a rounding step) and prints the
    /// amount; in `Decimal` that cost 2.6 % of a cold build's CPU time (perf, 1,000 products × 12 markets),
    /// though prices and rates have a few digits. Each operation here gives the exact result or `nil` when it
    /// would overflow or an operand is no scaled integer; the caller then does what it did before, in `Decimal`,
    /// so results never depend on which path made them (`DecimalAmountScaledIntegerTests` compares the two).
    enum ScaledInteger {
        /// The largest scale of a scaled integer amount: 10^18 is the largest power of ten in an Int64.
        static let maximumScale = 18

        /// 10^0 through 10^18.
        private static let powers: [Int64] = (0...maximumScale).reduce(into: []) { powers, exponent in
            powers.append(exponent == 0 ? 1 : powers[exponent - 1] * 10)
        }

        /// The units of `amount` at `scale` (at least the amount's), or `nil` on overflow.
        static func units(of amount: DecimalAmount, atScale scale: Int) -> Int64? {
            guard case .units(let units) = amount.storage, scale <= maximumScale else { return nil }
            let (scaled, overflow) = units.multipliedReportingOverflow(by: powers[scale - amount.scale])
            return overflow ? nil : scaled
        }

        /// Both amounts' units at the larger of their scales, or `nil`.
        static func aligned(_ lhs: DecimalAmount, _ rhs: DecimalAmount) -> (Int64, Int64)? {
            let scale = max(lhs.scale, rhs.scale)
            guard let left = units(of: lhs, atScale: scale), let right = units(of: rhs, atScale: scale) else {
                return nil
            }
            return (left, right)
        }

        /// `lhs` + `rhs` (or − with `negatingRight`) at the larger of their scales, or `nil`.
        static func sum(_ lhs: DecimalAmount, _ rhs: DecimalAmount, negatingRight: Bool) -> DecimalAmount? {
            guard let (left, right) = aligned(lhs, rhs) else { return nil }
            let (result, overflow) =
                negatingRight ? left.subtractingReportingOverflow(right) : left.addingReportingOverflow(right)
            return overflow ? nil : DecimalAmount(units: result, scale: max(lhs.scale, rhs.scale))
        }

        /// `lhs` × `rhs` at the sum of their scales, or `nil`.
        static func product(_ lhs: DecimalAmount, _ rhs: DecimalAmount) -> DecimalAmount? {
            guard case .units(let left) = lhs.storage, case .units(let right) = rhs.storage,
                lhs.scale + rhs.scale <= maximumScale
            else { return nil }
            let (result, overflow) = left.multipliedReportingOverflow(by: right)
            return overflow ? nil : DecimalAmount(units: result, scale: lhs.scale + rhs.scale)
        }

        /// `amount` rounded to `digits` fraction digits by `rule`, or `nil`.
        static func rounded(_ amount: DecimalAmount, toDigits digits: Int, _ rule: FloatingPointRoundingRule)
            -> DecimalAmount?
        {
            guard case .units(let units) = amount.storage, (0...maximumScale).contains(digits) else { return nil }
            if digits >= amount.scale {
                return Self.units(of: amount, atScale: digits).map { DecimalAmount(units: $0, scale: digits) }
            }
            return DecimalAmount(units: quotient(units, powers[amount.scale - digits], rule), scale: digits)
        }

        /// `amount` rounded to a multiple of a positive `increment` by `rule`, with the increment's scale, or
        /// `nil`.
        static func rounded(
            _ amount: DecimalAmount,
            toMultipleOf increment: DecimalAmount,
            _ rule: FloatingPointRoundingRule
        ) -> DecimalAmount? {
            guard let (value, step) = aligned(amount, increment), case .units(let units) = increment.storage,
                step > 0
            else { return nil }
            let (result, overflow) = quotient(value, step, rule).multipliedReportingOverflow(by: units)
            return overflow ? nil : DecimalAmount(units: result, scale: increment.scale)
        }

        /// `amount` ÷ `divisor` rounded to `digits` fraction digits by `rule`, or `nil` (also for a zero
        /// divisor, which the caller reports).
        static func quotient(
            _ amount: DecimalAmount,
            dividedBy divisor: DecimalAmount,
            digits: Int,
            _ rule: FloatingPointRoundingRule
        ) -> DecimalAmount? {
            // a·10^-s ÷ b·10^-t at 10^-digits is a·10^(t + digits) ÷ b·10^s.
            guard (0...maximumScale).contains(digits), divisor.scale + digits <= maximumScale,
                case .units(let value) = amount.storage, case .units(let units) = divisor.storage
            else { return nil }
            let (dividend, overflow) = value.multipliedReportingOverflow(by: powers[divisor.scale + digits])
            let (scaledDivisor, divisorOverflow) = units.multipliedReportingOverflow(by: powers[amount.scale])
            // A negative divisor, never a price's, goes through `Decimal` too.
            guard !overflow, !divisorOverflow, scaledDivisor > 0 else { return nil }
            return DecimalAmount(units: quotient(dividend, scaledDivisor, rule), scale: digits)
        }

        /// `dividend` ÷ a positive `divisor` rounded to a whole number by `rule`, as `NSDecimalRound` rounds.
        static func quotient(_ dividend: Int64, _ divisor: Int64, _ rule: FloatingPointRoundingRule) -> Int64 {
            precondition(divisor > 0, "scaled integer divided by \(divisor)")
            // Swift truncates towards zero: the true quotient lies between `truncated` and the next whole
            // number away from zero.
            let (truncated, remainder) = dividend.quotientAndRemainder(dividingBy: divisor)
            guard remainder != 0 else { return truncated }
            let awayFromZero: Int64 = dividend < 0 ? -1 : 1
            // |remainder| against what is left to the next whole number, without overflowing 2·|remainder|.
            let rest = remainder.magnitude
            let other = divisor.magnitude - rest
            let isPastHalf: Bool
            switch rule {
            case .toNearestOrAwayFromZero: isPastHalf = rest >= other
            case .toNearestOrEven: isPastHalf = rest > other || (rest == other && truncated % 2 != 0)
            case .up: isPastHalf = awayFromZero > 0
            case .down: isPastHalf = awayFromZero < 0
            case .towardZero: isPastHalf = false
            case .awayFromZero: isPastHalf = true
            @unknown default: isPastHalf = rest >= other
            }
            return isPastHalf ? truncated + awayFromZero : truncated
        }

        /// The text of `units` × 10^-`scale` with exactly `scale` fraction digits, as ``DecimalAmount/text``
        /// writes it: `-0.05`, `162`, `1234.50`.
        static func text(of units: Int64, scale: Int) -> String {
            var digits = String(units.magnitude)
            let sign = units < 0 ? "-" : ""
            guard scale > 0 else { return sign + digits }
            // At least one digit before the point: 5 at scale 2 is `0.05`.
            let missing = scale + 1 - digits.utf8.count
            if missing > 0 { digits = String(repeating: "0", count: missing) + digits }
            let point = digits.utf8.index(digits.utf8.endIndex, offsetBy: -scale)
            return sign + digits[..<point] + "." + digits[point...]
        }
    }
}
