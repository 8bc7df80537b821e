// Numbers and currencies through ICU number skeletons.
#include "Shim.hpp"

#include <unicode/numberformatter.h>
#include <unicode/ucurr.h>
#include <unicode/unumberformatter.h>
#include <unicode/formattedvalue.h>
#include <unicode/ustring.h>
#include <unicode/uenum.h>

#include <string.h>

using namespace icu;

struct LocGenNumberFormatter {
    // LocalizedNumberFormatter is immutable and documented as safe to use from many threads.
    number::LocalizedNumberFormatter formatter;
};

namespace {

int32_t writeFormatted(number::FormattedNumber &&formatted, UErrorCode status, char *out, int32_t capacity,
                       int32_t *length) {
    if (U_FAILURE(status)) {
        return status;
    }
    UnicodeString text = formatted.toString(status);
    if (U_FAILURE(status)) {
        return status;
    }
    return locgen::writeUTF8(text, out, capacity, length);
}

}  // namespace

extern "C" int32_t locgen_number_formatter_open(const char *localeID, const char *skeleton,
                                                LocGenNumberFormatter **formatter, int32_t *errorOffset) {
    *formatter = nullptr;
    *errorOffset = -1;
    LOCGEN_GUARD({
        UErrorCode status = U_ZERO_ERROR;
        UParseError parseError;
        UnicodeString skeletonText = UnicodeString::fromUTF8(skeleton);
        number::UnlocalizedNumberFormatter unlocalized =
            number::NumberFormatter::forSkeleton(skeletonText, parseError, status);
        if (U_FAILURE(status)) {
            *errorOffset = parseError.offset;
            return status;
        }
        *formatter = new LocGenNumberFormatter{unlocalized.locale(Locale(localeID))};
        return status;
    })
}

extern "C" void locgen_number_formatter_close(LocGenNumberFormatter *formatter) { delete formatter; }

extern "C" int32_t locgen_number_format_double(const LocGenNumberFormatter *formatter, double value, char *out,
                                               int32_t capacity, int32_t *length) {
    LOCGEN_GUARD({
        UErrorCode status = U_ZERO_ERROR;
        number::FormattedNumber formatted = formatter->formatter.formatDouble(value, status);
        return writeFormatted(std::move(formatted), status, out, capacity, length);
    })
}

extern "C" int32_t locgen_number_format_decimal(const LocGenNumberFormatter *formatter, const char *decimal,
                                                int32_t decimalLength, char *out, int32_t capacity, int32_t *length) {
    LOCGEN_GUARD({
        UErrorCode status = U_ZERO_ERROR;
        number::FormattedNumber formatted =
            formatter->formatter.formatDecimal(StringPiece(decimal, decimalLength), status);
        return writeFormatted(std::move(formatted), status, out, capacity, length);
    })
}

extern "C" int32_t locgen_number_format_decimal_fields(const LocGenNumberFormatter *formatter, const char *decimal,
                                                       int32_t decimalLength, char *out, int32_t capacity,
                                                       int32_t *length, int32_t *fields, int32_t fieldCapacity,
                                                       int32_t *fieldCount) {
    *fieldCount = 0;
    LOCGEN_GUARD({
        UErrorCode status = U_ZERO_ERROR;
        number::FormattedNumber formatted =
            formatter->formatter.formatDecimal(StringPiece(decimal, decimalLength), status);
        if (U_FAILURE(status)) {
            return status;
        }
        UnicodeString text = formatted.toString(status);
        if (U_FAILURE(status)) {
            return status;
        }
        int32_t result = locgen::writeUTF8(text, out, capacity, length);
        if (result > U_ZERO_ERROR) {
            return result;
        }
        // ICU reports UTF-16 indices; the caller reads UTF-8, so convert each boundary.
        auto utf8Offset = [&](int32_t utf16Index) {
            int32_t bytes = 0;
            UErrorCode ignored = U_ZERO_ERROR;
            u_strToUTF8(nullptr, 0, &bytes, text.getBuffer(), utf16Index, &ignored);
            return bytes;
        };
        ConstrainedFieldPosition position;
        position.constrainCategory(UFIELD_CATEGORY_NUMBER);
        while (formatted.nextPosition(position, status) && *fieldCount < fieldCapacity) {
            int32_t *triple = fields + 3 * (*fieldCount);
            triple[0] = position.getField();
            triple[1] = utf8Offset(position.getStart());
            triple[2] = utf8Offset(position.getLimit());
            ++*fieldCount;
        }
        return U_FAILURE(status) ? static_cast<int32_t>(status) : result;
    })
}

extern "C" int32_t locgen_currency_is_known(const char *isoCode, int32_t *isKnown) {
    *isKnown = 0;
    if (strlen(isoCode) != 3) {
        return U_ZERO_ERROR;
    }
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration *codes = ucurr_openISOCurrencies(UCURR_ALL, &status);
    if (U_FAILURE(status)) {
        return status;
    }
    const char *code;
    while ((code = uenum_next(codes, nullptr, &status)) != nullptr && U_SUCCESS(status)) {
        if (strcmp(code, isoCode) == 0) {
            *isKnown = 1;
            break;
        }
    }
    uenum_close(codes);
    return status;
}

extern "C" int32_t locgen_currency_digits(const char *isoCode, int32_t cash, int32_t *digits, double *increment) {
    UErrorCode status = U_ZERO_ERROR;
    UChar code[4];
    u_charsToUChars(isoCode, code, 3);
    code[3] = 0;
    UCurrencyUsage usage = cash ? UCURR_USAGE_CASH : UCURR_USAGE_STANDARD;
    *digits = ucurr_getDefaultFractionDigitsForUsage(code, usage, &status);
    if (U_FAILURE(status)) {
        return status;
    }
    *increment = ucurr_getRoundingIncrementForUsage(code, usage, &status);
    return status;
}

extern "C" int32_t locgen_currency_name(const char *isoCode, const char *localeID, int32_t symbol, char *out,
                                        int32_t capacity, int32_t *length) {
    UErrorCode status = U_ZERO_ERROR;
    UChar code[4];
    u_charsToUChars(isoCode, code, 3);
    code[3] = 0;
    int32_t nameLength = 0;
    const UChar *name = nullptr;
    if (symbol) {
        name = ucurr_getName(code, localeID, UCURR_SYMBOL_NAME, nullptr, &nameLength, &status);
    } else {
        // The plural-neutral display name ("Swiss franc"), capitalised as CLDR gives it.
        name = ucurr_getName(code, localeID, UCURR_LONG_NAME, nullptr, &nameLength, &status);
    }
    if (U_FAILURE(status)) {
        return status;
    }
    return locgen::writeUTF8(name, nameLength, out, capacity, length);
}
