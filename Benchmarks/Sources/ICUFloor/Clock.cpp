#include "Floor.hpp"

#include <time.h>

namespace {

// Set once, before any loop runs, from the single thread that runs the benchmark.
clockid_t benchmarkClock = CLOCK_MONOTONIC;

}  // namespace

extern "C" uint64_t icufloor_now(void) {
    struct timespec now;
    clock_gettime(benchmarkClock, &now);
    return static_cast<uint64_t>(now.tv_sec) * 1000000000u + static_cast<uint64_t>(now.tv_nsec);
}

extern "C" void icufloor_use_thread_cpu_clock(void) { benchmarkClock = CLOCK_THREAD_CPUTIME_ID; }
