/// A decimal of at least 0 written as digits with an optional fraction ("0.19", "8.1"), kept as text so tax
/// rates never pass through binary floating point.
struct DecimalFraction: Equatable, CustomStringConvertible {
    var integerDigits: String
    var fractionDigits: String

    /// Parses `digits` or `digits.digits`; nil for anything else (signs, exponents, a lone '.').
    init?(_ text: String) {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let isDigits = { (part: Substring) in part.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
        guard let integer = parts.first, !integer.isEmpty, isDigits(integer) else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard isDigits(fraction), parts.count == 1 || !fraction.isEmpty else { return nil }
        self.init(integerDigits: String(integer), fractionDigits: String(fraction))
    }

    private init(integerDigits: String, fractionDigits: String) {
        var integer = Substring(integerDigits)
        while integer.count > 1, integer.first == "0" { integer = integer.dropFirst() }
        var fraction = Substring(fractionDigits)
        while fraction.last == "0" { fraction = fraction.dropLast() }
        self.integerDigits = integer.isEmpty ? "0" : String(integer)
        self.fractionDigits = String(fraction)
    }

    /// Whether the value is below 1.
    var isBelowOne: Bool { integerDigits.allSatisfy { $0 == "0" } }

    /// The value divided by 100, as a percentage becomes a fraction (19 → 0.19, 8.1 → 0.081).
    var dividedBy100: DecimalFraction {
        let padded = String(repeating: "0", count: max(0, 2 - integerDigits.count)) + integerDigits
        return DecimalFraction(
            integerDigits: String(padded.dropLast(2)),
            fractionDigits: String(padded.suffix(2)) + fractionDigits
        )
    }

    var description: String {
        fractionDigits.isEmpty ? integerDigits : "\(integerDigits).\(fractionDigits)"
    }
}
