import ArgumentParser
import LocGenICU
import LocGenKit

/// `locgen format`: preview one message, number, price, date, relative time or list in one locale.
struct Format: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Format a message, number, price, date or list in a locale, as a page would show it.",
        discussion: """
            A message is an ICU MessageFormat pattern followed by its arguments as name=value:
            numbers become numbers, ISO 8601 dates and instants become dates, anything else a string.
            --json passes typed arguments instead.

            Examples:
              locgen format --locale ru-RU '{count, plural, one {# товар} few {# товара} many {# товаров} other {# товара}}' count=21
              locgen format --locale fr-FR '{n, selectordinal, one {#er} other {#e}} arrivé' n=2
              locgen format --locale de-CH --currency CHF 1234.567 --cash
              locgen format --locale ja-JP --date 2026-11-25T09:30:00Z --skeleton yMMMMEEEEd --time-zone Asia/Tokyo
              locgen format --locale ar-EG --skeleton percent 0.256
              locgen format --locale de --relative -3 --unit day
              locgen format --locale es --list Madrid Sevilla Bilbao

            Exit status: 0 formatted, 1 the message or its arguments are wrong, 2 a bad flag, locale,
            time zone, currency or skeleton.
            """
    )

    @Option(name: .shortAndLong, help: "The BCP 47 locale tag, e.g. de-CH, es-419, zh-Hant-HK.")
    var locale: String

    @Option(help: "Format the number given as an amount of this ISO 4217 currency.")
    var currency: String?

    @Flag(help: "With --currency: round as cash is paid (CHF to 0.05).")
    var cash = false

    @Option(help: "Format this ISO 8601 date or instant (2026-11-25, 2026-11-25T09:30:00Z).")
    var date: String?

    @Option(help: "An ICU skeleton: a number skeleton (compact-short, .00, measure-unit/length-meter) or with --date a date skeleton (yMMMMEEEEd). The message styles percent, integer and currency mean what they mean in {n, number, percent}.")
    var skeleton: String?

    @Option(help: "With --date: full, long, medium or short.")
    var dateStyle: String?

    @Option(help: "With --date: full, long, medium or short.")
    var timeStyle: String?

    @Option(help: "The IANA time zone dates are shown in; never the machine's.")
    var timeZone = "UTC"

    @Option(parsing: .unconditional, help: "Format this number as a time relative to now, in --unit (-3 is three units ago).")
    var relative: String?

    @Option(help: "With --relative: year, quarter, month, week, day, hour, minute or second.")
    var unit = "day"

    @Flag(help: "With --relative: always use numbers ('in 1 day', not 'tomorrow').")
    var numeric = false

    @Flag(help: "Join the arguments as a list ('A, B and C').")
    var list = false

    @Flag(help: "With --list: join with 'or'.")
    var or = false

    @Option(help: "The message's arguments as a JSON object: {\"count\": 3, \"name\": \"Ana\"}.")
    var json: String?

    @Argument(help: "The message pattern (or the number) and then name=value arguments.")
    var input: [String] = []

    func validate() throws {
        let modes = [currency != nil, date != nil, relative != nil, list].filter { $0 }.count
        if modes > 1 {
            throw ValidationError("use only one of --currency, --date, --relative and --list")
        }
        if cash && currency == nil { throw ValidationError("--cash goes with --currency") }
        if (dateStyle != nil || timeStyle != nil) && date == nil {
            throw ValidationError("--date-style and --time-style go with --date")
        }
        if date != nil && skeleton != nil && (dateStyle != nil || timeStyle != nil) {
            throw ValidationError("give either --skeleton or --date-style/--time-style, not both")
        }
        if date != nil || relative != nil {
            if !input.isEmpty { throw ValidationError("unexpected arguments after the date or relative value: \(input.joined(separator: " "))") }
        } else if input.isEmpty {
            throw ValidationError("give a message pattern, or a number with --currency or --skeleton")
        }
    }

    func run() async throws {
        let request = try FormatRequest(locale: locale, timeZone: timeZone, subject: subject())
        do {
            Terminal.print(try request.run())
        } catch {
            report(error)
        }
    }

    private func subject() throws -> FormatRequest.Subject {
        if list {
            return .list(input, kind: or ? .or : .and)
        }
        if let relative {
            guard let unit = RelativeTimeFormat.Unit(name: unit) else {
                throw ValidationError("unknown --unit '\(unit)'; use year, quarter, month, week, day, hour, minute or second")
            }
            return .relative(relative, unit: unit, numeric: numeric)
        }
        if let date {
            return .date(date, skeleton: skeleton, dateStyle: try style(dateStyle, "--date-style"), timeStyle: try style(timeStyle, "--time-style"))
        }
        if let currency {
            guard input.count == 1 else { throw ValidationError("--currency takes exactly one amount, e.g. 1234.50") }
            return .currency(input[0], code: currency, cash: cash, skeleton: skeleton ?? "")
        }
        if let skeleton {
            guard input.count == 1 else { throw ValidationError("--skeleton takes exactly one number, e.g. 0.256") }
            return .number(input[0], skeleton: skeleton)
        }
        return .message(input[0], arguments: try arguments(Array(input.dropFirst())))
    }

    private func style(_ name: String?, _ flag: String) throws -> DateFormat.Style? {
        guard let name else { return nil }
        guard let style = DateFormat.Style(name: name) else {
            throw ValidationError("unknown \(flag) '\(name)'; use full, long, medium or short")
        }
        return style
    }

    private func arguments(_ pairs: [String]) throws -> [String: MessageValue] {
        var arguments: [String: MessageValue] = [:]
        if let json {
            do {
                arguments = try JSONArguments.parse(json)
            } catch {
                throw ValidationError("--json: \(error.message)")
            }
        }
        for pair in pairs {
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                throw ValidationError("argument '\(pair)' is not name=value, e.g. count=3")
            }
            let name = String(pair[..<equals])
            arguments[name] = MessageValue(inferringTypeOf: String(pair[pair.index(after: equals)...]))
        }
        return arguments
    }

    /// Prints an engine error compiler-style, with a caret under the spot in the pattern, and exits.
    private func report(_ error: ICUError) -> Never {
        if error.code == .messageSyntax, case .message(let pattern, _) = try? subject() {
            let snippet = SourceSnippet(text: pattern, scalarOffset: error.offset ?? 0)
            let place = pattern.contains("\n") ? "\(snippet.lineNumber):\(snippet.column)" : "column \(snippet.column)"
            Terminal.printError("error: \(error.description) (message \(place))")
            Terminal.printError(snippet.rendered)
        } else {
            Terminal.printError("error: \(error.description)")
        }
        Terminal.exit(FormatRequest.isUsageError(error) ? 2 : 1)
    }
}
