// Locale IDs, names, direction and the CLDR fallback chain.
#include "Shim.hpp"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/ucurr.h>
#include <unicode/uldnames.h>
#include <unicode/uloc.h>
#include <unicode/ures.h>
#include <unicode/uversion.h>
#include <unicode/dcfmtsym.h>
#include <unicode/numsys.h>
#include <unicode/ulocdata.h>

#include <stdio.h>

#include <string.h>

using namespace icu;

extern "C" const char *locgen_error_name(int32_t status) { return u_errorName(static_cast<UErrorCode>(status)); }

extern "C" void locgen_icu_version(uint8_t version[4]) { u_getVersion(version); }

extern "C" int32_t locgen_cldr_version(int32_t *major, int32_t *minor) {
    UErrorCode status = U_ZERO_ERROR;
    UVersionInfo version;
    ulocdata_getCLDRVersion(version, &status);
    *major = version[0];
    *minor = version[1];
    return status;
}

extern "C" int32_t locgen_locale_from_tag(const char *tag, char *out, int32_t capacity, int32_t *length,
                                          int32_t *parsedLength) {
    UErrorCode status = U_ZERO_ERROR;
    *length = uloc_forLanguageTag(tag, out, capacity, parsedLength, &status);
    return status;
}

extern "C" int32_t locgen_locale_to_tag(const char *localeID, char *out, int32_t capacity, int32_t *length) {
    UErrorCode status = U_ZERO_ERROR;
    *length = uloc_toLanguageTag(localeID, out, capacity, /* strict */ true, &status);
    return status;
}

extern "C" int32_t locgen_locale_canonicalize(const char *localeID, char *out, int32_t capacity, int32_t *length) {
    LOCGEN_GUARD({
        // Locale::createCanonical applies CLDR's alias data; uloc_canonicalize only fixes the form.
        Locale locale = Locale::createCanonical(localeID);
        if (locale.isBogus()) {
            return U_ILLEGAL_ARGUMENT_ERROR;
        }
        const char *name = locale.getName();
        return locgen::writeBytes(name, static_cast<int32_t>(strlen(name)), out, capacity, length);
    })
}

extern "C" int32_t locgen_locale_maximize(const char *localeID, char *out, int32_t capacity, int32_t *length) {
    UErrorCode status = U_ZERO_ERROR;
    *length = uloc_addLikelySubtags(localeID, out, capacity, &status);
    return status;
}

extern "C" int32_t locgen_locale_minimize(const char *localeID, char *out, int32_t capacity, int32_t *length) {
    UErrorCode status = U_ZERO_ERROR;
    *length = uloc_minimizeSubtags(localeID, out, capacity, &status);
    return status;
}

extern "C" int32_t locgen_locale_part(const char *localeID, LocGenLocalePart part, char *out, int32_t capacity,
                                      int32_t *length) {
    UErrorCode status = U_ZERO_ERROR;
    switch (part) {
    case LOCGEN_LOCALE_PART_LANGUAGE: *length = uloc_getLanguage(localeID, out, capacity, &status); break;
    case LOCGEN_LOCALE_PART_SCRIPT: *length = uloc_getScript(localeID, out, capacity, &status); break;
    case LOCGEN_LOCALE_PART_REGION: *length = uloc_getCountry(localeID, out, capacity, &status); break;
    case LOCGEN_LOCALE_PART_VARIANT: *length = uloc_getVariant(localeID, out, capacity, &status); break;
    default: return U_ILLEGAL_ARGUMENT_ERROR;
    }
    return status;
}

extern "C" int32_t locgen_locale_code_name(LocGenLocalePart part, const char *code, char *out, int32_t capacity,
                                           int32_t *length) {
    UErrorCode status = U_ZERO_ERROR;
    UChar name[256];
    int32_t nameLength = 0;
    // Build a locale ID that holds only this code, then ask for that part's English name.
    char localeID[64];
    switch (part) {
    case LOCGEN_LOCALE_PART_LANGUAGE:
        snprintf(localeID, sizeof localeID, "%s", code);
        nameLength = uloc_getDisplayLanguage(localeID, "en", name, 256, &status);
        break;
    case LOCGEN_LOCALE_PART_SCRIPT:
        snprintf(localeID, sizeof localeID, "und_%s", code);
        nameLength = uloc_getDisplayScript(localeID, "en", name, 256, &status);
        break;
    case LOCGEN_LOCALE_PART_REGION:
        snprintf(localeID, sizeof localeID, "und_%s", code);
        nameLength = uloc_getDisplayCountry(localeID, "en", name, 256, &status);
        break;
    default: return U_ILLEGAL_ARGUMENT_ERROR;
    }
    if (U_FAILURE(status)) {
        return status;
    }
    // ICU answers with the code itself (and a warning) when it has no name for it.
    if (status == U_USING_DEFAULT_WARNING || nameLength == 0) {
        *length = 0;
        return U_ZERO_ERROR;
    }
    return locgen::writeUTF8(name, nameLength, out, capacity, length);
}

