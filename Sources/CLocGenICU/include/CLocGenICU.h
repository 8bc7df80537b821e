// CLocGenICU: a plain C interface over the parts of ICU4C that locgen uses.
//
// Conventions, for every function here:
// - The return value is ICU's UErrorCode as an int32_t: 0 is success, a negative value is a
//   warning that still means success, a positive value is a failure (see `u_errorName`).
// - Strings are UTF-8. An output buffer follows ICU's preflight pattern: `*length` receives the
//   full length (without a terminating NUL) and the call returns U_BUFFER_OVERFLOW_ERROR (15)
//   when `capacity` was too small; call again with a buffer of that size.
// - Handles returned through an out-parameter are owned by the caller and released with the
//   matching `*_close` function. C++ exceptions never cross this boundary.
#ifndef CLOCGENICU_H
#define CLOCGENICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#pragma clang assume_nonnull begin

// MARK: - Library facts

/// The symbolic name of an ICU status code, e.g. "U_ILLEGAL_ARGUMENT_ERROR".
const char *locgen_error_name(int32_t status);

/// ICU's version as four numbers (major, minor, milli, micro).
void locgen_icu_version(uint8_t version[_Nonnull 4]);

/// The Unicode CLDR version of ICU's data as major and minor.
int32_t locgen_cldr_version(int32_t *major, int32_t *minor);

// MARK: - Locales

/// Parses a BCP 47 tag into an ICU locale ID; `*parsedLength` tells how much of `tag` was read.
int32_t locgen_locale_from_tag(const char *tag, char *out, int32_t capacity, int32_t *length,
                               int32_t *parsedLength);

/// Writes the well-formed BCP 47 tag of an ICU locale ID.
int32_t locgen_locale_to_tag(const char *localeID, char *out, int32_t capacity, int32_t *length);

/// Canonicalises an ICU locale ID with CLDR's alias data (iw → he, deprecated regions …).
int32_t locgen_locale_canonicalize(const char *localeID, char *out, int32_t capacity, int32_t *length);

/// Adds likely subtags (en → en_Latn_US).
int32_t locgen_locale_maximize(const char *localeID, char *out, int32_t capacity, int32_t *length);

/// Removes subtags that likely-subtags data would add back (en_Latn_US → en).
int32_t locgen_locale_minimize(const char *localeID, char *out, int32_t capacity, int32_t *length);

/// Which part of a locale ID `locgen_locale_part` returns.
typedef enum {
    LOCGEN_LOCALE_PART_LANGUAGE = 0,
    LOCGEN_LOCALE_PART_SCRIPT = 1,
    LOCGEN_LOCALE_PART_REGION = 2,
    LOCGEN_LOCALE_PART_VARIANT = 3,
} LocGenLocalePart;

/// One part of an ICU locale ID, empty when the ID has none.
int32_t locgen_locale_part(const char *localeID, LocGenLocalePart part, char *out, int32_t capacity,
                           int32_t *length);

/// The English name of a language, script or region code, or an empty string when ICU has none.
int32_t locgen_locale_code_name(LocGenLocalePart part, const char *code, char *out, int32_t capacity,
                                int32_t *length);

/// The display name of a locale in `displayLocaleID`, capitalised for a menu or list.
int32_t locgen_locale_display_name(const char *localeID, const char *displayLocaleID, char *out,
                                   int32_t capacity, int32_t *length);

/// Whether the locale's script is written right to left (uloc_isRightToLeft).
int32_t locgen_locale_is_right_to_left(const char *localeID, int32_t *isRightToLeft);

/// The CLDR parent of a locale ID (es_MX → es_419, en_IN → en_001), or "root".
///
/// Uses the `%%Parent` entries in ICU's locale data and truncates otherwise.
int32_t locgen_locale_parent(const char *localeID, char *out, int32_t capacity, int32_t *length);

/// Whether ICU has locale data of its own for exactly this ID (not through fallback).
int32_t locgen_locale_has_data(const char *localeID, int32_t *hasData);

/// The ISO 4217 currency in use in the locale's region today, empty when there is none.
int32_t locgen_locale_currency(const char *localeID, char *out, int32_t capacity, int32_t *length);

/// The locale's decimal separator, grouping separator and numbering system, separated by U+001F.
int32_t locgen_locale_number_symbols(const char *localeID, char *out, int32_t capacity, int32_t *length);

// MARK: - Currencies

/// Whether `isoCode` is a currency ICU knows (current or historic).
int32_t locgen_currency_is_known(const char *isoCode, int32_t *isKnown);

/// The fraction digits and rounding increment of a currency; `cash` selects cash usage.
int32_t locgen_currency_digits(const char *isoCode, int32_t cash, int32_t *digits, double *increment);

