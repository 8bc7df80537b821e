// The floor for `NumberFormat.format(decimal:)`: the calls of the shim's locgen_number_format_decimal.
#include "Floor.hpp"

#include <unicode/numberformatter.h>

#include <new>

using namespace icu;

struct ICUFloorNumber {
    number::LocalizedNumberFormatter formatter;
};

extern "C" int32_t icufloor_number_open(const char *localeID, const char *skeleton, ICUFloorNumber **formatter) {
    *formatter = nullptr;
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError;
    number::UnlocalizedNumberFormatter unlocalized =
        number::NumberFormatter::forSkeleton(UnicodeString::fromUTF8(skeleton), parseError, status);
    if (U_FAILURE(status)) {
        return status;
    }
    *formatter = new (std::nothrow) ICUFloorNumber{unlocalized.locale(Locale(localeID))};
    return *formatter == nullptr ? U_MEMORY_ALLOCATION_ERROR : status;
}

extern "C" void icufloor_number_close(ICUFloorNumber *formatter) { delete formatter; }

extern "C" int32_t icufloor_number_run(const ICUFloorNumber *formatter, const char *decimal, int64_t iterations,
                                       char *out, int32_t capacity, int32_t *length, uint64_t *checksum,
                                       uint64_t *nanoseconds) {
    StringPiece input(decimal);
    uint64_t start = icufloor_now();
    for (int64_t iteration = 0; iteration < iterations; ++iteration) {
        UErrorCode status = U_ZERO_ERROR;
        number::FormattedNumber formatted = formatter->formatter.formatDecimal(input, status);
        UnicodeString text = formatted.toString(status);
        if (U_FAILURE(status)) {
            return status;
        }
        status = icufloor::writeUTF8(text.getBuffer(), text.length(), out, capacity, length, checksum);
        if (U_FAILURE(status)) {
            return status;
        }
    }
    *nanoseconds = icufloor_now() - start;
    return U_ZERO_ERROR;
}
