import LocGenICU
import LocGenKit
import Testing

/// Checks one message as `locgen validate` does, against an English source when `source` is given.
func check(
    _ value: String,
    source: String? = nil,
    locale: String = "de",
    key: String = "cart.add",
    configure: (inout ValidationOptions) -> Void = { _ in }
) throws -> [Finding] {
    var options = ValidationOptions(sourceLocale: try LocaleID("en"))
    configure(&options)
    let checker = try MessageChecker(locale: try LocaleID(locale), options: options)
    return checker.check(key: key, value: value, source: source.map(SourceMessage.init(value:)))
}

/// The findings of one check only.
func check(
    _ id: Check.ID,
    _ value: String,
    source: String? = nil,
    locale: String = "de",
    key: String = "cart.add",
    configure: (inout ValidationOptions) -> Void = { _ in }
) throws -> [Finding] {
    try check(value, source: source, locale: locale, key: key, configure: configure).filter { $0.check == id }
}
