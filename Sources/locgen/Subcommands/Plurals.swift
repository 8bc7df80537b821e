import ArgumentParser
import LocGenICU
import LocGenKit

/// `locgen plurals`: a locale's plural categories, or the category of each number given.
struct Plurals: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List a locale's plural categories with CLDR's samples, or give the category of numbers.",
        discussion: """
            Numbers keep their visible fraction digits, as CLDR's rules need: in English 1 is 'one'
            and 1.0 is 'other'.

            Examples:
              locgen plurals ru
              locgen plurals en 1 1.0 2
              locgen plurals en --ordinal 1 2 3 4 11 21
              locgen plurals cy --json
            """
    )

    @Argument(help: "The BCP 47 locale tag.")
    var locale: String

    @Argument(help: "Numbers to classify, e.g. 1 1.0 21 0.5.")
    var numbers: [String] = []

    @Flag(help: "Use the ordinal rules (1st, 2nd, 3rd) for the numbers.")
    var ordinal = false

    @Flag(help: "Print JSON.")
    var json = false

    func run() async throws {
        let locale: LocaleID
        do {
            locale = try LocaleID(self.locale)
        } catch {
            Terminal.printError("error: \(error.description)")
            Terminal.exit(2)
        }
        if numbers.isEmpty {
            let cardinal = try PluralRules.cached(locale: locale)
            let ordinal = try PluralRules.cached(locale: locale, ordinal: true)
            if json {
                Terminal.print(JSONText.object([
                    ("locale", .string(locale.tag)),
                    ("cardinal", .array(cardinal.rules.map(Self.json))),
                    ("ordinal", .array(ordinal.rules.map(Self.json))),
                ]).rendered)
                return
            }
            Terminal.print("\(locale.tag) (\(locale.displayName(in: try LocaleID("en")))), CLDR \(ICU.cldrVersion)")
            for (title, rules) in [("cardinal", cardinal), ("ordinal", ordinal)] {
                Terminal.print("\(title): \(rules.categories.map(\.rawValue).joined(separator: ", "))")
                for rule in rules.rules {
                    let samples = [rule.integerSamples, rule.decimalSamples].filter { !$0.isEmpty }.joined(separator: "; ")
                    let condition = rule.condition.isEmpty ? "everything else" : rule.condition
                    Terminal.print("  \(rule.category.rawValue.padded(6)) \(condition)")
                    Terminal.print("         e.g. \(samples)")
                }
            }
            return
        }
        let rules = try PluralRules.cached(locale: locale, ordinal: ordinal)
        var results: [(String, PluralCategory)] = []
        for number in numbers {
            do {
                results.append((number, try rules.category(of: number)))
            } catch {
                Terminal.printError("error: \(error.description)")
                Terminal.exit(2)
            }
        }
        if json {
            Terminal.print(JSONText.object([
                ("locale", .string(locale.tag)),
                ("type", .string(ordinal ? "ordinal" : "cardinal")),
                ("categories", .object(results.map { ($0.0, .string($0.1.rawValue)) })),
            ]).rendered)
        } else {
            let width = results.map(\.0.count).max() ?? 0
            for (number, category) in results {
                Terminal.print("\(number.padded(width)) \(category.rawValue)")
            }
        }
    }

    static func json(_ rule: PluralRules.Rule) -> JSONText {
        .object([
            ("category", .string(rule.category.rawValue)),
            ("rule", .string(rule.condition)),
            ("integerSamples", .string(rule.integerSamples)),
            ("decimalSamples", .string(rule.decimalSamples)),
        ])
    }
}

extension String {
    func padded(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
