// Helpers shared by the shim's C++ files; never included from the C header.
#pragma once

#include "CLocGenICU.h"

#include <unicode/unistr.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>

#include <new>

namespace locgen {

/// Writes a UTF-16 string as UTF-8 with ICU's preflight semantics.
inline int32_t writeUTF8(const UChar *text, int32_t textLength, char *out, int32_t capacity, int32_t *length) {
    UErrorCode status = U_ZERO_ERROR;
    u_strToUTF8(out, capacity, length, text, textLength, &status);
    return status;
}

inline int32_t writeUTF8(const icu::UnicodeString &text, char *out, int32_t capacity, int32_t *length) {
    return writeUTF8(text.getBuffer(), text.length(), out, capacity, length);
}

/// Writes bytes that are already UTF-8 (ICU locale IDs are ASCII) with preflight semantics.
inline int32_t writeBytes(const char *bytes, int32_t count, char *out, int32_t capacity, int32_t *length) {
    *length = count;
    if (count > capacity) {
        return U_BUFFER_OVERFLOW_ERROR;
    }
    for (int32_t index = 0; index < count; ++index) {
        out[index] = bytes[index];
    }
    return U_ZERO_ERROR;
}

inline icu::UnicodeString fromUTF8(const char *text, int32_t length) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(text, length));
}

}  // namespace locgen

/// Runs `body`, turning any C++ exception into a UErrorCode so none crosses the C boundary.
#define LOCGEN_GUARD(...)                                                                                    \
    try {                                                                                                    \
        __VA_ARGS__                                                                                          \
    } catch (const std::bad_alloc &) {                                                                       \
        return U_MEMORY_ALLOCATION_ERROR;                                                                    \
    } catch (...) {                                                                                          \
        return U_INTERNAL_PROGRAM_ERROR;                                                                     \
    }
