internal import CLocGenICU

/// A formatted number split into the parts a template may style apart: `CHF 1’234.55` is the
/// currency `CHF`, the integer `1’234`, the decimal separator `.` and the fraction `55`.
public struct NumberParts: Sendable, Equatable {
    /// The whole formatted text.
    public var text: String
    /// The currency symbol or code as shown, if any.
    public var currency: String?
    /// The minus or plus sign, if any.
    public var sign: String?
    /// The integer digits with their grouping separators.
    public var integer: String
    /// The decimal separator, if the number shows a fraction.
    public var decimalSeparator: String?
    /// The fraction digits, if any.
    public var fraction: String?
    /// The percent sign, if any.
    public var percent: String?

    public init(
        text: String,
        currency: String? = nil,
        sign: String? = nil,
        integer: String,
        decimalSeparator: String? = nil,
        fraction: String? = nil,
        percent: String? = nil
    ) {
        self.text = text
        self.currency = currency
        self.sign = sign
        self.integer = integer
        self.decimalSeparator = decimalSeparator
        self.fraction = fraction
        self.percent = percent
    }
}

extension NumberFormat {
    /// Formats a decimal number and reports its parts, from ICU's field positions.
    public func parts(decimal: String) throws(ICUError) -> NumberParts {
        guard DecimalText.isValid(decimal) else {
            throw ICUError(.invalidValue, "'\(decimal)' is not a number; write it as 1234.56 with a '.' decimal point")
        }
        var capacity: Int32 = 256
        while true {
            var length: Int32 = 0
            var fieldCount: Int32 = 0
            var fields = [Int32](repeating: 0, count: 3 * 16)
            var bytes = [UInt8](repeating: 0, count: Int(capacity))
            let status = bytes.withUnsafeMutableBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { text in
                    locgen_number_format_decimal_fields(
                        handle, decimal, Int32(decimal.utf8.count), text.baseAddress!, capacity, &length,
                        &fields, 16, &fieldCount
                    )
                }
            }
            if status == bufferOverflow, length >= capacity {
                capacity = length + 1
                continue
            }
            guard !isFailure(status) else {
                throw ICUError(.icuFailure, "ICU could not format \(decimal)", statusName: statusName(status))
            }
            let text = bytes[..<Int(length)]
            func slice(_ index: Int) -> String {
                let start = Int(fields[3 * index + 1])
                let end = Int(fields[3 * index + 2])
                guard start >= 0, start <= end, end <= text.count else { return "" }
                return String(decoding: text[start..<end], as: UTF8.self)
            }
            var parts = NumberParts(text: String(decoding: text, as: UTF8.self), integer: "")
            for index in 0..<Int(fieldCount) {
                // ICU's UNumberFormatFields values.
                switch fields[3 * index] {
                case 0: parts.integer = slice(index)
                case 1: parts.fraction = slice(index)
                case 2: parts.decimalSeparator = slice(index)
                case 7: parts.currency = slice(index)
                case 8: parts.percent = slice(index)
                case 10: parts.sign = slice(index)
                default: break
                }
            }
            return parts
        }
    }
}
