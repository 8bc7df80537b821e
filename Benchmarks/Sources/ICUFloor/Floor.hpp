// Helpers shared by the floor's C++ files; never included from the C header.
#pragma once

#include "ICUFloor.h"

#include <unicode/ustring.h>
#include <unicode/utypes.h>

namespace icufloor {

/// Converts one result to UTF-8 the way locgen's shim does (`u_strToUTF8` into the caller's
/// buffer) and folds it into the checksum.
inline UErrorCode writeUTF8(const UChar *text, int32_t textLength, char *out, int32_t capacity, int32_t *length,
                         uint64_t *checksum) {
    UErrorCode status = U_ZERO_ERROR;
    u_strToUTF8(out, capacity, length, text, textLength, &status);
    if (U_SUCCESS(status) && *length > 0) {
        *checksum += static_cast<uint64_t>(*length) + static_cast<unsigned char>(out[0]) +
                     static_cast<unsigned char>(out[*length - 1]);
    }
    return status;
}

}  // namespace icufloor
