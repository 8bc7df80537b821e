// The parts of the system zlib (zlib1g-dev) that LocGenKit's gzip reader and writer use.
#include <zlib.h>
