public import Foundation

/// An exact decimal amount of money or a rate, such as `129.90` or `1.0832`.
///
/// The value is held in Foundation's `Decimal` (38 significant digits, base 10), so `0.1 + 0.2`
/// is exactly `0.3`; binary floating point never touches a price. Each amount also remembers how
/// many fraction digits it is written with (its ``scale``): `129.90` and `129.9` are equal, but
/// ``text`` gives `"129.90"` for the first. Results of rounding carry the digits they were rounded
/// to, so `rounded(toDigits: 2)` of `1234.5` reads `"1234.50"`, the form
/// `NumberFormat.format(decimal:)` takes.
public struct DecimalAmount: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The number of fraction digits ``text`` shows, 0 or more.
    public let scale: Int
    /// The amount as a whole number of its smallest unit when that fits in 64 bits, else as a `Decimal`.
    let storage: Storage

    /// An amount's digits: most amounts are prices and rates with a few fraction digits, whose arithmetic
    /// and text are cheaper in 64-bit integers than in `Decimal` (see ``DecimalAmount/ScaledInteger``).
    enum Storage: Sendable {
        /// The value is `units` × 10^-``scale`` exactly; ``scale`` is at most 18.
        case units(Int64)
        case decimal(Decimal)
    }

    /// The most significant digits an amount may have; Foundation's `Decimal` keeps 38.
    public static let maximumDigits = 38

    /// The largest scale an amount keeps; products of many-digit rates are rounded to it.
    static let maximumScale = 30

    /// Zero, written `0`.
    public static let zero = DecimalAmount(units: 0, scale: 0)

    init(exactly value: Decimal, scale: Int) {
        storage = .decimal(value)
        self.scale = min(max(scale, 0), DecimalAmount.maximumScale)
    }

    /// The amount `units` × 10^-`scale`; `scale` must be in `0...18`.
    init(units: Int64, scale: Int) {
        precondition((0...ScaledInteger.maximumScale).contains(scale), "scaled integer amount with scale \(scale)")
        storage = .units(units)
        self.scale = scale
    }

    /// Makes an amount from an integer, written with no fraction digits.
    public init(_ integer: Int) {
        self.init(units: Int64(integer), scale: 0)
    }

    /// The numeric value.
    public var value: Decimal {
        switch storage {
        case .decimal(let value):
            return value
        case .units(let units):
            return Decimal(sign: units < 0 ? .minus : .plus, exponent: -scale, significand: Decimal(units.magnitude))
        }
    }

    /// Parses decimal text: an optional sign, digits with an optional `.` fraction, and an
    /// optional exponent (`129.90`, `-0.05`, `1.2E3`); `nil` for anything else, including text
    /// with more than 38 significant digits, which `Decimal` would silently round.
    ///
    /// Never depends on a locale: `1,5` is not a number here.
    public init?(_ text: String) {
        guard let parts = DecimalAmount.parts(of: text) else { return nil }
        if let units = parts.units {
            self.init(units: units, scale: parts.scale)
            return
        }
        // Decimal(string:) reads the longest prefix that is a number ("12abc" → 12, "1,5" → 1),
        // so the text is checked in full above and only well-formed text reaches it; with no
        // locale argument it always uses '.' as the decimal point.
        guard let value = Decimal(string: text) else { return nil }
        self.init(exactly: value, scale: parts.scale)
    }

    /// The text with exactly ``scale`` fraction digits and no grouping: `1234.50`, `-0.05`, `162`.
    public var text: String {
        if case .units(let units) = storage { return ScaledInteger.text(of: units, scale: scale) }
        return plainText ?? roundedText
    }

    /// ``text`` from the decimal's printed form padded to ``scale`` fraction digits, or `nil` when the decimal
    /// has more fraction digits than that (then ``roundedText`` rounds them).
    ///
    /// Every page prints its price a few times, and most amounts are already rounded to their scale; rounding
    /// them again and splitting the text cost about as much as the rest of the price.
    private var plainText: String? {
        // The value is an integer significand times 10 to the exponent: at most -exponent fraction digits.
        guard value.isFinite, -value.exponent <= scale else { return nil }
        let printed = value.description
        let utf8 = printed.utf8
        let fractionDigits = utf8.firstIndex(of: UInt8(ascii: ".")).map { point in
            utf8.distance(from: point, to: utf8.endIndex) - 1
        }
        switch fractionDigits {
        case scale?: return printed
        case let digits?: return printed + String(repeating: "0", count: scale - digits)
        case nil: return scale > 0 ? printed + "." + String(repeating: "0", count: scale) : printed
        }
    }

    /// ``text`` by rounding the decimal to ``scale`` digits and taking its printed form apart.
    var roundedText: String {
        var rounded = Decimal()
        var source = value
        NSDecimalRound(&rounded, &source, scale, .plain)
        var plain = rounded.description
        var negative = false
        if plain.hasPrefix("-") {
            negative = true
            plain.removeFirst()
        }
        let pieces = plain.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integer = pieces.first.map(String.init) ?? "0"
        var fraction = pieces.count > 1 ? String(pieces[1]) : ""
        if fraction.count < scale { fraction += String(repeating: "0", count: scale - fraction.count) }
        let body = scale > 0 ? integer + "." + fraction : integer
        return negative && rounded != 0 ? "-" + body : body
    }

    public var description: String { text }

    /// Whether the amount is below zero.
    public var isNegative: Bool {
        if case .units(let units) = storage { return units < 0 }
        return value < 0
    }

    public static func == (lhs: DecimalAmount, rhs: DecimalAmount) -> Bool {
        if let (left, right) = ScaledInteger.aligned(lhs, rhs) { return left == right }
        return lhs.value == rhs.value
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(value) }

    public static func < (lhs: DecimalAmount, rhs: DecimalAmount) -> Bool {
        if let (left, right) = ScaledInteger.aligned(lhs, rhs) { return left < right }
        return lhs.value < rhs.value
    }

    /// The scale and significant digits of well-formed decimal text, and its digits as a scaled integer
    /// when the text has no exponent and at most 18 digits; `nil` for text that is no number.
    private static func parts(of text: String) -> (scale: Int, digits: Int, units: Int64?)? {
        var bytes = text.utf8[...]
        let isMinus = bytes.first == UInt8(ascii: "-")
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        let integer = bytes.prefix(while: isDigit)
        bytes = bytes.dropFirst(integer.count)
        var fraction = bytes.prefix(0)
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            fraction = bytes.prefix(while: isDigit)
            bytes = bytes.dropFirst(fraction.count)
        }
        guard integer.count + fraction.count > 0 else { return nil }
        var exponent = 0
        var hasExponent = false
        if let marker = bytes.first, marker == UInt8(ascii: "e") || marker == UInt8(ascii: "E") {
            hasExponent = true
            bytes = bytes.dropFirst()
            var sign = 1
            if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
                sign = first == UInt8(ascii: "-") ? -1 : 1
                bytes = bytes.dropFirst()
            }
            let digits = bytes.prefix(while: isDigit)
            guard !digits.isEmpty, digits.count <= 3 else { return nil }
            exponent = sign * Int(String(decoding: digits, as: UTF8.self))!
            bytes = bytes.dropFirst(digits.count)
        }
        guard bytes.isEmpty else { return nil }
        let significant = (Array(integer) + Array(fraction)).drop(while: { $0 == UInt8(ascii: "0") }).count
        let scale = max(fraction.count - exponent, 0)
        guard significant <= maximumDigits, abs(exponent) <= 100, scale <= maximumScale else { return nil }
        // Eighteen digits always fit in an Int64; with an exponent the text goes through `Decimal`.
        guard !hasExponent, integer.count + fraction.count <= ScaledInteger.maximumScale else {
            return (scale, significant, nil)
        }
        var units: Int64 = 0
        for digit in integer { units = units * 10 + Int64(digit - UInt8(ascii: "0")) }
        for digit in fraction { units = units * 10 + Int64(digit - UInt8(ascii: "0")) }
        return (scale, significant, isMinus ? -units : units)
    }
}
