// Dates, times, relative time and lists.
#include "Shim.hpp"

#include <unicode/reldatefmt.h>
#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/ulistformatter.h>
#include <unicode/ureldatefmt.h>

#include <vector>

using namespace icu;

struct LocGenDateFormatter {
    UDateFormat *format;
};

struct LocGenRelativeFormatter {
    URelativeDateTimeFormatter *format;
};

extern "C" int32_t locgen_time_zone_canonical(const char *zoneID, char *out, int32_t capacity, int32_t *length,
                                              int32_t *isKnown) {
    *isKnown = 0;
    *length = 0;
    UErrorCode status = U_ZERO_ERROR;
    UnicodeString zone = UnicodeString::fromUTF8(zoneID);
    UChar canonical[128];
    UBool isSystemID = false;
    int32_t canonicalLength =
        ucal_getCanonicalTimeZoneID(zone.getBuffer(), zone.length(), canonical, 128, &isSystemID, &status);
    if (U_FAILURE(status)) {
        // An unknown ID is an answer, not a failure of the call.
        return status == U_ILLEGAL_ARGUMENT_ERROR ? U_ZERO_ERROR : status;
    }
    *isKnown = isSystemID ? 1 : 0;
    return locgen::writeUTF8(canonical, canonicalLength, out, capacity, length);
}

struct LocGenZoneCalendar {
    UCalendar *calendar;
};

extern "C" int32_t locgen_zone_calendar_open(const char *zoneID, LocGenZoneCalendar **calendar) {
    *calendar = nullptr;
    LOCGEN_GUARD({
        UErrorCode status = U_ZERO_ERROR;
        UnicodeString zone = UnicodeString::fromUTF8(zoneID);
        UCalendar *opened = ucal_open(zone.getBuffer(), zone.length(), "en_US@calendar=gregorian", UCAL_GREGORIAN,
                                      &status);
        if (U_FAILURE(status)) {
            return status;
        }
        // A proleptic Gregorian calendar: ISO 8601 dates before 1582 stay Gregorian.
        ucal_setGregorianChange(opened, -8.64e15, &status);
        ucal_setAttribute(opened, UCAL_LENIENT, 0);
        if (U_FAILURE(status)) {
            ucal_close(opened);
            return status;
        }
        *calendar = new LocGenZoneCalendar{opened};
        return status;
    })
}

extern "C" void locgen_zone_calendar_close(LocGenZoneCalendar *calendar) {
    if (calendar != nullptr) {
        ucal_close(calendar->calendar);
        delete calendar;
    }
}

extern "C" int32_t locgen_zone_calendar_millis(LocGenZoneCalendar *calendar, int32_t year, int32_t month,
                                               int32_t day, int32_t hour, int32_t minute, int32_t second,
                                               int32_t millisecond, double *millis) {
    UErrorCode status = U_ZERO_ERROR;
    // Every field starts unset, so nothing of the previous call (a refused time among them) carries over.
    ucal_clear(calendar->calendar);
    ucal_setDateTime(calendar->calendar, year, month - 1, day, hour, minute, second, &status);
    ucal_set(calendar->calendar, UCAL_MILLISECOND, millisecond);
    *millis = ucal_getMillis(calendar->calendar, &status);
    return status;
}

namespace {

int32_t openPattern(const char *localeID, const UChar *pattern, int32_t patternLength, const char *zoneID,
                    LocGenDateFormatter **formatter) {
    UErrorCode status = U_ZERO_ERROR;
    UnicodeString zone = UnicodeString::fromUTF8(zoneID);
    UDateFormat *format =
        udat_open(UDAT_PATTERN, UDAT_PATTERN, localeID, zone.getBuffer(), zone.length(), pattern, patternLength,
                  &status);
    if (U_FAILURE(status)) {
        return status;
    }
    *formatter = new LocGenDateFormatter{format};
    return status;
}

}  // namespace

extern "C" int32_t locgen_date_formatter_open_skeleton(const char *localeID, const char *skeleton,
                                                       const char *zoneID, LocGenDateFormatter **formatter) {
    *formatter = nullptr;
    LOCGEN_GUARD({
        UErrorCode status = U_ZERO_ERROR;
        UDateTimePatternGenerator *generator = udatpg_open(localeID, &status);
        if (U_FAILURE(status)) {
            return status;
        }
        UnicodeString skeletonText = UnicodeString::fromUTF8(skeleton);
        UChar pattern[256];
        int32_t patternLength = udatpg_getBestPattern(generator, skeletonText.getBuffer(), skeletonText.length(),
                                                      pattern, 256, &status);
        udatpg_close(generator);
        if (U_FAILURE(status)) {
            return status;
        }
        return openPattern(localeID, pattern, patternLength, zoneID, formatter);
    })
}

