import LocGenICU

/// What `t.` messages are formatted with during one render.
struct MessageScope {
    let template: String
    let table: MessageTable
    let arguments: [String: MessageValue]
    let log: RenderLog

    /// Whether the table has a message for `key`.
    func hasMessage(_ key: String) -> Bool { table.pattern(for: key) != nil }

    /// The formatted message for `key`; records a miss when the table has none and an error when it
    /// cannot be formatted, returning `nil` for both.
    func format(_ key: String) -> String? {
        do {
            guard let text = try table.format(key, arguments: arguments) else {
                log.recordMiss("t." + key)
                return nil
            }
            return text
        } catch {
            log.record(
                LocGenError(
                    .messageFormat,
                    "template '\(template)': message '\(key)' cannot be formatted: \(error.description)",
                    underlyingError: error
                )
            )
            return nil
        }
    }
}
