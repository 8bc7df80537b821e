#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Writing to the terminal and leaving with a status, with no Foundation.
enum Terminal {
    /// Writes a line to standard output.
    static func print(_ text: String) {
        Swift.print(text)
    }

    /// Writes a line to standard error.
    static func printError(_ text: String) {
        var line = text
        if !line.hasSuffix("\n") { line += "\n" }
        fflush(nil)
        var bytes = Array(line.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Whether standard error is a terminal, for colour.
    static var isErrorTerminal: Bool { isatty(2) != 0 }

    /// Leaves the process with a status.
    static func exit(_ status: Int32) -> Never {
        fflush(nil)
        Glibc.exit(status)
    }
}
