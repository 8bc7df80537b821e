// Cardinal and ordinal plural rules, and CLDR's rule text with its samples.
#include "Shim.hpp"

#include <unicode/locid.h>
#include <unicode/numberformatter.h>
#include <unicode/plurrule.h>
#include <unicode/uloc.h>
#include <unicode/ures.h>

#include <string>

using namespace icu;

namespace {
// Formatters for 0 … kCachedFractionDigits visible fraction digits are made when the rules open,
// so that selecting never mutates shared state.
constexpr int32_t kCachedFractionDigits = 6;
}  // namespace

struct LocGenPluralRules {
    PluralRules *rules;
    Locale locale;
    number::LocalizedNumberFormatter visible[kCachedFractionDigits + 1];
};

extern "C" int32_t locgen_plural_rules_open(const char *localeID, int32_t ordinal, LocGenPluralRules **rules) {
    *rules = nullptr;
    LOCGEN_GUARD({
        UErrorCode status = U_ZERO_ERROR;
        Locale locale(localeID);
        PluralRules *plural =
            PluralRules::forLocale(locale, ordinal ? UPLURAL_TYPE_ORDINAL : UPLURAL_TYPE_CARDINAL, status);
        if (U_FAILURE(status)) {
            return status;
        }
        LocGenPluralRules *result = new LocGenPluralRules{plural, locale, {}};
        for (int32_t digits = 0; digits <= kCachedFractionDigits; ++digits) {
            result->visible[digits] = number::NumberFormatter::withLocale(locale)
                                          .precision(number::Precision::minMaxFraction(digits, digits))
                                          .grouping(UNUM_GROUPING_OFF);
        }
        *rules = result;
        return status;
    })
}

extern "C" void locgen_plural_rules_close(LocGenPluralRules *rules) {
    if (rules != nullptr) {
        delete rules->rules;
        delete rules;
    }
}

extern "C" int32_t locgen_plural_select(const LocGenPluralRules *rules, const char *decimal, int32_t decimalLength,
                                        char *out, int32_t capacity, int32_t *length) {
    LOCGEN_GUARD({
        // CLDR's operands v and f count the visible fraction digits: "1.0" is not "1".
        int32_t fractionDigits = 0;
        bool inFraction = false;
        for (int32_t index = 0; index < decimalLength; ++index) {
            char character = decimal[index];
            if (character == '.') {
                inFraction = true;
            } else if (character == 'e' || character == 'E') {
                break;
            } else if (inFraction) {
                ++fractionDigits;
            }
        }
        UErrorCode status = U_ZERO_ERROR;
        number::FormattedNumber formatted;
        if (fractionDigits <= kCachedFractionDigits) {
            formatted = rules->visible[fractionDigits].formatDecimal(StringPiece(decimal, decimalLength), status);
        } else {
            formatted = number::NumberFormatter::withLocale(rules->locale)
                            .precision(number::Precision::minMaxFraction(fractionDigits, fractionDigits))
                            .formatDecimal(StringPiece(decimal, decimalLength), status);
        }
        if (U_FAILURE(status)) {
            return status;
        }
        UnicodeString keyword = rules->rules->select(formatted, status);
        if (U_FAILURE(status)) {
            return status;
        }
        return locgen::writeUTF8(keyword, out, capacity, length);
    })
}

extern "C" int32_t locgen_plural_rules_describe(const char *localeID, int32_t ordinal, char *out, int32_t capacity,
                                                int32_t *length) {
    LOCGEN_GUARD({
        // ICU keeps CLDR's rules, samples included, in the "plurals" bundle: a locale names a rule
        // set, and the set maps each category to its rule text.
        UErrorCode status = U_ZERO_ERROR;
        LocalUResourceBundlePointer plurals(ures_openDirect(nullptr, "plurals", &status));
        LocalUResourceBundlePointer locales(
            ures_getByKey(plurals.getAlias(), ordinal ? "locales_ordinals" : "locales", nullptr, &status));
        if (U_FAILURE(status)) {
            return status;
        }
        char current[ULOC_FULLNAME_CAPACITY];
        snprintf(current, sizeof current, "%s", localeID);
        std::string setName;
        while (true) {
            UErrorCode lookup = U_ZERO_ERROR;
            int32_t nameLength = 0;
            const UChar *name = ures_getStringByKey(locales.getAlias(), current, &nameLength, &lookup);
            if (U_SUCCESS(lookup)) {
                UnicodeString(name, nameLength).toUTF8String(setName);
                break;
            }
            char parent[ULOC_FULLNAME_CAPACITY];
            UErrorCode parentStatus = U_ZERO_ERROR;
            int32_t parentLength = uloc_getParent(current, parent, ULOC_FULLNAME_CAPACITY, &parentStatus);
            if (U_FAILURE(parentStatus) || parentLength == 0) {
                snprintf(current, sizeof current, "root");
                if (setName.empty()) {
                    UErrorCode rootLookup = U_ZERO_ERROR;
                    name = ures_getStringByKey(locales.getAlias(), "root", &nameLength, &rootLookup);
                    if (U_FAILURE(rootLookup)) {
                        return rootLookup;
                    }
                    UnicodeString(name, nameLength).toUTF8String(setName);
                }
                break;
            }
            snprintf(current, sizeof current, "%s", parent);
        }
        LocalUResourceBundlePointer rules(ures_getByKey(plurals.getAlias(), "rules", nullptr, &status));
        LocalUResourceBundlePointer set(ures_getByKey(rules.getAlias(), setName.c_str(), nullptr, &status));
        if (U_FAILURE(status)) {
            return status;
        }
        UnicodeString text;
        int32_t size = ures_getSize(set.getAlias());
        for (int32_t index = 0; index < size; ++index) {
            int32_t ruleLength = 0;
            const char *key = nullptr;
            const UChar *rule = ures_getStringByIndex(set.getAlias(), index, &ruleLength, &status);
            LocalUResourceBundlePointer item(ures_getByIndex(set.getAlias(), index, nullptr, &status));
            if (U_FAILURE(status)) {
                return status;
            }
            key = ures_getKey(item.getAlias());
            if (index > 0) {
                text += static_cast<UChar>('\n');
            }
            text += UnicodeString(key, -1, US_INV);
            text += UNICODE_STRING_SIMPLE(": ");
            text += UnicodeString(rule, ruleLength);
        }
        return locgen::writeUTF8(text, out, capacity, length);
    })
}
