public import LocGenICU
import Yams

/// Reads message arguments given as a JSON object, keeping JSON's types.
public enum JSONArguments {
    /// Parses `{"count": 3, "name": "Ana", "when": "2026-11-25"}`: JSON numbers become numbers
    /// (with their digits as written), strings that are ISO 8601 dates become dates, other strings stay text.
    public static func parse(_ json: String) throws(LocGenError) -> [String: MessageValue] {
        let node: Node?
        do {
            node = try Yams.compose(yaml: json)
        } catch {
            throw LocGenError(.invalidArguments, "not valid JSON: \(error)")
        }
        guard let mapping = node?.mapping else {
            throw LocGenError(.invalidArguments, "expected a JSON object such as {\"count\": 3}")
        }
        var arguments: [String: MessageValue] = [:]
        for (key, value) in mapping {
            guard let name = key.string else {
                throw LocGenError(.invalidArguments, "argument names must be strings")
            }
            guard let scalar = value.scalar else {
                throw LocGenError(.invalidArguments, "argument '\(name)' must be a number or a string, not a list or object")
            }
            if scalar.style == .plain {
                guard DecimalText.isValidNumber(scalar.string) else {
                    throw LocGenError(.invalidArguments, "argument '\(name)': '\(scalar.string)' is not a JSON number or string")
                }
                arguments[name] = .number(scalar.string)
            } else if let date = DateValue(iso8601: scalar.string) {
                arguments[name] = .date(date)
            } else {
                arguments[name] = .string(scalar.string)
            }
        }
        return arguments
    }
}
