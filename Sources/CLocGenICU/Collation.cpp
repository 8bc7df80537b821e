// Locale-sensitive sorting: ICU's collator and its sort keys.
#include "Shim.hpp"

#include <unicode/ucol.h>

#include <vector>

struct LocGenCollator {
    UCollator *collator;
};

extern "C" int32_t locgen_collator_open(const char *localeID, LocGenCollator **collator) {
    *collator = nullptr;
    LOCGEN_GUARD({
        UErrorCode status = U_ZERO_ERROR;
        UCollator *opened = ucol_open(localeID, &status);
        if (U_FAILURE(status)) {
            return status;
        }
        *collator = new LocGenCollator{opened};
        return status;
    })
}

extern "C" void locgen_collator_close(LocGenCollator *collator) {
    if (collator != nullptr) {
        ucol_close(collator->collator);
        delete collator;
    }
}

extern "C" int32_t locgen_collator_sort_key(const LocGenCollator *collator, const char *text, int32_t textLength,
                                            uint8_t *out, int32_t capacity, int32_t *length) {
    LOCGEN_GUARD({
        UErrorCode status = U_ZERO_ERROR;
        // ucol_getSortKey takes UTF-16 only; there is no UTF-8 variant of it.
        int32_t utf16Length = 0;
        u_strFromUTF8(nullptr, 0, &utf16Length, text, textLength, &status);
        if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) {
            return status;
        }
        status = U_ZERO_ERROR;
        std::vector<UChar> utf16(static_cast<size_t>(utf16Length) + 1);
        u_strFromUTF8(utf16.data(), utf16Length + 1, nullptr, text, textLength, &status);
        if (U_FAILURE(status)) {
            return status;
        }
        // ucol_getSortKey reports no status: it returns the full key length, 0 on an internal error,
        // and writes only as much as fits.
        int32_t needed = ucol_getSortKey(collator->collator, utf16.data(), utf16Length, out, capacity);
        *length = needed;
        if (needed == 0) {
            return U_INTERNAL_PROGRAM_ERROR;
        }
        return needed > capacity ? U_BUFFER_OVERFLOW_ERROR : U_ZERO_ERROR;
    })
}
