/// A placeholder of another formatting system that ICU shows as plain text: printf `%s`, `%1$d`, `%.2f`, `%@`,
/// Python `%(name)s`, Mustache `{{name}}` and JavaScript `${name}`.
struct ForeignPlaceholder {
    /// The placeholder as written.
    var text: String
    /// What two placeholders must share to be the same: printf placeholders get their position, so `%s %s` and
    /// `%2$s %1$s` hold the same ones, and Mustache names lose the spaces around them.
    var key: String
    var range: Range<Int>

    /// The placeholders in a message, in order.
    ///
    /// Mustache `{{name}}` is looked for only when the message does not parse: in a message that parses,
    /// `other {{name}}` is a plural case holding an argument, while a real `{{name}}` is always a syntax error.
    static func scan(_ message: CheckedMessage) -> [ForeignPlaceholder] {
        let scalars = message.scalars
        var found: [ForeignPlaceholder] = []
        var nextPosition = 1
        var index = 0
        while index < scalars.count {
            let end: Int?
            var key: String?
            switch scalars[index] {
            case "%" where index + 1 < scalars.count && scalars[index + 1] == "%":
                index += 2
                continue
            case "%":
                if let (printfEnd, explicit) = printfEnd(scalars, from: index) {
                    end = printfEnd
                    let position = explicit?.position ?? nextPosition
                    if explicit == nil { nextPosition += 1 }
                    let start = explicit?.specStart ?? index + 1
                    key = "%\(position)$" + message.text(start..<printfEnd)
                } else {
                    end = pythonEnd(scalars, from: index)
                }
            case "{" where message.pattern == nil:
                end = mustacheEnd(scalars, from: index)
                if let end {
                    let inner = message.text(index..<end).unicodeScalars.filter { $0 != " " }
                    key = String(String.UnicodeScalarView(inner))
                }
            case "$":
                end = templateEnd(scalars, from: index)
            default:
                end = nil
            }
            guard let end else {
                index += 1
                continue
            }
            let text = message.text(index..<end)
            found.append(ForeignPlaceholder(text: text, key: key ?? text, range: index..<end))
            index = end
        }
        return found
    }

    /// The end of `%[n$][flags][width][.precision][length]conversion` at `start`, and the explicit position `n`.
    ///
    /// A conversion followed by a letter is not a placeholder (`95%ile`), nor is `% d` with a space (`50% de`).
    private static func printfEnd(_ scalars: [Unicode.Scalar], from start: Int) -> (
        Int, (position: Int, specStart: Int)?
    )? {
        var index = start + 1
        func skip(_ accepts: (Unicode.Scalar) -> Bool) {
            while index < scalars.count, accepts(scalars[index]) { index += 1 }
        }
        let isDigit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        var explicit: (position: Int, specStart: Int)?
        skip(isDigit)
        if index > start + 1, index < scalars.count, scalars[index] == "$" {
            var digits = String.UnicodeScalarView()
            digits.append(contentsOf: scalars[start + 1..<index])
            explicit = (Int(String(digits)) ?? 0, index + 1)
            index += 1
        } else {
            index = start + 1
        }
        skip { "-+0#'".unicodeScalars.contains($0) }
        skip { isDigit($0) || $0 == "*" }
        if index < scalars.count, scalars[index] == "." {
            index += 1
            skip { isDigit($0) || $0 == "*" }
        }
        skip { "hlLqjzt".unicodeScalars.contains($0) }
        guard index < scalars.count, "diuoxXfFeEgGaAcsp@".unicodeScalars.contains(scalars[index]) else { return nil }
        index += 1
        if scalars[index - 1] != "@", index < scalars.count, scalars[index].isASCII,
            scalars[index].properties.isAlphabetic
        {
            return nil
        }
        return (index, explicit)
    }

    /// The end of Python's `%(name)s` at `start`.
    private static func pythonEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 1 < scalars.count, scalars[start + 1] == "(" else { return nil }
        var index = start + 2
        while index < scalars.count, isNameCharacter(scalars[index]) { index += 1 }
        guard index > start + 2, index + 1 < scalars.count, scalars[index] == ")",
            "sdifr".unicodeScalars.contains(scalars[index + 1])
        else { return nil }
        return index + 2
    }

    /// The end of `{{name}}` or `{{{name}}}` at `start`.
    private static func mustacheEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 1 < scalars.count, scalars[start + 1] == "{" else { return nil }
        let braces = start + 2 < scalars.count && scalars[start + 2] == "{" ? 3 : 2
        var index = start + braces
        while index < scalars.count, index - start < 64, scalars[index] != "}", scalars[index] != "{" { index += 1 }
        let name = scalars[(start + braces)..<index]
        guard name.contains(where: { $0 != " " }), index + braces <= scalars.count,
            scalars[index..<index + braces].allSatisfy({ $0 == "}" })
        else { return nil }
        return index + braces
    }

    /// The end of `${name}` at `start`.
    private static func templateEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 1 < scalars.count, scalars[start + 1] == "{" else { return nil }
        var index = start + 2
        while index < scalars.count, isNameCharacter(scalars[index]) || scalars[index] == "." { index += 1 }
        guard index > start + 2, index < scalars.count, scalars[index] == "}" else { return nil }
        return index + 1
    }

    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}
