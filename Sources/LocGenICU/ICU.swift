internal import CLocGenICU

/// Facts about the system ICU that locgen runs on.
public enum ICU {
    /// ICU's version, such as `72.1`.
    public static let version: String = {
        var parts: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &parts) { buffer in
            locgen_icu_version(buffer.baseAddress!.assumingMemoryBound(to: UInt8.self))
        }
        return parts.2 == 0 ? "\(parts.0).\(parts.1)" : "\(parts.0).\(parts.1).\(parts.2)"
    }()

    /// ICU's major version; golden files that hold ICU output are pinned to one.
    public static let majorVersion: Int = Int(version.split(separator: ".").first.flatMap { Int($0) } ?? 0)

    /// The CLDR version of ICU's locale data, such as `42.0`.
    public static let cldrVersion: String = {
        var major: Int32 = 0
        var minor: Int32 = 0
        _ = locgen_cldr_version(&major, &minor)
        return "\(major).\(minor)"
    }()
}

// MARK: - Status checks and output buffers

/// ICU reports success as zero and many successes as negative warnings; only positive is failure.
@inline(__always)
func isFailure(_ status: Int32) -> Bool { status > 0 }

/// U_BUFFER_OVERFLOW_ERROR: the output did not fit; the needed length was written.
let bufferOverflow: Int32 = 15

/// ICU's name for a status code.
func statusName(_ status: Int32) -> String {
    String(cString: locgen_error_name(status))
}

/// Calls a shim function that writes UTF-8 into a caller-owned buffer, growing it when ICU says so.
///
/// Most results fit the first 256-byte stack buffer; longer ones take exactly one more call.
@inline(__always)
func readString(
    _ what: @autoclosure () -> String,
    _ call: (UnsafeMutablePointer<CChar>, Int32, UnsafeMutablePointer<Int32>) -> Int32
) throws(ICUError) -> String {
    var length: Int32 = 0
    var status: Int32 = 0
    let firstTry: String? = withUnsafeTemporaryAllocation(of: CChar.self, capacity: 256) { buffer in
        status = call(buffer.baseAddress!, 256, &length)
        guard !isFailure(status) else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress!, count: Int(length)), as: UTF8.self)
    }
    if let firstTry { return firstTry }
    if status == bufferOverflow {
        let capacity = Int(length) + 1
        let secondTry: String? = withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer in
            status = call(buffer.baseAddress!, Int32(capacity), &length)
            guard !isFailure(status) else { return nil }
            return String(
                decoding: UnsafeRawBufferPointer(start: buffer.baseAddress!, count: Int(length)),
                as: UTF8.self
            )
        }
        if let secondTry { return secondTry }
    }
    throw ICUError(.icuFailure, "ICU could not \(what())", statusName: statusName(status))
}
