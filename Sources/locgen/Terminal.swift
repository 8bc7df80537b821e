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
        writeError(text.hasSuffix("\n") ? text : text + "\n")
    }

    /// Writes text to standard error as it is, after flushing standard output so the two stay in order.
    static func writeError(_ text: String) {
        fflush(nil)
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Writes text to standard output as it is, with no newline added.
    static func write(_ text: String) {
        Swift.print(text, terminator: "")
    }

    /// Whether standard error is a terminal, for colour.
    static var isErrorTerminal: Bool { isatty(2) != 0 }

    /// Whether standard output is a terminal, for colour.
    static var isOutputTerminal: Bool { isatty(1) != 0 }

    /// An environment variable's value, or `nil`.
    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }

    /// Whether a regular file exists at a path.
    static func fileExists(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// Leaves the process with a status.
    static func exit(_ status: Int32) -> Never {
        fflush(nil)
        Glibc.exit(status)
    }
}