/// The name of a currency in a locale ("Schweizer Franken"), or its symbol with `symbol` set.
int32_t locgen_currency_name(const char *isoCode, const char *localeID, int32_t symbol, char *out,
                             int32_t capacity, int32_t *length);

// MARK: - Numbers

/// A compiled number formatter (ICU's LocalizedNumberFormatter); safe to share between threads.
typedef struct LocGenNumberFormatter LocGenNumberFormatter;

/// Compiles an ICU number skeleton for a locale; `*errorOffset` locates a skeleton error.
int32_t locgen_number_formatter_open(const char *localeID, const char *skeleton,
                                     LocGenNumberFormatter *_Nullable *_Nonnull formatter,
                                     int32_t *errorOffset);
void locgen_number_formatter_close(LocGenNumberFormatter *_Nullable formatter);

/// Formats a binary floating-point value.
int32_t locgen_number_format_double(const LocGenNumberFormatter *formatter, double value, char *out,
                                    int32_t capacity, int32_t *length);

/// Formats a decimal number given as a string ("1234.567", "-0.05", "1E6") without binary rounding.
int32_t locgen_number_format_decimal(const LocGenNumberFormatter *formatter, const char *decimal,
                                     int32_t decimalLength, char *out, int32_t capacity, int32_t *length);

/// Formats a decimal number like `locgen_number_format_decimal` and also reports its parts: for each
/// of ICU's number fields (UNumberFormatFields: 0 integer, 1 fraction, 2 decimal separator, 6 grouping
/// separator, 7 currency, 8 percent, 10 sign …) a triple field, start, end in `fields`, with start and
/// end as UTF-8 byte offsets into `out`. `fields` has room for `fieldCapacity` triples;
/// `*fieldCount` receives the number written.
int32_t locgen_number_format_decimal_fields(const LocGenNumberFormatter *formatter, const char *decimal,
                                            int32_t decimalLength, char *out, int32_t capacity, int32_t *length,
                                            int32_t *fields, int32_t fieldCapacity, int32_t *fieldCount);

// MARK: - Dates and times

/// A date formatter for one locale, pattern and time zone; not thread-safe.
typedef struct LocGenDateFormatter LocGenDateFormatter;

/// Whether `zoneID` is an IANA time zone ICU knows; writes its canonical ID.
int32_t locgen_time_zone_canonical(const char *zoneID, char *out, int32_t capacity, int32_t *length,
                                   int32_t *isKnown);

/// A strict, proleptic Gregorian calendar in one time zone, for turning wall-clock times into instants;
/// not thread-safe.
typedef struct LocGenZoneCalendar LocGenZoneCalendar;

/// Opens the calendar of a zone.
int32_t locgen_zone_calendar_open(const char *zoneID, LocGenZoneCalendar *_Nullable *_Nonnull calendar);
void locgen_zone_calendar_close(LocGenZoneCalendar *_Nullable calendar);

/// The instant (milliseconds since 1970) of a wall-clock time in the calendar's zone; month is 1-12.
/// Fails for a time the zone skips (a daylight-saving gap) and for fields out of range.
int32_t locgen_zone_calendar_millis(LocGenZoneCalendar *calendar, int32_t year, int32_t month, int32_t day,
                                    int32_t hour, int32_t minute, int32_t second, int32_t millisecond,
                                    double *millis);

/// Opens a date formatter from a skeleton ("yMMMMEEEEd") through the locale's best pattern.
int32_t locgen_date_formatter_open_skeleton(const char *localeID, const char *skeleton, const char *zoneID,
                                            LocGenDateFormatter *_Nullable *_Nonnull formatter);

/// Opens a date formatter from named styles: 0 full, 1 long, 2 medium, 3 short, -1 none.
int32_t locgen_date_formatter_open_style(const char *localeID, int32_t dateStyle, int32_t timeStyle,
                                         const char *zoneID, LocGenDateFormatter *_Nullable *_Nonnull formatter);
void locgen_date_formatter_close(LocGenDateFormatter *_Nullable formatter);

/// The resolved pattern a date formatter uses ("EEEE, d. MMMM y").
int32_t locgen_date_formatter_pattern(const LocGenDateFormatter *formatter, char *out, int32_t capacity,
                                      int32_t *length);

/// Formats an instant given in milliseconds since 1970-01-01T00:00:00Z.
int32_t locgen_date_format(LocGenDateFormatter *formatter, double millis, char *out, int32_t capacity,
                           int32_t *length);

/// A relative-time formatter ("in 3 days"); not thread-safe.
typedef struct LocGenRelativeFormatter LocGenRelativeFormatter;

/// Opens a relative-time formatter; width is 0 long, 1 short, 2 narrow.
int32_t locgen_relative_formatter_open(const char *localeID, int32_t width,
                                       LocGenRelativeFormatter *_Nullable *_Nonnull formatter);