extern "C" int32_t locgen_date_formatter_open_style(const char *localeID, int32_t dateStyle, int32_t timeStyle,
                                                    const char *zoneID, LocGenDateFormatter **formatter) {
    *formatter = nullptr;
    LOCGEN_GUARD({
        UErrorCode status = U_ZERO_ERROR;
        UnicodeString zone = UnicodeString::fromUTF8(zoneID);
        UDateFormat *format = udat_open(static_cast<UDateFormatStyle>(timeStyle),
                                        static_cast<UDateFormatStyle>(dateStyle), localeID, zone.getBuffer(),
                                        zone.length(), nullptr, 0, &status);
        if (U_FAILURE(status)) {
            return status;
        }
        *formatter = new LocGenDateFormatter{format};
        return status;
    })
}

extern "C" void locgen_date_formatter_close(LocGenDateFormatter *formatter) {
    if (formatter != nullptr) {
        udat_close(formatter->format);
        delete formatter;
    }
}

extern "C" int32_t locgen_date_formatter_pattern(const LocGenDateFormatter *formatter, char *out, int32_t capacity,
                                                 int32_t *length) {
    UErrorCode status = U_ZERO_ERROR;
    UChar pattern[256];
    int32_t patternLength = udat_toPattern(formatter->format, false, pattern, 256, &status);
    if (U_FAILURE(status)) {
        return status;
    }
    return locgen::writeUTF8(pattern, patternLength, out, capacity, length);
}

extern "C" int32_t locgen_date_format(LocGenDateFormatter *formatter, double millis, char *out, int32_t capacity,
                                      int32_t *length) {
    UErrorCode status = U_ZERO_ERROR;
    UChar text[256];
    int32_t textLength = udat_format(formatter->format, millis, text, 256, nullptr, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        std::vector<UChar> large(textLength + 1);
        status = U_ZERO_ERROR;
        textLength = udat_format(formatter->format, millis, large.data(), textLength + 1, nullptr, &status);
        if (U_FAILURE(status)) {
            return status;
        }
        return locgen::writeUTF8(large.data(), textLength, out, capacity, length);
    }
    if (U_FAILURE(status)) {
        return status;
    }
    return locgen::writeUTF8(text, textLength, out, capacity, length);
}

extern "C" int32_t locgen_relative_formatter_open(const char *localeID, int32_t width,
                                                  LocGenRelativeFormatter **formatter) {
    *formatter = nullptr;
    UErrorCode status = U_ZERO_ERROR;
    URelativeDateTimeFormatter *format =
        ureldatefmt_open(localeID, nullptr, static_cast<UDateRelativeDateTimeFormatterStyle>(width),
                         UDISPCTX_CAPITALIZATION_NONE, &status);
    if (U_FAILURE(status)) {
        return status;
    }
    *formatter = new LocGenRelativeFormatter{format};
    return status;
}

extern "C" void locgen_relative_formatter_close(LocGenRelativeFormatter *formatter) {
    if (formatter != nullptr) {
        ureldatefmt_close(formatter->format);
        delete formatter;
    }
}

extern "C" int32_t locgen_relative_format(LocGenRelativeFormatter *formatter, double value, int32_t unit,
                                          int32_t numeric, char *out, int32_t capacity, int32_t *length) {
    UErrorCode status = U_ZERO_ERROR;
    UChar text[256];
    int32_t textLength = 0;
    if (numeric) {
        textLength = ureldatefmt_formatNumeric(formatter->format, value, static_cast<URelativeDateTimeUnit>(unit),
                                               text, 256, &status);
    } else {
        textLength =
            ureldatefmt_format(formatter->format, value, static_cast<URelativeDateTimeUnit>(unit), text, 256, &status);
    }
    if (U_FAILURE(status)) {
        return status;
    }
    return locgen::writeUTF8(text, textLength, out, capacity, length);
}

extern "C" int32_t locgen_list_format(const char *localeID, int32_t type, int32_t width, const char *const *items,
                                      const int32_t *itemLengths, int32_t count, char *out, int32_t capacity,
                                      int32_t *length) {
    LOCGEN_GUARD({
        UErrorCode status = U_ZERO_ERROR;
        UListFormatter *list = ulistfmt_openForType(localeID, static_cast<UListFormatterType>(type),
                                                    static_cast<UListFormatterWidth>(width), &status);
        if (U_FAILURE(status)) {
            return status;
        }
        std::vector<UnicodeString> strings;
        std::vector<const UChar *> pointers;
        std::vector<int32_t> lengths;
        strings.reserve(count);
        for (int32_t index = 0; index < count; ++index) {
            strings.push_back(locgen::fromUTF8(items[index], itemLengths[index]));
        }
        for (const UnicodeString &string : strings) {
            pointers.push_back(string.getBuffer());
            lengths.push_back(string.length());
        }
        int32_t textLength = ulistfmt_format(list, pointers.data(), lengths.data(), count, nullptr, 0, &status);
        if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) {
            ulistfmt_close(list);
            return status;
        }
        std::vector<UChar> text(textLength + 1);
        status = U_ZERO_ERROR;
        textLength = ulistfmt_format(list, pointers.data(), lengths.data(), count, text.data(), textLength + 1, &status);
        ulistfmt_close(list);
        if (U_FAILURE(status)) {
            return status;
        }
        return locgen::writeUTF8(text.data(), textLength, out, capacity, length);
    })
}
