// The floor for `DateFormat.format(_: Instant)`: the calls of the shim's locgen_date_format.
#include "Floor.hpp"

#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/unistr.h>

#include <new>

using namespace icu;

struct ICUFloorDate {
    UDateFormat *format;
};

extern "C" int32_t icufloor_date_open(const char *localeID, const char *skeleton, const char *zoneID,
                                      ICUFloorDate **formatter) {
    *formatter = nullptr;
    UErrorCode status = U_ZERO_ERROR;
    UDateTimePatternGenerator *generator = udatpg_open(localeID, &status);
    if (U_FAILURE(status)) {
        return status;
    }
    UnicodeString skeletonText = UnicodeString::fromUTF8(skeleton);
    UChar pattern[256];
    int32_t patternLength =
        udatpg_getBestPattern(generator, skeletonText.getBuffer(), skeletonText.length(), pattern, 256, &status);
    udatpg_close(generator);
    if (U_FAILURE(status)) {
        return status;
    }
    UnicodeString zone = UnicodeString::fromUTF8(zoneID);
    UDateFormat *format = udat_open(UDAT_PATTERN, UDAT_PATTERN, localeID, zone.getBuffer(), zone.length(), pattern,
                                    patternLength, &status);
    if (U_FAILURE(status)) {
        return status;
    }
    *formatter = new (std::nothrow) ICUFloorDate{format};
    if (*formatter == nullptr) {
        udat_close(format);
        return U_MEMORY_ALLOCATION_ERROR;
    }
    return status;
}

extern "C" void icufloor_date_close(ICUFloorDate *formatter) {
    if (formatter != nullptr) {
        udat_close(formatter->format);
        delete formatter;
    }
}

extern "C" int32_t icufloor_date_run(ICUFloorDate *formatter, double millis, int64_t iterations, char *out,
                                     int32_t capacity, int32_t *length, uint64_t *checksum, uint64_t *nanoseconds) {
    uint64_t start = icufloor_now();
    for (int64_t iteration = 0; iteration < iterations; ++iteration) {
        UErrorCode status = U_ZERO_ERROR;
        UChar text[256];
        int32_t textLength = udat_format(formatter->format, millis, text, 256, nullptr, &status);
        if (U_FAILURE(status)) {
            return status;
        }
        status = icufloor::writeUTF8(text, textLength, out, capacity, length, checksum);
        if (U_FAILURE(status)) {
            return status;
        }
    }
    *nanoseconds = icufloor_now() - start;
    return U_ZERO_ERROR;
}