void locgen_relative_formatter_close(LocGenRelativeFormatter *_Nullable formatter);

/// Formats `value` units relative to now; unit is ICU's URelativeDateTimeUnit (0 year … 7 second),
/// `numeric` forces "in 1 day" where the locale would say "tomorrow".
int32_t locgen_relative_format(LocGenRelativeFormatter *formatter, double value, int32_t unit, int32_t numeric,
                               char *out, int32_t capacity, int32_t *length);

// MARK: - Lists

/// Joins `count` UTF-8 strings as a list; type is 0 and, 1 or, 2 units; width 0 wide, 1 short, 2 narrow.
int32_t locgen_list_format(const char *localeID, int32_t type, int32_t width,
                           const char *_Nonnull const *_Nonnull items, const int32_t *itemLengths, int32_t count,
                           char *out, int32_t capacity, int32_t *length);

// MARK: - Plural rules

/// A locale's cardinal or ordinal plural rules; safe to share between threads.
typedef struct LocGenPluralRules LocGenPluralRules;

int32_t locgen_plural_rules_open(const char *localeID, int32_t ordinal,
                                 LocGenPluralRules *_Nullable *_Nonnull rules);
void locgen_plural_rules_close(LocGenPluralRules *_Nullable rules);

/// The plural category of a decimal string, keeping its visible fraction digits ("1.0" is not "1").
int32_t locgen_plural_select(const LocGenPluralRules *rules, const char *decimal, int32_t decimalLength,
                             char *out, int32_t capacity, int32_t *length);

/// The rules as CLDR writes them, one category a line: "one: i = 1 and v = 0 @integer 1".
int32_t locgen_plural_rules_describe(const char *localeID, int32_t ordinal, char *out, int32_t capacity,
                                     int32_t *length);

// MARK: - MessageFormat

/// A compiled ICU MessageFormat pattern; not thread-safe.
typedef struct LocGenMessage LocGenMessage;

/// The type of one named argument of `locgen_message_format`.
typedef enum {
    LOCGEN_ARGUMENT_DOUBLE = 0,
    LOCGEN_ARGUMENT_DECIMAL = 1,
    LOCGEN_ARGUMENT_DATE = 2,
    LOCGEN_ARGUMENT_STRING = 3,
} LocGenArgumentType;

/// One named argument: `number` for doubles and dates (milliseconds since 1970), `text` for
/// decimal strings and strings. A NULL `name` means the name set at this index by
/// `locgen_message_set_argument_names`.
typedef struct {
    const char *_Nullable name;
    int32_t nameLength;
    LocGenArgumentType type;
    double number;
    const char *_Nullable text;
    int32_t textLength;
} LocGenArgument;

/// Compiles a pattern; date and time arguments format in `zoneID`.
///
/// `*errorOffset` is ICU's error offset in UTF-16 code units, or -1 when ICU gave none.
int32_t locgen_message_open(const char *localeID, const char *pattern, int32_t patternLength, const char *zoneID,
                            LocGenMessage *_Nullable *_Nonnull message, int32_t *errorOffset);
void locgen_message_close(LocGenMessage *_Nullable message);

/// Sets the argument names once, converted to ICU's UTF-16 up front, so that each
/// `locgen_message_format` call can pass NULL names in this order instead.
int32_t locgen_message_set_argument_names(LocGenMessage *message, const char *_Nonnull const *_Nullable names,
                                          const int32_t *_Nullable nameLengths, int32_t count);

/// Formats with named arguments.
int32_t locgen_message_format(LocGenMessage *message, const LocGenArgument *_Nullable arguments, int32_t count,
                              char *out, int32_t capacity, int32_t *length);

// MARK: - Collation

/// A locale's collator (ICU's UCollator with CLDR's tailoring for the locale).
typedef struct LocGenCollator LocGenCollator;

/// Opens the collator of an ICU locale ID (`de`, `sv`, `zh_Hant`); close it with `locgen_collator_close`.
int32_t locgen_collator_open(const char *localeID, LocGenCollator *_Nullable *_Nonnull collator);
void locgen_collator_close(LocGenCollator *_Nullable collator);

/// Writes the sort key of UTF-8 text: comparing two keys bytewise (memcmp) orders the texts as the locale
/// does. `*length` receives the key's length including its terminating 0 byte; U_BUFFER_OVERFLOW_ERROR when
/// `capacity` was too small.
int32_t locgen_collator_sort_key(const LocGenCollator *collator, const char *text, int32_t textLength,
                                 uint8_t *out, int32_t capacity, int32_t *length);

#pragma clang assume_nonnull end

#ifdef __cplusplus
}
#endif

#endif
