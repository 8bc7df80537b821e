// The floor for `MessageFormat.format(_:)` with one number argument: the ICU calls of the shim's
// locgen_message_format, without its argument marshalling.
#include "Floor.hpp"

#include <unicode/fmtable.h>
#include <unicode/msgfmt.h>

#include <new>

using namespace icu;

struct ICUFloorMessage {
    MessageFormat *format;
};

extern "C" int32_t icufloor_message_open(const char *localeID, const char *pattern, ICUFloorMessage **message) {
    *message = nullptr;
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError;
    // ICU's own operator new returns null instead of throwing.
    MessageFormat *format = new MessageFormat(UnicodeString::fromUTF8(pattern), Locale(localeID), parseError, status);
    if (format == nullptr) {
        return U_MEMORY_ALLOCATION_ERROR;
    }
    if (U_FAILURE(status)) {
        delete format;
        return status;
    }
    *message = new (std::nothrow) ICUFloorMessage{format};
    if (*message == nullptr) {
        delete format;
        return U_MEMORY_ALLOCATION_ERROR;
    }
    return status;
}

extern "C" void icufloor_message_close(ICUFloorMessage *message) {
    if (message != nullptr) {
        delete message->format;
        delete message;
    }
}

extern "C" int32_t icufloor_message_run(ICUFloorMessage *message, const char *name, const char *decimal,
                                        int64_t iterations, char *out, int32_t capacity, int32_t *length,
                                        uint64_t *checksum, uint64_t *nanoseconds) {
    // A C++ caller names its argument with a constant; the value is new in every call, so its
    // Formattable is made inside the loop, from the decimal text as the shim makes it.
    const UnicodeString argumentName = UnicodeString::fromUTF8(name);
    StringPiece input(decimal);
    uint64_t start = icufloor_now();
    for (int64_t iteration = 0; iteration < iterations; ++iteration) {
        UErrorCode status = U_ZERO_ERROR;
        Formattable value(input, status);
        UnicodeString text;
        message->format->format(&argumentName, &value, 1, text, status);
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
