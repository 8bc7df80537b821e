// ICU MessageFormat with named arguments, in an explicit time zone.
#include "Shim.hpp"

#include <unicode/fmtable.h>
#include <unicode/msgfmt.h>
#include <unicode/timezone.h>

#include <mutex>
#include <vector>

using namespace icu;

struct LocGenMessage {
    MessageFormat *format;
    TimeZone *zone;
    // Whether the message's lazily made default date format (for `{d}` given a date) exists yet.
    bool hasDefaultDateFormat;
};

namespace {

// MessageFormat makes its date formats with ICU's default time zone, and has no API to set one for
// formats nested in plural or select cases. So the shim sets the default zone while a message builds
// them, under this lock, and puts the previous default back. Every other formatter in locgen passes
// its zone explicitly and never reads the default.
std::mutex defaultZoneLock;

template <typename Body> auto withDefaultZone(const TimeZone &zone, Body body) -> decltype(body()) {
    std::lock_guard<std::mutex> guard(defaultZoneLock);
    TimeZone *previous = TimeZone::createDefault();
    TimeZone::setDefault(zone);
    auto result = body();
    TimeZone::adoptDefault(previous);
    return result;
}

}  // namespace

extern "C" int32_t locgen_message_open(const char *localeID, const char *pattern, int32_t patternLength,
                                       const char *zoneID, LocGenMessage **message, int32_t *errorOffset) {
    *message = nullptr;
    *errorOffset = -1;
    LOCGEN_GUARD({
        TimeZone *zone = TimeZone::createTimeZone(UnicodeString::fromUTF8(zoneID));
        UnicodeString patternText = locgen::fromUTF8(pattern, patternLength);
        UErrorCode status = U_ZERO_ERROR;
        UParseError parseError;
        parseError.offset = -1;
        MessageFormat *format = withDefaultZone(*zone, [&] {
            return new MessageFormat(patternText, Locale(localeID), parseError, status);
        });
        if (U_FAILURE(status)) {
            *errorOffset = parseError.offset;
            delete format;
            delete zone;
            return status;
        }
        *message = new LocGenMessage{format, zone, false};
        return status;
    })
}

extern "C" void locgen_message_close(LocGenMessage *message) {
    if (message != nullptr) {
        delete message->format;
        delete message->zone;
        delete message;
    }
}

extern "C" int32_t locgen_message_format(LocGenMessage *message, const LocGenArgument *arguments, int32_t count,
                                         char *out, int32_t capacity, int32_t *length) {
    LOCGEN_GUARD({
        std::vector<UnicodeString> names;
        std::vector<Formattable> values;
        names.reserve(count);
        values.reserve(count);
        bool hasDate = false;
        UErrorCode status = U_ZERO_ERROR;
        for (int32_t index = 0; index < count; ++index) {
            const LocGenArgument &argument = arguments[index];
            names.push_back(locgen::fromUTF8(argument.name, argument.nameLength));
            switch (argument.type) {
            case LOCGEN_ARGUMENT_DOUBLE: values.emplace_back(argument.number); break;
            case LOCGEN_ARGUMENT_DECIMAL:
                values.emplace_back(StringPiece(argument.text, argument.textLength), status);
                break;
            case LOCGEN_ARGUMENT_DATE:
                values.emplace_back(static_cast<UDate>(argument.number), Formattable::kIsDate);
                hasDate = true;
                break;
            case LOCGEN_ARGUMENT_STRING:
                values.emplace_back(locgen::fromUTF8(argument.text, argument.textLength));
                break;
            default: return U_ILLEGAL_ARGUMENT_ERROR;
            }
            if (U_FAILURE(status)) {
                return status;
            }
        }
        UnicodeString text;
        auto format = [&] {
            message->format->format(names.data(), values.data(), count, text, status);
            return 0;
        };
        if (hasDate && !message->hasDefaultDateFormat) {
            // The first date formatted through `{d}` makes the default date format: in our zone.
            withDefaultZone(*message->zone, format);
            message->hasDefaultDateFormat = true;
        } else {
            format();
        }
        if (U_FAILURE(status)) {
            return status;
        }
        return locgen::writeUTF8(text, out, capacity, length);
    })
}