extern "C" int32_t locgen_locale_display_name(const char *localeID, const char *displayLocaleID, char *out,
                                              int32_t capacity, int32_t *length) {
    UErrorCode status = U_ZERO_ERROR;
    UDisplayContext contexts[] = {UDISPCTX_STANDARD_NAMES, UDISPCTX_CAPITALIZATION_FOR_UI_LIST_OR_MENU};
    ULocaleDisplayNames *names = uldn_openForContext(displayLocaleID, contexts, 2, &status);
    if (U_FAILURE(status)) {
        return status;
    }
    UChar buffer[512];
    int32_t nameLength = uldn_localeDisplayName(names, localeID, buffer, 512, &status);
    uldn_close(names);
    if (U_FAILURE(status)) {
        return status;
    }
    return locgen::writeUTF8(buffer, nameLength, out, capacity, length);
}

extern "C" int32_t locgen_locale_is_right_to_left(const char *localeID, int32_t *isRightToLeft) {
    *isRightToLeft = uloc_isRightToLeft(localeID) ? 1 : 0;
    return U_ZERO_ERROR;
}

extern "C" int32_t locgen_locale_has_data(const char *localeID, int32_t *hasData) {
    UErrorCode status = U_ZERO_ERROR;
    UResourceBundle *bundle = ures_openDirect(nullptr, localeID, &status);
    *hasData = U_SUCCESS(status) ? 1 : 0;
    ures_close(bundle);
    return U_ZERO_ERROR;
}

extern "C" int32_t locgen_locale_parent(const char *localeID, char *out, int32_t capacity, int32_t *length) {
    if (strcmp(localeID, "root") == 0 || localeID[0] == '\0') {
        return locgen::writeBytes("", 0, out, capacity, length);
    }
    // CLDR's parentLocales (es_MX → es_419, en_IN → en_001, zh_Hant → root) live in ICU's data as
    // %%Parent; uloc_getParent only truncates, which is right only where no %%Parent exists.
    UErrorCode status = U_ZERO_ERROR;
    UResourceBundle *bundle = ures_openDirect(nullptr, localeID, &status);
    if (U_SUCCESS(status)) {
        UErrorCode keyStatus = U_ZERO_ERROR;
        int32_t parentLength = 0;
        const UChar *parent = ures_getStringByKey(bundle, "%%Parent", &parentLength, &keyStatus);
        if (U_SUCCESS(keyStatus)) {
            int32_t result = locgen::writeUTF8(parent, parentLength, out, capacity, length);
            ures_close(bundle);
            return result;
        }
    }
    ures_close(bundle);
    status = U_ZERO_ERROR;
    char parent[ULOC_FULLNAME_CAPACITY];
    int32_t parentLength = uloc_getParent(localeID, parent, ULOC_FULLNAME_CAPACITY, &status);
    if (U_FAILURE(status)) {
        return status;
    }
    if (parentLength == 0) {
        return locgen::writeBytes("root", 4, out, capacity, length);
    }
    return locgen::writeBytes(parent, parentLength, out, capacity, length);
}

extern "C" int32_t locgen_locale_currency(const char *localeID, char *out, int32_t capacity, int32_t *length) {
    UErrorCode status = U_ZERO_ERROR;
    UChar code[4];
    int32_t codeLength = ucurr_forLocale(localeID, code, 4, &status);
    if (U_FAILURE(status) || codeLength == 0) {
        *length = 0;
        return U_FAILURE(status) && status != U_ILLEGAL_ARGUMENT_ERROR ? status : U_ZERO_ERROR;
    }
    return locgen::writeUTF8(code, codeLength, out, capacity, length);
}

extern "C" int32_t locgen_locale_number_symbols(const char *localeID, char *out, int32_t capacity,
                                                int32_t *length) {
    LOCGEN_GUARD({
        UErrorCode status = U_ZERO_ERROR;
        Locale locale(localeID);
        DecimalFormatSymbols symbols(locale, status);
        if (U_FAILURE(status)) {
            return status;
        }
        LocalPointer<NumberingSystem> system(NumberingSystem::createInstance(locale, status));
        if (U_FAILURE(status)) {
            return status;
        }
        UnicodeString text = symbols.getSymbol(DecimalFormatSymbols::kDecimalSeparatorSymbol);
        text += static_cast<UChar>(0x1F);
        text += symbols.getSymbol(DecimalFormatSymbols::kGroupingSeparatorSymbol);
        text += static_cast<UChar>(0x1F);
        text += UnicodeString(system->getName(), -1, US_INV);
        return locgen::writeUTF8(text, out, capacity, length);
    })
}
