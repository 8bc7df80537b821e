import LocGenICU
import Testing

/// Expected strings in these tests are ICU 72 / CLDR 42 output (Debian 12); other ICU versions
/// differ in details such as spaces and symbols, so those tests run only on the pinned version.
let pinnedICU = ConditionTrait.enabled(if: ICU.majorVersion == 72, "expected strings are ICU 72 / CLDR 42 output")

/// Shows the invisible spaces ICU uses, so a failure diff says which one differs.
func visible(_ text: String) -> String {
    var output = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\u{00A0}": output += "⟨NBSP⟩"
        case "\u{202F}": output += "⟨NNBSP⟩"
        case "\u{200F}": output += "⟨RLM⟩"
        case "\u{200E}": output += "⟨LRM⟩"
        case "\u{061C}": output += "⟨ALM⟩"
        default: output.unicodeScalars.append(scalar)
        }
    }
    return output
}

func locale(_ tag: String) throws -> LocaleID { try LocaleID(tag) }
