// The parts of the system ICU4C (libicu-dev) that the shim includes.
#include <unicode/utypes.h>
#include <unicode/uloc.h>
