import LocGenICU

/// The punctuation a message ends with, by kind, so that `。` and `.` or `؟` and `?` compare equal.
struct SentenceEnding: Equatable {
    enum Mark { case period, exclamation, question, colon, ellipsis }

    /// The kind of the final mark, or `nil` when the text ends without one.
    var mark: Mark?
    /// Where the final marks are (`?!`, `...`, `。`); empty, where one would go, when there is none.
    var range: Range<Int>
    /// Whether the final `.` belongs to an abbreviation (`MwSt.`, `z.B.`, `inkl.`) rather than ending a
    /// sentence, so it matches a source that ends with a full stop and one that ends with none.
    var isAbbreviation = false

    /// Where the final marks start, or where one would go when there is none.
    var offset: Int { range.lowerBound }

    /// How a language writes the end of a sentence, where it differs from `.` `!` `?` `:`.
    struct Conventions: Sendable {
        /// Greek writes `;` for a question mark.
        var usesSemicolonQuestion: Bool
        /// Armenian puts `՞` and `՜` on the stressed word, not at the end, and `։` (often typed `:`) ends a sentence.
        var marksWords: Bool
        /// Thai and Lao end sentences with a space, not a full stop.
        var hasNoFullStop: Bool

        init(language: String) {
            usesSemicolonQuestion = language == "el"
            marksWords = language == "hy"
            hasNoFullStop = language == "th" || language == "lo"
        }

        /// Whether a translation's ending matches the source's.
        func matches(_ ending: SentenceEnding, source: SentenceEnding, in message: CheckedMessage) -> Bool {
            if ending.mark == source.mark { return true }
            if ending.isAbbreviation, source.mark == nil || source.mark == .period { return true }
            if hasNoFullStop, source.mark == .period, ending.mark == nil { return true }
            guard marksWords else { return false }
            switch source.mark {
            case .period?, .colon?: return ending.mark == .period || ending.mark == .colon
            case .question?: return message.scalars.contains("\u{055E}")
            case .exclamation?: return message.scalars.contains("\u{055C}")
            case .ellipsis?, nil: return false
            }
        }
    }

    /// The ending of a parsed message along its `other` path, ignoring trailing white space, closing quotes,
    /// brackets and tags; `nil` when the message has no text at all.
    init?(of message: CheckedMessage, conventions: Conventions) {
        let scalars = message.scalars
        for node in message.otherPath.reversed() {
            switch node {
            case .text(_, let range):
                var end = range.upperBound
                while end > range.lowerBound {
                    let scalar = scalars[end - 1]
                    if scalar.isWhiteSpace || Self.isCloser(scalar) {
                        end -= 1
                    } else if scalar == ">", let tag = Self.tagStart(before: end, in: scalars, from: range.lowerBound) {
                        end = tag
                    } else {
                        break
                    }
                }
                guard end > range.lowerBound else { continue }
                var start = end
                while start > range.lowerBound, Self.mark(scalars[start - 1], conventions) != nil { start -= 1 }
                let isDots = end - start >= 3 && scalars[end - 3..<end].allSatisfy { $0 == "." }
                let mark = isDots ? .ellipsis : end > start ? Self.mark(scalars[end - 1], conventions) : nil
                self.init(mark: mark, range: start..<end)
                if mark == .period, end - start == 1, scalars[start] == "." {
                    isAbbreviation = Self.isAbbreviation(before: start, in: scalars, from: range.lowerBound)
                }
                return
            case .pound(let range):
                self.init(mark: nil, range: range.upperBound..<range.upperBound)
                return
            case .argument(let argument):
                self.init(mark: nil, range: argument.range.upperBound..<argument.range.upperBound)
                return
            }
        }
        return nil
    }

    init(mark: Mark?, range: Range<Int>) {
        self.mark = mark
        self.range = range
    }

    private static func mark(_ scalar: Unicode.Scalar, _ conventions: Conventions) -> Mark? {
        switch scalar {
        case ".", "。", "．", "｡", "।", "॥", "۔", "։", "።", "။", "។", "᠃": .period
        case "!", "！", "߹": .exclamation
        case "?", "？", "؟", "፧", "\u{037E}", "⸮": .question
        case ";" where conventions.usesSemicolonQuestion: .question
        case ":", "：", "︓", "﹕": .colon
        case "…", "⋯", "︙": .ellipsis
        default: nil
        }
    }

    /// Abbreviations that end price and legal wording in many languages, lower-cased, without the dot.
    private static let commonAbbreviations: Set<String> = [
        "inkl", "exkl", "zzgl", "ggf", "usw", "bzw", "ca", "etc", "incl", "excl", "approx", "env", "nr", "no",
        "st", "stk", "pcs", "co", "ltd", "inc", "vs", "bzgl", "evtl", "max", "min", "mwst", "ust", "ttc", "ht",
        "iva", "sa", "cf", "p", "pp", "vol", "ref", "art", "tel", "dl", "ml", "kg", "gr",
    ]

    /// Whether the word before a final `.` is an abbreviation: one with an inner capital (`MwSt`,
    /// `GmbH`) or an inner dot (`z.B`, `U.S`), or a common one (`inkl`, `etc`).
    private static func isAbbreviation(before dot: Int, in scalars: [Unicode.Scalar], from lower: Int) -> Bool {
        var start = dot
        while start > lower, scalars[start - 1].properties.isAlphabetic || scalars[start - 1] == "." { start -= 1 }
        let word = scalars[start..<dot]
        guard !word.isEmpty, word.count <= 6, word.first != "." else { return false }
        if word.dropFirst().contains(where: { $0 == "." }) { return true }
        if word.dropFirst().contains(where: { $0.properties.isUppercase }) { return true }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: word)
        return commonAbbreviations.contains(String(text).lowercased())
    }

    /// Quotes and brackets that may close a sentence after its final mark: `„Hallo.“`, `(siehe oben.)`.
    private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "”", "’", "“", "‘", "»", "«", "›", "‹", ")", "]", "」", "』", "）", "］", "】", "〕", "〉", "》":
            true
        default:
            false
        }
    }

    /// The start of a tag `<b>` or `</b>` that ends at `end`, if the text there is one.
    private static func tagStart(before end: Int, in scalars: [Unicode.Scalar], from lower: Int) -> Int? {
        var index = end - 2
        while index >= lower, scalars[index] != "<", scalars[index] != ">" { index -= 1 }
        guard index >= lower, scalars[index] == "<", index + 1 < end - 1 else { return nil }
        let next = scalars[index + 1]
        return next == "/" || ("a"..."z").contains(next) || ("A"..."Z").contains(next) ? index : nil
    }
}
