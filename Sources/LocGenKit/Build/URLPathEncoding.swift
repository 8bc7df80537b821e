/// Percent-encoding for URL paths (RFC 3986, section 2).
enum URLPathEncoding {
    /// One path segment with every byte of its UTF-8 outside the unreserved set (`A-Z a-z 0-9 - . _ ~`)
    /// written as `%XX` in upper-case hex: `куртка` → `%D0%BA%D1%83…`.
    ///
    /// Sub-delimiters such as `'` and `(` are encoded too: they are allowed in paths, but encoding them
    /// keeps links safe in HTML attributes and JSON-LD whatever the template does.
    static func segment(_ text: String) -> String {
        // Most slugs and categories are plain ASCII words: nothing to encode, and no copy to make.
        if text.utf8.allSatisfy(isUnreserved) { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                output += "%"
                output.unicodeScalars.append(hexDigit(byte >> 4))
                output.unicodeScalars.append(hexDigit(byte & 0x0F))
            }
        }
        return output
    }

    /// A path of `/`-separated segments, each encoded, with its slashes kept.
    static func path(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { segment(String($0)) }
            .joined(separator: "/")
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            true
        default: false
        }
    }

    private static func hexDigit(_ value: UInt8) -> Unicode.Scalar {
        Unicode.Scalar(value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10)
    }
}
