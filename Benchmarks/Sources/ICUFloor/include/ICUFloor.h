// ICUFloor: the ICU calls behind locgen's format calls, made straight from C++ with no locgen code
// in between, as the floor that locgen's Swift API is measured against.
//
// Conventions, for every function here:
// - The return value is ICU's UErrorCode as an int32_t; a positive value is a failure.
// - `*_open` makes the ICU formatter once; `*_run` makes `iterations` format calls with it. Each call
//   converts its result to UTF-8 into `out` (as locgen's shim does), adds the length and the first
//   and last bytes to `*checksum` (so the loop cannot be optimised away) and leaves the last result
//   in `out` with its length in `*length`. `*nanoseconds` is the time the loop took on the clock
//   `icufloor_now` reads: CLOCK_MONOTONIC, or the thread's CPU time after `icufloor_use_thread_cpu_clock`.
#ifndef ICUFLOOR_H
#define ICUFLOOR_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#pragma clang assume_nonnull begin

/// Nanoseconds on the benchmark's clock; the Swift side of the benchmark is timed with the same clock.
uint64_t icufloor_now(void);

/// Makes `icufloor_now` read CLOCK_THREAD_CPUTIME_ID instead of CLOCK_MONOTONIC, so that time the
/// thread spends descheduled on a busy machine is not counted. Call it before any timing.
void icufloor_use_thread_cpu_clock(void);

/// An ICU `number::LocalizedNumberFormatter` for one locale and number skeleton.
typedef struct ICUFloorNumber ICUFloorNumber;

int32_t icufloor_number_open(const char *localeID, const char *skeleton,
                             ICUFloorNumber *_Nullable *_Nonnull formatter);
void icufloor_number_close(ICUFloorNumber *_Nullable formatter);

/// `formatDecimal(decimal)`, `toString`, UTF-8; what `NumberFormat.format(decimal:)` asks ICU for.
int32_t icufloor_number_run(const ICUFloorNumber *formatter, const char *decimal, int64_t iterations, char *out,
                            int32_t capacity, int32_t *length, uint64_t *checksum, uint64_t *nanoseconds);

/// A `UDateFormat` opened with the locale's best pattern (`udatpg_getBestPattern`) for a skeleton.
typedef struct ICUFloorDate ICUFloorDate;

int32_t icufloor_date_open(const char *localeID, const char *skeleton, const char *zoneID,
                           ICUFloorDate *_Nullable *_Nonnull formatter);
void icufloor_date_close(ICUFloorDate *_Nullable formatter);

/// `udat_format(millis)`, UTF-8; what `DateFormat.format(_: Instant)` asks ICU for.
int32_t icufloor_date_run(ICUFloorDate *formatter, double millis, int64_t iterations, char *out, int32_t capacity,
                          int32_t *length, uint64_t *checksum, uint64_t *nanoseconds);

/// An ICU `MessageFormat` compiled once.
typedef struct ICUFloorMessage ICUFloorMessage;

int32_t icufloor_message_open(const char *localeID, const char *pattern, ICUFloorMessage *_Nullable *_Nonnull message);
void icufloor_message_close(ICUFloorMessage *_Nullable message);

/// `MessageFormat::format` with one named argument, a decimal `Formattable` made from `decimal` in
/// every call, then UTF-8; what `MessageFormat.format([name: .number(decimal)])` asks ICU for.
int32_t icufloor_message_run(ICUFloorMessage *message, const char *name, const char *decimal, int64_t iterations,
                             char *out, int32_t capacity, int32_t *length, uint64_t *checksum,
                             uint64_t *nanoseconds);

#pragma clang assume_nonnull end

#ifdef __cplusplus
}
#endif

#endif
