/// The W3C datetime profile of ISO 8601 that sitemaps' `<lastmod>` uses
/// (https://www.w3.org/TR/NOTE-datetime): `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a date with
/// `Thh:mm`, `Thh:mm:ss` or `Thh:mm:ss.s…` and a zone (`Z`, `+hh:mm`, `-hh:mm`).
enum W3CDateTime {
    /// Whether the text is a W3C datetime with values in range.
    static func isValid(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func number(_ width: Int, _ range: ClosedRange<Int>) -> Bool {
            guard index + width <= scalars.count else { return false }
            let digits = scalars[index..<index + width]
            guard digits.allSatisfy({ ("0"..."9").contains($0) }), let value = Int(String(String.UnicodeScalarView(digits))),
                range.contains(value)
            else { return false }
            index += width
            return true
        }
        func take(_ scalar: Unicode.Scalar) -> Bool {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
            return true
        }
        guard number(4, 0...9999) else { return false }
        if index == scalars.count { return true }
        guard take("-"), number(2, 1...12) else { return false }
        if index == scalars.count { return true }
        guard take("-"), number(2, 1...31) else { return false }
        if index == scalars.count { return true }
        guard take("T"), number(2, 0...23), take(":"), number(2, 0...59) else { return false }
        if take(":") {
            guard number(2, 0...60) else { return false }
            if take(".") {
                let start = index
                while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
                guard index > start else { return false }
            }
        }
        if take("Z") { return index == scalars.count }
        guard take("+") || take("-"), number(2, 0...23), take(":"), number(2, 0...59) else { return false }
        return index == scalars.count
    }
}
