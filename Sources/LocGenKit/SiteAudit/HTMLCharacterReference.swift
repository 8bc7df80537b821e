/// Decodes the character references that occur in attribute values of real pages: the named ones
/// for markup characters and the no-break space, and every numeric one (`&#39;`, `&#x2019;`).
///
/// Other named references are left as written; a URL or a language code never needs them. Invalid
/// UTF-8 becomes U+FFFD.
enum HTMLCharacterReference {
    static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
    ]

    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard bytes.contains(UInt8(ascii: "&")) else { return text }
        var output = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "&", let semicolon = scalars[index...].prefix(12).firstIndex(of: ";") else {
                output.append(scalar)
                index += 1
                continue
            }
            let name = String(String.UnicodeScalarView(scalars[(index + 1)..<semicolon]))
            if let decoded = reference(name) {
                output.append(decoded)
                index = semicolon + 1
            } else {
                output.append(scalar)
                index += 1
            }
        }
        return String(output)
    }

    /// The character a reference's name (between `&` and `;`) stands for, if known.
    private static func reference(_ name: String) -> Unicode.Scalar? {
        if let scalar = named[name] { return scalar }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value: UInt32?
        if digits.first == "x" || digits.first == "X" {
            value = UInt32(digits.dropFirst(), radix: 16)
        } else {
            value = UInt32(digits, radix: 10)
        }
        guard let value, value != 0 else { return nil }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
