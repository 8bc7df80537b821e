import ICUFloor

// Swift owners of the floor's ICU formatters. The floor is C so that nothing of locgen's Swift
// layer runs between the timer reads; these classes only open and close the handles.

/// ICU's `LocalizedNumberFormatter`, driven from C.
final class FloorNumber {
    private let handle: OpaquePointer

    init(localeID: String, skeleton: String) throws(BenchError) {
        var handle: OpaquePointer?
        let status = icufloor_number_open(localeID, skeleton, &handle)
        guard status <= 0, let handle else { throw BenchError(message: "ICU cannot open '\(skeleton)' (\(status))") }
        self.handle = handle
    }

    deinit { icufloor_number_close(handle) }

    func run(decimal: String, iterations: Int) throws(BenchError) -> Run {
        try collect("format \(decimal)") { icufloor_number_run(handle, decimal, Int64(iterations), $0, $1, $2, $3, $4) }
    }
}

/// A `UDateFormat` with the locale's best pattern for a skeleton, driven from C.
final class FloorDate {
    private let handle: OpaquePointer

    init(localeID: String, skeleton: String, zoneID: String) throws(BenchError) {
        var handle: OpaquePointer?
        let status = icufloor_date_open(localeID, skeleton, zoneID, &handle)
        guard status <= 0, let handle else { throw BenchError(message: "ICU cannot open '\(skeleton)' (\(status))") }
        self.handle = handle
    }

    deinit { icufloor_date_close(handle) }

    func run(millis: Double, iterations: Int) throws(BenchError) -> Run {
        try collect("format a date") { icufloor_date_run(handle, millis, Int64(iterations), $0, $1, $2, $3, $4) }
    }
}

/// An ICU `MessageFormat`, driven from C.
final class FloorMessage {
    private let handle: OpaquePointer

    init(localeID: String, pattern: String) throws(BenchError) {
        var handle: OpaquePointer?
        let status = icufloor_message_open(localeID, pattern, &handle)
        guard status <= 0, let handle else { throw BenchError(message: "ICU cannot compile '\(pattern)' (\(status))") }
        self.handle = handle
    }

    deinit { icufloor_message_close(handle) }

    func run(name: String, decimal: String, iterations: Int) throws(BenchError) -> Run {
        try collect("format a message") {
            icufloor_message_run(handle, name, decimal, Int64(iterations), $0, $1, $2, $3, $4)
        }
    }
}

/// Calls a floor loop with a 256-byte output buffer and reads back its last result.
private func collect(
    _ what: String,
    _ body: (
        UnsafeMutablePointer<CChar>, Int32, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<UInt64>,
        UnsafeMutablePointer<UInt64>
    ) -> Int32
) throws(BenchError) -> Run {
    var buffer = [CChar](repeating: 0, count: 256)
    var length: Int32 = 0
    var checksum: UInt64 = 0
    var nanoseconds: UInt64 = 0
    let status = buffer.withUnsafeMutableBufferPointer { body($0.baseAddress!, 256, &length, &checksum, &nanoseconds) }
    guard status <= 0 else { throw BenchError(message: "ICU could not \(what) from C (status \(status))") }
    let result = buffer.prefix(Int(length)).withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    return Run(nanoseconds: nanoseconds, checksum: checksum, result: result)
}
